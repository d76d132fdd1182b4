// `@io-compute/sdk/kit`: a @solana/kit client per program, rendered by Codama from the IDLs in sdk/idl
// (scripts/gen-kit-clients.mjs; do not edit the program folders). Instruction builders, account codecs and
// fetchers, PDAs, error codes, and a kit client plugin per program. No web3.js v1 or Anchor inside.
export * as ioStaking from "./ioStaking";
export * as iosd from "./iosd";
export * as rentalEscrow from "./rentalEscrow";
export * as computeTokens from "./computeTokens";
