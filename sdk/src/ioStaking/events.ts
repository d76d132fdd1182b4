// io_staking: its events, as Anchor decodes them (camelCase names and fields), by name.
import type { IdlEvents } from "@coral-xyz/anchor";
import { IoStaking } from "../idl/io_staking";

export type IoStakingEvents = IdlEvents<IoStaking>;
export type IoStakingEventName = keyof IoStakingEvents;
