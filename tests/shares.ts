// Fixture for the compute_tokens suites: the market world plus compute_tokens, a tokenized device, holders with
// share accounts, and IOSD inflows into the revenue vault (direct transfers, or real rentals settled into it).
import { Keypair, PublicKey, Transaction } from "@solana/web3.js";
import { createTransferCheckedInstruction, getAccount, TOKEN_2022_PROGRAM_ID, TOKEN_PROGRAM_ID } from "@solana/spl-token";
import { computeTokens, tokenBalance } from "../sdk/src";
import { MarketWorld, Operator, Renter, IOSD } from "./market";

export const TERM = 90n * 86_400n;
export const SHARES = 100n;

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

  static async create(): Promise<SharesWorld> {
    const market = await MarketWorld.create();
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
      operatorPayout: op.iosd,
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
    const { createAta } = await import("../sdk/src");
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
