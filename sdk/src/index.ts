// `@io-compute/sdk`: clients for the io_staking, iosd, rental_escrow and compute_tokens programs. Runtime-agnostic
// (Node and browsers); the LiteSVM harness is in `@io-compute/sdk/testing`.
export * from "./programs";
export * from "./errors";
export * from "./util";
export * from "./transaction";
export * from "./rpc";
export * from "./token";
export * from "./admin";
export * from "./stats";
export * as ioStaking from "./ioStaking";
export * as iosd from "./iosd";
export * as rentalEscrow from "./rentalEscrow";
export * as computeTokens from "./computeTokens";
