// iosd: burn IO to mint the USD-pegged IOSD at a Pyth price; one way only.
export * from "./program";
export * from "./pdas";
export * from "./accounts";
export * from "./instructions";
export * from "./math";
export * from "./events";
export * from "./errors";
export * from "./pyth";
