// The admin instructions every program shares (common::admin on chain): two-step admin transfer and pause.
import type { Idl } from "@coral-xyz/anchor";
import { Program } from "./anchor";
import { PublicKey } from "@solana/web3.js";

/** Builders for propose_admin, accept_admin, pause and unpause of the program whose config PDA is `config()`
 * (named `accountName` in its IDL). */
export function adminInstructions(config: () => PublicKey, accountName = "config") {
  // Every program's IDL declares these four the same way, so the builders use the untyped `methods`.
  const methods = <I extends Idl>(program: Program<I>) => (program as unknown as Program<Idl>).methods;
  return {
    /** Proposes `newAdmin` (the default key withdraws a proposal). */
    proposeAdminIx: <I extends Idl>(program: Program<I>, admin: PublicKey, newAdmin: PublicKey) =>
      methods(program).proposeAdmin(newAdmin).accountsPartial({ admin, [accountName]: config() }),
    /** The proposed admin takes the role. */
    acceptAdminIx: <I extends Idl>(program: Program<I>, newAdmin: PublicKey) =>
      methods(program).acceptAdmin().accountsPartial({ newAdmin, [accountName]: config() }),
    pauseIx: <I extends Idl>(program: Program<I>, admin: PublicKey) =>
      methods(program).pause().accountsPartial({ admin, [accountName]: config() }),
    unpauseIx: <I extends Idl>(program: Program<I>, admin: PublicKey) =>
      methods(program).unpause().accountsPartial({ admin, [accountName]: config() }),
  };
}
