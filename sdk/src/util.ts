import { PublicKey } from "@solana/web3.js";

/** The canonical program-derived address for `seeds` (strings are UTF-8 bytes, keys their 32 bytes). */
export function findPda(programId: PublicKey, ...seeds: (string | PublicKey | Buffer)[]): PublicKey {
  const bytes = seeds.map((s) => (typeof s === "string" ? Buffer.from(s) : s instanceof PublicKey ? s.toBuffer() : s));
  return PublicKey.findProgramAddressSync(bytes, programId)[0];
}

/** Basis points in a whole (10,000 = 100%). */
export const BPS = 10_000n;
