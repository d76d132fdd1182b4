// io_staking: stake IO with a cooldown, earn rewards, bond stake for listed devices, slashing.
import { BN, Program, Provider } from "@coral-xyz/anchor";
import { PublicKey } from "@solana/web3.js";
import { IoStaking, IO_STAKING_IDL } from "./idl/io_staking";
import { findPda } from "./util";

export type { IoStaking };
export const IO_STAKING_PROGRAM_ID = new PublicKey(IO_STAKING_IDL.address);
export const MAX_DEVICE_CLASSES = 16;
/** io.net's default: 14 days between an unstake request and the withdrawal. */
export const DEFAULT_UNSTAKE_COOLDOWN = 14n * 24n * 60n * 60n;

const stakingConfig = (): PublicKey => findPda(IO_STAKING_PROGRAM_ID, "config");
export const ioStakingPdas = {
  config: stakingConfig,
  stakeVault: (config = stakingConfig()) => findPda(IO_STAKING_PROGRAM_ID, "stake_vault", config),
  rewardVault: (config = stakingConfig()) => findPda(IO_STAKING_PROGRAM_ID, "reward_vault", config),
};

export function ioStakingProgram(provider: Provider): Program<IoStaking> {
  return new Program<IoStaking>(IO_STAKING_IDL, provider);
}

export interface InitializeStakingParams {
  admin: PublicKey;
  ioMint: PublicKey;
  /** IO token account that receives slashed stake. */
  treasury: PublicKey;
  /** SPL Token or Token-2022: the IO mint's program. */
  tokenProgram: PublicKey;
  unstakeCooldown: bigint;
  /** IO base units per GPU at a 1x class multiplier. */
  minStakePerGpu: bigint;
  /** Up to 16 class multipliers in bps (10,000 = 1x); missing classes are 0 (not offered). */
  classMultipliersBps: number[];
  bondAuthority: PublicKey;
  slashAuthority: PublicKey;
}

/** The `initialize` instruction. */
export function initializeStakingIx(program: Program<IoStaking>, p: InitializeStakingParams) {
  const multipliers = Array.from({ length: MAX_DEVICE_CLASSES }, (_, i) => p.classMultipliersBps[i] ?? 0);
  return program.methods
    .initialize(new BN(p.unstakeCooldown.toString()), new BN(p.minStakePerGpu.toString()), multipliers, p.bondAuthority, p.slashAuthority)
    .accountsPartial({
      admin: p.admin,
      config: ioStakingPdas.config(),
      ioMint: p.ioMint,
      stakeVault: ioStakingPdas.stakeVault(),
      rewardVault: ioStakingPdas.rewardVault(),
      treasury: p.treasury,
      tokenProgram: p.tokenProgram,
    });
}

export async function fetchStakingConfig(program: Program<IoStaking>) {
  return program.account.config.fetch(ioStakingPdas.config());
}

/** A staker's position PDA. */
export function positionPda(owner: PublicKey): PublicKey {
  return findPda(IO_STAKING_PROGRAM_ID, "stake", owner);
}

export interface StakeParams {
  owner: PublicKey;
  /** The owner's IO token account. */
  ownerToken: PublicKey;
  ioMint: PublicKey;
  tokenProgram: PublicKey;
  amount: bigint;
}

/** The `stake` instruction (creates the position on the first stake). */
export function stakeIx(program: Program<IoStaking>, p: StakeParams) {
  return program.methods.stake(new BN(p.amount.toString())).accountsPartial({
    owner: p.owner,
    config: ioStakingPdas.config(),
    position: positionPda(p.owner),
    ownerToken: p.ownerToken,
    stakeVault: ioStakingPdas.stakeVault(),
    ioMint: p.ioMint,
    tokenProgram: p.tokenProgram,
  });
}

export async function fetchPosition(program: Program<IoStaking>, owner: PublicKey) {
  return program.account.stakePosition.fetchNullable(positionPda(owner));
}
