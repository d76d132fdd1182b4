// iosd: its events, as Anchor decodes them (camelCase names and fields), by name.
import type { IdlEvents } from "@coral-xyz/anchor";
import { Iosd } from "../idl/iosd";

export type IosdEvents = IdlEvents<Iosd>;
export type IosdEventName = keyof IosdEvents;
