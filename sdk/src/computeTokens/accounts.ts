// compute_tokens: account types and fetchers.
import type { IdlAccounts } from "@coral-xyz/anchor";
import { Program } from "../anchor";
import { ComputeTokens } from "../idl/compute_tokens";
import { computeTokensPdas } from "./pdas";

export type Config = IdlAccounts<ComputeTokens>["config"];

export type Pool = IdlAccounts<ComputeTokens>["pool"];

export type Holder = IdlAccounts<ComputeTokens>["holder"];
export type Bond = IdlAccounts<ComputeTokens>["bond"];

/** A bond's `status`. */
export const BondStatus = { Subscribing: 0, Active: 1, Failed: 2, Defaulted: 3, Closed: 4 } as const;

export async function fetchComputeTokensConfig(program: Program<ComputeTokens>): Promise<Config> {
  return program.account.config.fetch(computeTokensPdas.config());
}
