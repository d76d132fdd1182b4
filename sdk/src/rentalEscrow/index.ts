// rental_escrow: GPU registry with reputation, escrowed rentals streamed per second, disputes, fees.
export * from "./program";
export * from "./pdas";
export * from "./accounts";
export * from "./instructions";
export * from "./math";
export * from "./supply";
export * from "./events";
export * from "./errors";
export * from "./client";
