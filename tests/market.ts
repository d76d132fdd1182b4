// Fixture for the rental_escrow suites: the four programs initialized with the market as io_staking's bond and
// slash authority, operators with stake, renters holding IOSD minted through iosd (IO burned at a Pyth price).
import { Keypair, PublicKey } from "@solana/web3.js";
import { TOKEN_PROGRAM_ID } from "@solana/spl-token";
import { createAta, ioStaking, iosd, mintSupply, rentalEscrow, tokenBalance } from "@io-compute/sdk";
import { setUnixTimestamp, unixTimestamp, writePriceUpdate } from "@io-compute/sdk/testing";
import { big, FEED_ID, IO, World } from "./helpers";

export const T0 = 1_800_000_000n;
export const IOSD = 10n ** 6n;
export const HOUR = 3_600n;
/** The market's dispute window in these fixtures: three days. `settle` lags the stream by it. */
export const WINDOW = 3n * 86_400n;
/** $1.50 per GPU-hour in IOSD. */
export const PRICE = 1_500_000n;

export interface Operator {
  keypair: Keypair;
  io: PublicKey;
  /** IOSD payout account. */
  iosd: PublicKey;
}

export interface Renter {
  keypair: Keypair;
  io: PublicKey;
  iosd: PublicKey;
}

export class MarketWorld {
  readonly world: World;
  readonly client: rentalEscrow.RentalEscrowClient;
  readonly priceAccount = Keypair.generate().publicKey;
  private nextDeviceId = 1n;

  private constructor(
    world: World,
    /** IOSD's token program: SPL Token unless a test asks for Token-2022. */
    readonly iosdProgram: PublicKey = TOKEN_PROGRAM_ID,
  ) {
    this.world = world;
    this.client = new rentalEscrow.RentalEscrowClient(world.escrow, world.staking);
  }

  static async create(
    marketOverrides: Partial<rentalEscrow.InitializeMarketParams> = {},
    stakingOverrides: Partial<ioStaking.InitializeStakingParams> = {},
    prepare?: (world: World) => void,
    iosdTokenProgram: PublicKey = TOKEN_PROGRAM_ID,
  ): Promise<MarketWorld> {
    const bare = new World();
    prepare?.(bare);
    const world = await bare.createIo();
    await world.initStaking({ slashAuthority: rentalEscrow.rentalEscrowPdas.market(), ...stakingOverrides });
    await world.initIosd({ iosdTokenProgram });
    await world.initMarket(marketOverrides);
    setUnixTimestamp(world.svm, T0);
    return new MarketWorld(world, iosdTokenProgram);
  }

  get escrow() {
    return this.world.escrow;
  }

  get iosdMint(): PublicKey {
    return iosd.iosdPdas.iosdMint();
  }

  now(): bigint {
    return unixTimestamp(this.world.svm);
  }

  setTime(t: bigint) {
    setUnixTimestamp(this.world.svm, t);
  }

  /** An operator with `stakedIo` whole IO staked and an IOSD payout account. */
  async operator(stakedIo = 10_000n): Promise<Operator> {
    const { keypair, token } = await this.world.newIoHolder(stakedIo * IO + 1_000n * IO);
    if (stakedIo > 0n) await this.world.stakingClient.stake(keypair, stakedIo * IO);
    const iosdAccount = await createAta(this.world.provider, this.iosdMint, keypair.publicKey, this.iosdProgram);
    return { keypair, io: token, iosd: iosdAccount };
  }

  /** A renter holding IOSD minted from `io` whole IO at $0.25 (and 1,000 IO left over). */
  async renter(io = 100_000n): Promise<Renter> {
    const { keypair, token } = await this.world.newIoHolder(io * IO + 1_000n * IO);
    const iosdAccount = await createAta(this.world.provider, this.iosdMint, keypair.publicKey, this.iosdProgram);
    writePriceUpdate(this.world.svm, this.priceAccount, { verification: "full", feedId: FEED_ID, price: 25_000_000n, conf: 10_000n, exponent: -8, publishTime: this.now() });
    await iosd
      .mintIosdFromConfig(this.world.iosd, { user: keypair.publicKey, priceUpdate: this.priceAccount, userIo: token, userIosd: iosdAccount, ioAmount: io * IO, minIosdOut: 0n })
      .then((b) => b.signers([keypair]).rpc());
    return { keypair, io: token, iosd: iosdAccount };
  }

  spec(overrides: Partial<rentalEscrow.DeviceSpec> = {}): rentalEscrow.DeviceSpec {
    return { deviceId: this.nextDeviceId++, deviceClass: 0, gpuCount: 8, vramGb: 80, region: "us-east-1", pricePerGpuHour: PRICE, ...overrides };
  }

  /** Registers a device paid in IOSD into the operator's IOSD account. */
  async device(operator: Operator, overrides: Partial<rentalEscrow.DeviceSpec> = {}): Promise<PublicKey> {
    return this.client.registerDevice(operator.keypair, this.spec(overrides), this.iosdMint, operator.iosd);
  }

  iosdBalance(account: PublicKey): Promise<bigint> {
    return tokenBalance(this.world.provider, account, this.iosdProgram);
  }

  ioBalance(account: PublicKey): Promise<bigint> {
    return tokenBalance(this.world.provider, account, this.world.ioTokenProgram);
  }

  iosdSupply(): Promise<bigint> {
    return mintSupply(this.world.provider, this.iosdMint, this.iosdProgram);
  }

  /** The escrow's balance, or null once it is closed. */
  async escrowBalance(rental: PublicKey): Promise<bigint | null> {
    const escrow = rentalEscrow.rentalEscrowPdas.escrow(rental);
    if (!(await this.world.provider.connection.getAccountInfo(escrow))) return null;
    return this.iosdBalance(escrow);
  }

  async lamports(key: PublicKey): Promise<bigint> {
    return big(await this.world.provider.connection.getBalance(key));
  }
}
