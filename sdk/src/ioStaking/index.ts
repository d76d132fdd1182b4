// io_staking: stake IO with a cooldown, earn rewards, bond stake for listed devices, slashing.
export * from "./program";
export * from "./pdas";
export * from "./accounts";
export * from "./instructions";
export * from "./math";
export * from "./emission";
export * from "./events";
export * from "./errors";
export * from "./client";
