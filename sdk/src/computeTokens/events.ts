// compute_tokens: its events, as Anchor decodes them (camelCase names and fields), by name.
import type { IdlEvents } from "@coral-xyz/anchor";
import { ComputeTokens } from "../idl/compute_tokens";

export type ComputeTokensEvents = IdlEvents<ComputeTokens>;
export type ComputeTokensEventName = keyof ComputeTokensEvents;
