// `@io-compute/sdk/testing`: the programs on an in-process LiteSVM (Node only: a native addon and the file
// system): an Anchor provider over LiteSVM, the program loader, the clock and a Pyth price writer. It imports the
// root entry by the package name, so both share one copy of the SDK (one `TransactionFailedError` class).
export * from "./provider";
export * from "./connection";
export * from "./loader";
export * from "./clock";
export * from "./pyth";
export * from "./umi";
