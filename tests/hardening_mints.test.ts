// Issue 13, item 12: every mint a program stores is screened. Token-2022 extensions that take control of balances
// are refused by name at initialize; display-only ones are accepted.
import { expect } from "chai";
import {
  AccountState,
  createAssociatedTokenAccountIdempotentInstruction,
  createInitializeDefaultAccountStateInstruction,
  createInitializeInterestBearingMintInstruction,
  createInitializeMint2Instruction,
  createInitializeMintCloseAuthorityInstruction,
  createInitializeNonTransferableMintInstruction,
  createInitializePausableConfigInstruction,
  createInitializePermanentDelegateInstruction,
  createInitializeScaledUiAmountConfigInstruction,
  createInitializeTransferFeeConfigInstruction,
  createInitializeTransferHookInstruction,
  ExtensionType,
  getAssociatedTokenAddressSync,
  getMintLen,
  TOKEN_2022_PROGRAM_ID,
} from "@solana/spl-token";
import { Keypair, PublicKey, SystemProgram, TransactionInstruction } from "@solana/web3.js";
import { ioStaking, iosd, rentalEscrow } from "@io-compute/sdk";
import { expectRejected, IO_DECIMALS, World } from "./helpers";

/** A Token-2022 mint with one extension, initialized by `init(mint, authority)` before the mint itself. */
async function mintWith(world: World, extension: ExtensionType, init: (mint: PublicKey, authority: PublicKey) => TransactionInstruction): Promise<PublicKey> {
  const mint = Keypair.generate();
  const provider = world.provider;
  const space = getMintLen([extension]);
  const lamports = await provider.connection.getMinimumBalanceForRentExemption(space);
  await provider.sendInstructions(
    [
      SystemProgram.createAccount({ fromPubkey: provider.publicKey, newAccountPubkey: mint.publicKey, lamports, space, programId: TOKEN_2022_PROGRAM_ID }),
      init(mint.publicKey, world.ioMintAuthority.publicKey),
      // With a freeze authority, which a default-frozen state needs.
      createInitializeMint2Instruction(mint.publicKey, IO_DECIMALS, world.ioMintAuthority.publicKey, world.ioMintAuthority.publicKey, TOKEN_2022_PROGRAM_ID),
    ],
    [mint],
  );
  return mint.publicKey;
}

const T22 = TOKEN_2022_PROGRAM_ID;
const refused: [string, ExtensionType, (mint: PublicKey, authority: PublicKey) => TransactionInstruction][] = [
  ["a transfer fee", ExtensionType.TransferFeeConfig, (m, a) => createInitializeTransferFeeConfigInstruction(m, a, a, 100, 10n ** 9n, T22)],
  ["a permanent delegate", ExtensionType.PermanentDelegate, (m, a) => createInitializePermanentDelegateInstruction(m, a, T22)],
  ["a transfer hook", ExtensionType.TransferHook, (m, a) => createInitializeTransferHookInstruction(m, a, Keypair.generate().publicKey, T22)],
  ["default-frozen accounts", ExtensionType.DefaultAccountState, (m) => createInitializeDefaultAccountStateInstruction(m, AccountState.Frozen, T22)],
  ["a pause authority", ExtensionType.PausableConfig, (m, a) => createInitializePausableConfigInstruction(m, a, T22)],
  ["non-transferable tokens", ExtensionType.NonTransferable, (m) => createInitializeNonTransferableMintInstruction(m, T22)],
  ["a mint close authority", ExtensionType.MintCloseAuthority, (m, a) => createInitializeMintCloseAuthorityInstruction(m, a, T22)],
];

describe("hardening: mints with extensions that control balances are refused", () => {
  let world: World;
  beforeEach(async () => {
    world = await new World(T22).createIo();
  });

  /** The admin's account of `mint` (a treasury). */
  async function treasuryOf(mint: PublicKey): Promise<PublicKey> {
    const treasury = getAssociatedTokenAddressSync(mint, world.admin.publicKey, false, T22);
    await world.provider.sendInstructions([createAssociatedTokenAccountIdempotentInstruction(world.provider.publicKey, treasury, world.admin.publicKey, mint, T22)]);
    return treasury;
  }

  for (const [what, extension, init] of refused) {
    it(`io_staking refuses an IO mint with ${what}`, async () => {
      const mint = await mintWith(world, extension, init);
      const treasury = await treasuryOf(mint);
      const initialize = () => ioStaking.initializeStakingIx(world.staking, world.stakingParams({ ioMint: mint, treasury })).rpc();
      await expectRejected(world, [ioStaking.ioStakingPdas.config(), ioStaking.ioStakingPdas.stakeVault()], initialize, "UnsupportedMintExtension");
    });
  }

  it("io_staking accepts display-only extensions (interest-bearing, scaled UI amount)", async () => {
    const interest = await mintWith(world, ExtensionType.InterestBearingConfig, (m, a) => createInitializeInterestBearingMintInstruction(m, a, 500, T22));
    await ioStaking.initializeStakingIx(world.staking, world.stakingParams({ ioMint: interest, treasury: await treasuryOf(interest) })).rpc();
    expect((await ioStaking.fetchStakingConfig(world.staking)).ioMint.toBase58()).to.equal(interest.toBase58());
    const scaled = new World(T22);
    await scaled.createIo();
    const mint = await mintWith(scaled, ExtensionType.ScaledUiAmountConfig, (m, a) => createInitializeScaledUiAmountConfigInstruction(m, a, 1.5, T22));
    const treasury = getAssociatedTokenAddressSync(mint, scaled.admin.publicKey, false, T22);
    await scaled.provider.sendInstructions([createAssociatedTokenAccountIdempotentInstruction(scaled.provider.publicKey, treasury, scaled.admin.publicKey, mint, T22)]);
    await ioStaking.initializeStakingIx(scaled.staking, scaled.stakingParams({ ioMint: mint, treasury })).rpc();
  });

  it("iosd refuses an IO mint with a permanent delegate, rental_escrow an IO mint with a transfer fee", async () => {
    const delegated = await mintWith(world, ExtensionType.PermanentDelegate, (m, a) => createInitializePermanentDelegateInstruction(m, a, T22));
    const delegatedTreasury = await treasuryOf(delegated);
    await expectRejected(world, [iosd.iosdPdas.config()], () => iosd.initializeIosdIx(world.iosd, world.iosdParams({ ioMint: delegated, ioTokenProgram: T22, treasury: delegatedTreasury })).rpc(), "UnsupportedMintExtension");

    await world.initStaking();
    await world.initIosd();
    const feeMint = await mintWith(world, ExtensionType.TransferFeeConfig, (m, a) => createInitializeTransferFeeConfigInstruction(m, a, a, 100, 10n ** 9n, T22));
    const feeTreasury = await treasuryOf(feeMint);
    await expectRejected(world, [rentalEscrow.rentalEscrowPdas.market()], () => world.initMarket({ ioMint: feeMint, treasuryIo: feeTreasury }), "UnsupportedMintExtension");
    // The market's usual mints (IOSD from iosd, an IO mint without extensions) are accepted.
    await world.initMarket();
  });
});
