// iosd: program-derived addresses.
import { findPda } from "../util";
import { IOSD_PROGRAM_ID } from "./program";

export const iosdPdas = {
  config: () => findPda(IOSD_PROGRAM_ID, "iosd"),
  iosdMint: () => findPda(IOSD_PROGRAM_ID, "iosd_mint"),
};
