// iosd: account types and fetchers.
import type { IdlAccounts } from "@coral-xyz/anchor";
import { Program } from "../anchor";
import { Iosd } from "../idl/iosd";
import { iosdPdas } from "./pdas";

export type IosdConfig = IdlAccounts<Iosd>["config"];

export async function fetchIosdConfig(program: Program<Iosd>): Promise<IosdConfig> {
  return program.account.config.fetch(iosdPdas.config());
}
