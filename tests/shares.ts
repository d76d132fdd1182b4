// Fixture for the compute_tokens suites: the market world plus compute_tokens, a tokenized device, holders with
// share accounts, and IOSD inflows into the revenue vault (direct transfers, or real rentals settled into it).
import { expect } from "chai";
import { Keypair, PublicKey, Transaction } from "@solana/web3.js";
import { createTransferCheckedInstruction, getAccount, TOKEN_2022_PROGRAM_ID, TOKEN_PROGRAM_ID } from "@solana/spl-token";
import { computeTokens, createAta, tokenBalance } from "@io-compute/sdk";
import { big, World } from "./helpers";
import { MarketWorld, Operator, Renter, IOSD } from "./market";

export const TERM = 90n * 86_400n;
export const SHARES = 100n;
/** Each inflow's holders' part streams over a day in these fixtures (the shortest period allowed). */
export const DISTRIBUTION = 86_400n;

export interface Tokenized extends computeTokens.Tokenized {
  operator: Operator;
  device: PublicKey;
}

export class SharesWorld {
  readonly client: computeTokens.ComputeTokensClient;
  /** Pays inflows into vaults: holds plenty of IOSD. */
  funder!: Renter;

  private constructor(readonly market: MarketWorld) {
    this.client = new computeTokens.ComputeTokensClient(market.world.computeTokens);
  }

  /** `prepare` runs on the bare SVM before anything is created (to set a sysvar, for example). */
  static async create(prepare?: (world: World) => void): Promise<SharesWorld> {
    const market = await MarketWorld.create({}, {}, prepare);
    await market.world.initComputeTokens();
    const world = new SharesWorld(market);
    world.funder = await market.renter(1_000_000n);
    return world;
  }

  get world() {
    return this.market.world;
  }

  /** A device of a new operator, tokenized into `shares` for `term` seconds. */
  async tokenized(shares = SHARES, term = TERM, operator?: Operator): Promise<Tokenized> {
    const op = operator ?? (await this.market.operator());
    const device = await this.market.device(op);
    const tokenized = await this.client.tokenize(op.keypair, device, {
      shares,
      termSeconds: term,
      name: "A100 x8 revenue",
      symbol: "GPU1",
      uri: "https://example.org/gpu1.json",
      distributionPeriodSeconds: DISTRIBUTION,
    });
    return { ...tokenized, operator: op, device };
  }

  /** `amount` IOSD paid straight into the pool's vault (as a settled rental would). */
  async inflow(pool: computeTokens.PoolAddresses, amount: bigint) {
    const ix = createTransferCheckedInstruction(this.funder.iosd, this.market.iosdMint, pool.vault, this.funder.keypair.publicKey, amount, 6, [], TOKEN_PROGRAM_ID);
    await this.world.provider.sendAndConfirm(new Transaction().add(ix), [this.funder.keypair]);
  }

  /** A holder: a keypair with an IOSD account (for claims). */
  async holder(): Promise<Operator> {
    const keypair = Keypair.generate();
    this.world.provider.airdrop(keypair.publicKey, 10n ** 10n);
    const iosd = await createAta(this.world.provider, this.market.iosdMint, keypair.publicKey, TOKEN_PROGRAM_ID);
    return { keypair, io: PublicKey.default, iosd };
  }

  shares(account: PublicKey): Promise<bigint> {
    return tokenBalance(this.world.provider, account, TOKEN_2022_PROGRAM_ID);
  }

  async sharesOrZero(account: PublicKey): Promise<bigint> {
    try {
      return (await getAccount(this.world.provider.connection, account, "confirmed", TOKEN_2022_PROGRAM_ID)).amount;
    } catch {
      return 0n;
    }
  }

  iosd(account: PublicKey): Promise<bigint> {
    return this.market.iosdBalance(account);
  }
}

export { IOSD };

/** The pool's books against the chain: every invariant that holds after any step. */
export async function expectBooks(world: SharesWorld, pool: PublicKey, maxDust = 1_000n) {
  const state = await world.client.pool(pool);
  const now = world.market.now();
  const holders = await world.client.program.account.holder.all([{ memcmp: { offset: 8, bytes: pool.toBase58() } }]);
  const claimable = holders.reduce((sum, h) => sum + computeTokens.claimable(state, h.account, now), 0n);
  const [inflow, operator, holdersPart, claimed, accounted] = [big(state.totalInflow), big(state.operatorRevenue), big(state.holdersRevenue), big(state.claimed), big(state.vaultBalance)];
  const [operatorOwed, operatorClaimed] = [big(state.operatorOwed), big(state.operatorClaimed)];
  // Every unit that came in went to the operator or to the holders' side, and the operator's is owed or pulled.
  expect(operator + holdersPart).to.equal(inflow);
  expect(operatorOwed + operatorClaimed).to.equal(operator);
  // The holders' side: claimed, claimable now, still streaming at now, and rounding dust (never negative, never large).
  const streaming = big(state.undistributed) - computeTokens.releasedAt(state, now);
  const dust = holdersPart - claimed - claimable - streaming;
  expect(dust >= 0n, `claimable exceeds what holders received by ${-dust}`).to.equal(true);
  expect(dust <= maxDust, `dust ${dust}`).to.equal(true);
  // The vault holds exactly what is not yet paid out: the holders' unclaimed side and the operator's owed cut
  // (plus any inflow not yet synced).
  expect(accounted).to.equal(holdersPart - claimed + operatorOwed);
  expect((await world.iosd(state.vault)) >= accounted).to.equal(true);
  // The accruing supply is the sum of the checkpoints' bases.
  expect(big(state.accruingShares)).to.equal(holders.reduce((sum, h) => sum + big(h.account.shares), 0n));
  return { state, claimable, dust };
}
