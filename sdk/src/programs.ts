// The four programs: names, IDLs and addresses, in one place.
import type { Idl } from "@coral-xyz/anchor";
import { COMPUTE_TOKENS_IDL } from "./idl/compute_tokens";
import { IO_STAKING_IDL } from "./idl/io_staking";
import { IOSD_IDL } from "./idl/iosd";
import { RENTAL_ESCROW_IDL } from "./idl/rental_escrow";

export const PROGRAM_NAMES = ["io_staking", "iosd", "rental_escrow", "compute_tokens"] as const;
export type ProgramName = (typeof PROGRAM_NAMES)[number];

export const IDLS: Idl[] = [IO_STAKING_IDL, IOSD_IDL, RENTAL_ESCROW_IDL, COMPUTE_TOKENS_IDL] as Idl[];

/** Each program's address, as its IDL declares it (the same as Anchor.toml's, which a test checks). */
export const PROGRAM_IDS = Object.freeze(Object.fromEntries(PROGRAM_NAMES.map((name, i) => [name, IDLS[i].address]))) as Readonly<
  Record<ProgramName, string>
>;

/** An IDL's errors as `{ Name: code }`. The generated IDL types carry Anchor's camelCase names ("paused"); the
 * programs and `TransactionFailedError.errorName` use the IDL's own ("Paused"). */
export function errorCodes<I extends { errors?: readonly { name: string; code: number }[] }>(
  idl: I,
): Readonly<Record<Capitalize<NonNullable<I["errors"]>[number]["name"]>, number>> {
  return Object.freeze(Object.fromEntries((idl.errors ?? []).map((e) => [e.name, e.code]))) as never;
}
