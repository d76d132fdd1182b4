import { expect } from "chai";
import { createTransferCheckedInstruction, TOKEN_2022_PROGRAM_ID, TOKEN_PROGRAM_ID } from "@solana/spl-token";
import { Keypair, PublicKey } from "@solana/web3.js";
import { address } from "@solana/kit";
import {
  createAta,
  customErrorName,
  mintTo,
  PROGRAM_IDS,
  PROGRAM_NAMES,
  rentalEscrow,
  tokenBalance,
  transactionError,
} from "@io-compute/sdk";
import {
  advanceClock,
  createSvm,
  LiteSvmProvider,
  setUnixTimestamp,
  unixTimestamp,
} from "@io-compute/sdk/testing";
import { anchorTomlProgramIds, expectError, IO, World } from "./helpers";

describe("sdk: LiteSVM harness", () => {
  it("loads every built program at its Anchor.toml address (the IDL's), executable", () => {
    const svm = createSvm();
    const ids = anchorTomlProgramIds();
    expect(PROGRAM_IDS).to.deep.equal(ids);
    for (const name of PROGRAM_NAMES) {
      const account = svm.getAccount(address(ids[name]));
      expect(account.exists, name).to.equal(true);
      if (account.exists) expect(account.executable, name).to.equal(true);
    }
  });

  it("moves the Clock sysvar forward, which programs read as the current time", () => {
    const provider = new LiteSvmProvider(createSvm());
    setUnixTimestamp(provider.svm, 1_700_000_000n);
    const slot = provider.svm.getClock().slot;
    expect(advanceClock(provider.svm, 14n * 86_400n)).to.equal(1_700_000_000n + 14n * 86_400n);
    expect(unixTimestamp(provider.svm)).to.equal(1_700_000_000n + 14n * 86_400n);
    expect(provider.svm.getClock().slot > slot).to.equal(true);
  });

  it("executes signed web3.js transactions, reports compute units, and names token errors", async () => {
    const world = await new World().createIo();
    const holder = Keypair.generate();
    const from = await createAta(world.provider, world.ioMint, holder.publicKey, TOKEN_PROGRAM_ID);
    await mintTo(world.provider, world.ioMint, from, world.ioMintAuthority, 5n * IO, TOKEN_PROGRAM_ID);
    const transfer = (amount: bigint) =>
      createTransferCheckedInstruction(from, world.ioMint, world.ioTreasury, holder.publicKey, amount, 8, [], TOKEN_PROGRAM_ID);

    const result = await world.provider.sendInstructions([transfer(2n * IO)], [holder]);
    expect(result.computeUnits).to.be.greaterThan(0);
    expect(await tokenBalance(world.provider, world.ioTreasury, TOKEN_PROGRAM_ID)).to.equal(2n * IO);
    const error = await expectError(world.provider.sendInstructions([transfer(4n * IO)], [holder]), "InsufficientFunds");
    expect(error.programId).to.equal(TOKEN_PROGRAM_ID.toBase58());
    expect(await tokenBalance(world.provider, from, TOKEN_PROGRAM_ID)).to.equal(3n * IO);
  });

  it("answers getProgramAccounts with RPC-style filters", async () => {
    const world = await new World().createIo();
    await world.initStaking();
    const conn = world.provider.connection;
    const programId = new PublicKey(anchorTomlProgramIds().io_staking);
    const all = await conn.getProgramAccounts(programId);
    expect(all.map((a) => a.pubkey.toBase58())).to.deep.equal([(await import("@io-compute/sdk")).ioStaking.ioStakingPdas.config().toBase58()]);
    const none = await conn.getProgramAccounts(programId, { filters: [{ dataSize: 1 }] });
    expect(none).to.have.length(0);
  });
});

describe("sdk: error names", () => {
  it("names the innermost failing program's error, not the caller's that passed it on", () => {
    const escrow = rentalEscrow.RENTAL_ESCROW_PROGRAM_ID.toBase58();
    const token = TOKEN_PROGRAM_ID.toBase58();
    const logs = [
      `Program ${escrow} invoke [1]`,
      `Program ${token} invoke [2]`,
      `Program ${token} failed: custom program error: 0xb`,
      `Program ${escrow} consumed 9000 of 200000 compute units`,
      `Program ${escrow} failed: custom program error: 0xb`,
    ];
    const error = transactionError(logs, "InstructionError(0, Custom(11))");
    expect([error.errorName, error.code, error.programId]).to.deep.equal(["NonNativeHasBalance", 11, token]);
  });

  it("names JSON-RPC runtime errors and Token-2022's extension errors", () => {
    const escrow = rentalEscrow.RENTAL_ESCROW_PROGRAM_ID.toBase58();
    const failed = (message: string) => [`Program ${escrow} invoke [1]`, `Program ${escrow} failed: ${message}`];
    const invalid = transactionError(failed("invalid account data for instruction"), { InstructionError: [0, "InvalidAccountData"] });
    expect([invalid.errorName, invalid.code, invalid.programId]).to.deep.equal(["InvalidAccountData", undefined, escrow]);
    expect(transactionError([], "AccountNotFound").errorName).to.equal("AccountNotFound");
    expect(transactionError([], { InstructionError: [1, { BorshIoError: "unexpected length" }] }).errorName).to.equal("BorshIoError");
    expect(customErrorName(TOKEN_2022_PROGRAM_ID.toBase58(), 36)).to.equal("NoMemo");
    expect(customErrorName(TOKEN_PROGRAM_ID.toBase58(), 36)).to.equal("Custom(36)"); // SPL Token has no code 36
  });
});
