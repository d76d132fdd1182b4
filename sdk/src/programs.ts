// The four programs: names, IDLs and addresses, in one place.
import { Idl } from "@coral-xyz/anchor";
import { COMPUTE_TOKENS_IDL } from "./idl/compute_tokens";
import { IO_STAKING_IDL } from "./idl/io_staking";
import { IOSD_IDL } from "./idl/iosd";
import { RENTAL_ESCROW_IDL } from "./idl/rental_escrow";

export const PROGRAM_NAMES = ["io_staking", "iosd", "rental_escrow", "compute_tokens"] as const;
export type ProgramName = (typeof PROGRAM_NAMES)[number];

export const IDLS: Idl[] = [IO_STAKING_IDL, IOSD_IDL, RENTAL_ESCROW_IDL, COMPUTE_TOKENS_IDL] as Idl[];
