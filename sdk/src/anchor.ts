// Anchor's runtime values, for the SDK's own modules. `@coral-xyz/anchor` is CommonJS without an exports map, and
// Node's ESM loader cannot see its named exports (`import { BN } from "@coral-xyz/anchor"` fails there), so they
// are taken off the module object: its `default` under Node ESM, the namespace itself under CJS and bundlers.
// Types still come from "@coral-xyz/anchor" directly.
import * as anchorModule from "@coral-xyz/anchor";

const anchor: typeof anchorModule = (anchorModule as { default?: typeof anchorModule }).default ?? anchorModule;

export const AnchorProvider = anchor.AnchorProvider;
export type AnchorProvider = anchorModule.AnchorProvider;
export const BN = anchor.BN;
export type BN = anchorModule.BN;
export const BorshCoder = anchor.BorshCoder;
export type BorshCoder = anchorModule.BorshCoder;
export const LangErrorCode = anchor.LangErrorCode;
export const Program = anchor.Program;
export type Program<I extends anchorModule.Idl = anchorModule.Idl> = anchorModule.Program<I>;
export const utils = anchor.utils;
