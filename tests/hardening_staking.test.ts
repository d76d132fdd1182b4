// Issue 13, item 14: io_staking's locked value. Rewards owed to nobody can be swept, payouts into the program's own
// vaults are refused, and an empty position can be closed for its rent.
import { expect } from "chai";
import { Keypair, PublicKey } from "@solana/web3.js";
import { ioStaking, tokenBalance } from "@io-compute/sdk";
import { setUnixTimestamp } from "@io-compute/sdk/testing";
import { big, expectRejected, IO, World } from "./helpers";

const { ioStakingPdas, positionPda, claimRewardsIx, withdrawIx, fetchStakingConfig, undistributedAt } = ioStaking;
const T0 = 1_800_000_000n;

describe("io_staking hardening", () => {
  let world: World;
  const at = (t: bigint) => setUnixTimestamp(world.svm, t);
  const balance = (account: PublicKey) => tokenBalance(world.provider, account, world.ioTokenProgram);
  const client = () => world.stakingClient;

  beforeEach(async () => {
    world = await new World().createIo();
    await world.initStaking();
    await world.mintToAdmin(1_000_000n * IO);
    at(T0);
  });

  it("sweeps exactly what streamed while nobody staked plus the rate remainder; stakers keep all they earn", async () => {
    // 1,000 IO + 7 base units over 1,000 s: rate 1 IO/s, 7 units never streamed.
    await client().fundRewards(world.admin, 1_000n * IO + 7n, 1_000n);
    at(T0 + 100n); // 100 s with nobody staking: 100 IO owed to nobody
    const { keypair: alice } = await world.newIoHolder(1_000n * IO);
    await client().stake(alice, 1_000n * IO);
    at(T0 + 400n);
    expect(undistributedAt(await fetchStakingConfig(world.staking), T0 + 400n)).to.equal(100n * IO + 7n);
    const treasuryBefore = await balance(world.ioTreasury);
    await client().sweepUndistributed(world.admin);
    expect(big(world.provider.lastResult!.events.find((e) => e.name === "rewardsSwept")!.data.amount)).to.equal(100n * IO + 7n);
    expect((await balance(world.ioTreasury)) - treasuryBefore).to.equal(100n * IO + 7n);
    await expectRejected(world, [ioStakingPdas.config(), ioStakingPdas.rewardVault()], () => client().sweepUndistributed(world.admin), "NothingToSweep");
    // Alice still gets every unit she earns: 900 s at 1 IO/s, less the accumulator's rounding.
    at(T0 + 2_000n);
    await client().claimRewards(alice);
    const claimed = big((await fetchStakingConfig(world.staking)).totalRewardsClaimed);
    expect(claimed <= 900n * IO && claimed >= 900n * IO - 2n, String(claimed)).to.equal(true);
    const c = await fetchStakingConfig(world.staking);
    expect(await balance(ioStakingPdas.rewardVault())).to.equal(big(c.totalRewardsFunded) - big(c.totalRewardsClaimed) - big(c.totalRewardsSwept));
    // Only the admin sweeps.
    const stranger = Keypair.generate();
    world.provider.airdrop(stranger.publicKey, 10n ** 9n);
    await expectRejected(world, [ioStakingPdas.config()], () => client().sweepUndistributed(stranger), "NotAdmin");
  });

  it("refuses to pay rewards or withdrawals into the program's own vaults", async () => {
    // The attack on the earlier program: a claim paid into the stake vault stranded the rewards there for good.
    await client().fundRewards(world.admin, 1_000n * IO, 1_000n);
    const { keypair: bob } = await world.newIoHolder(1_000n * IO);
    await client().stake(bob, 1_000n * IO);
    at(T0 + 10n);
    const io = await client().ioAccounts();
    const keys = [ioStakingPdas.config(), positionPda(bob.publicKey), ioStakingPdas.stakeVault(), ioStakingPdas.rewardVault()];
    const claim = claimRewardsIx(world.staking, { owner: bob.publicKey, ownerToken: ioStakingPdas.stakeVault(), ...io }).signers([bob]);
    await expectRejected(world, keys, () => claim.rpc(), "PayoutToProgramVault");
    await client().requestUnstake(bob, IO);
    at(T0 + 10n + ioStaking.DEFAULT_UNSTAKE_COOLDOWN);
    const withdraw = withdrawIx(world.staking, { owner: bob.publicKey, ownerToken: ioStakingPdas.rewardVault(), ...io }).signers([bob]);
    await expectRejected(world, keys, () => withdraw.rpc(), "PayoutToProgramVault");
  });

  it("closes a position with nothing staked, pending or owed, returning its rent", async () => {
    const { keypair: carol } = await world.newIoHolder(10n * IO);
    await client().stake(carol, 10n * IO);
    const keys = [positionPda(carol.publicKey), ioStakingPdas.config()];
    await expectRejected(world, keys, () => client().closePosition(carol), "PositionNotEmpty");
    await client().requestUnstake(carol, 10n * IO);
    await expectRejected(world, keys, () => client().closePosition(carol), "PositionNotEmpty");
    at(T0 + ioStaking.DEFAULT_UNSTAKE_COOLDOWN);
    await client().withdraw(carol);
    const rent = BigInt((await world.provider.connection.getBalance(positionPda(carol.publicKey))).toString());
    const before = BigInt((await world.provider.connection.getBalance(carol.publicKey)).toString());
    await client().closePosition(carol);
    expect(await world.provider.connection.getAccountInfo(positionPda(carol.publicKey))).to.equal(null);
    expect(BigInt((await world.provider.connection.getBalance(carol.publicKey)).toString())).to.equal(before + rent); // the provider pays fees
    // A device bond drawing on a position keeps it open, even once slashed to nothing: a dispute may still name it.
    const bondAuthority = Keypair.generate();
    const w2 = await new World().createIo();
    await w2.initStaking({ bondAuthority: bondAuthority.publicKey });
    const { keypair: dave } = await w2.newIoHolder(200n * IO);
    await w2.stakingClient.stake(dave, 200n * IO);
    const device = Keypair.generate().publicKey;
    await ioStaking.bondIx(w2.staking, bondAuthority.publicKey, dave.publicKey, device, 0, 1).signers([bondAuthority, dave]).rpc();
    const io2 = await w2.stakingClient.ioAccounts();
    await ioStaking.slashIx(w2.staking, { slashAuthority: w2.slashAuthority.publicKey, owner: dave.publicKey, device, treasury: w2.ioTreasury, amount: 200n * IO, ...io2 }).signers([w2.slashAuthority]).rpc();
    expect(big((await w2.stakingClient.position(dave.publicKey))!.staked)).to.equal(0n);
    await expectRejected(w2, [positionPda(dave.publicKey)], () => w2.stakingClient.closePosition(dave), "PositionNotEmpty");
    // Staking again opens a new position.
    await client().stake(carol, 10n * IO);
    expect(big((await client().position(carol.publicKey))!.staked)).to.equal(10n * IO);
  });
});
