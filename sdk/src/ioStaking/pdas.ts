// io_staking: program-derived addresses.
import { PublicKey } from "@solana/web3.js";
import { findPda } from "../util";
import { IO_STAKING_PROGRAM_ID } from "./program";

const stakingConfig = (): PublicKey => findPda(IO_STAKING_PROGRAM_ID, "config");

export const ioStakingPdas = {
  config: stakingConfig,
  stakeVault: (config = stakingConfig()) => findPda(IO_STAKING_PROGRAM_ID, "stake_vault", config),
  rewardVault: (config = stakingConfig()) => findPda(IO_STAKING_PROGRAM_ID, "reward_vault", config),
  /** The vault the emission schedule pays from. */
  emissionVault: (config = stakingConfig()) => findPda(IO_STAKING_PROGRAM_ID, "emission_vault", config),
  /** The vault holding the suppliers' part of emissions. */
  supplierVault: (config = stakingConfig()) => findPda(IO_STAKING_PROGRAM_ID, "supplier_vault", config),
  /** A listed device's bond: ["bond", device]. */
  deviceBond: (device: PublicKey) => findPda(IO_STAKING_PROGRAM_ID, "bond", device),
};

/** A staker's position PDA. */
export function positionPda(owner: PublicKey): PublicKey {
  return findPda(IO_STAKING_PROGRAM_ID, "stake", owner);
}
