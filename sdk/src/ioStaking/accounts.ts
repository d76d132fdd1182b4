// io_staking: account types and fetchers.
import type { IdlAccounts } from "@coral-xyz/anchor";
import { Program } from "../anchor";
import { PublicKey } from "@solana/web3.js";
import { IoStaking } from "../idl/io_staking";
import { ioStakingPdas, positionPda } from "./pdas";

export async function fetchStakingConfig(program: Program<IoStaking>) {
  return program.account.config.fetch(ioStakingPdas.config());
}

export type StakingConfig = IdlAccounts<IoStaking>["config"];

export type StakePosition = IdlAccounts<IoStaking>["stakePosition"];

export async function fetchPosition(program: Program<IoStaking>, owner: PublicKey): Promise<StakePosition | null> {
  return program.account.stakePosition.fetchNullable(positionPda(owner));
}

export type DeviceBond = IdlAccounts<IoStaking>["deviceBond"];

export async function fetchDeviceBond(program: Program<IoStaking>, device: PublicKey): Promise<DeviceBond | null> {
  return program.account.deviceBond.fetchNullable(ioStakingPdas.deviceBond(device));
}
