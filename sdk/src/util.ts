import { BN } from "./anchor";
import { Connection, PublicKey, SYSVAR_CLOCK_PUBKEY } from "@solana/web3.js";
import { Buffer } from "buffer";

export { formatUnits, parseUnits } from "./units";

/** The canonical program-derived address for `seeds` (strings are UTF-8 bytes, keys their 32 bytes). */
export function findPda(programId: PublicKey, ...seeds: (string | PublicKey | Buffer)[]): PublicKey {
  const bytes = seeds.map((s) => (typeof s === "string" ? Buffer.from(s) : s instanceof PublicKey ? s.toBuffer() : s));
  return PublicKey.findProgramAddressSync(bytes, programId)[0];
}

/** Basis points in a whole (10,000 = 100%). */
export const BPS = 10_000n;

/** A bigint or number as Anchor's BN (u64 arguments). */
export const bn = (value: bigint | number) => new BN(value.toString());
/** A BN (or number) from an account or event as a bigint. */
export const big = (value: BN | number | bigint) => BigInt(value.toString());
/** A u64 as 8 little-endian bytes (a PDA seed). */
export const u64le = (value: bigint) => {
  const bytes = Buffer.alloc(8);
  bytes.writeBigUInt64LE(value);
  return bytes;
};

/** The cluster's unix time, read from the Clock sysvar (what programs see as `Clock::unix_timestamp`). */
export async function clusterTime(connection: Connection): Promise<bigint> {
  const clock = await connection.getAccountInfo(SYSVAR_CLOCK_PUBKEY);
  if (!clock) throw new Error("the Clock sysvar is missing");
  return Buffer.from(clock.data).readBigInt64LE(32); // slot, epoch_start_timestamp, epoch, leader_schedule_epoch
}
