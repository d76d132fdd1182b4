// rental_escrow: GPU registry, escrowed rentals streamed per second, disputes, fees.
import { BN, Program, Provider } from "@coral-xyz/anchor";
import { PublicKey } from "@solana/web3.js";
import { RentalEscrow, RENTAL_ESCROW_IDL } from "./idl/rental_escrow";
import { findPda } from "./util";

export type { RentalEscrow };
export const RENTAL_ESCROW_PROGRAM_ID = new PublicKey(RENTAL_ESCROW_IDL.address);
/** io.net's fee on each side of a rental: 0.25%. */
export const DEFAULT_FEE_BPS = 25;

export const rentalEscrowPdas = {
  /** The market PDA; it is io_staking's bond authority. */
  market: () => findPda(RENTAL_ESCROW_PROGRAM_ID, "market"),
};

export function rentalEscrowProgram(provider: Provider): Program<RentalEscrow> {
  return new Program<RentalEscrow>(RENTAL_ESCROW_IDL, provider);
}

export interface InitializeMarketParams {
  admin: PublicKey;
  iosdMint: PublicKey;
  ioMint: PublicKey;
  treasuryIosd: PublicKey;
  treasuryIo: PublicKey;
  /** io_staking's config. */
  stakingConfig: PublicKey;
  arbiter: PublicKey;
  renterFeeBps: number;
  supplierFeeBps: number;
  disputeWindowSeconds: bigint;
  maxRentalDurationSeconds: bigint;
}

export function initializeMarketIx(program: Program<RentalEscrow>, p: InitializeMarketParams) {
  return program.methods
    .initialize(
      p.arbiter,
      p.renterFeeBps,
      p.supplierFeeBps,
      new BN(p.disputeWindowSeconds.toString()),
      new BN(p.maxRentalDurationSeconds.toString()),
    )
    .accountsPartial({
      admin: p.admin,
      market: rentalEscrowPdas.market(),
      iosdMint: p.iosdMint,
      ioMint: p.ioMint,
      treasuryIosd: p.treasuryIosd,
      treasuryIo: p.treasuryIo,
      stakingConfig: p.stakingConfig,
    });
}

export async function fetchMarket(program: Program<RentalEscrow>) {
  return program.account.market.fetch(rentalEscrowPdas.market());
}
