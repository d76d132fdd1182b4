// compute_tokens: a GPU's revenue as Token-2022 shares (90% holders / 10% operating node), settled on every
export * from "./program";
export * from "./pdas";
export * from "./accounts";
export * from "./instructions";
export * from "./bondInstructions";
export * from "./bondClient";
export * from "./math";
export * as bonds from "./bonds";
export * from "./events";
export * from "./errors";
export * from "./client";
export * from "./nft";
