import { expect } from "chai";
import { Keypair, PublicKey } from "@solana/web3.js";
import { TOKEN_PROGRAM_ID } from "@solana/spl-token";
import { createAta, createMint, ioStaking, rentalEscrow } from "@io-compute/sdk";
import { big, expectRejected, IO, withAccount, withData, withoutSigner } from "./helpers";
import { HOUR, MarketWorld, Operator, PRICE, T0 } from "./market";

const { rentalEscrowPdas, registerDeviceIx, updateDeviceIx, deregisterDeviceIx, lockPayoutIx, unlockPayoutIx, pauseIx, DeviceStatus } = rentalEscrow;
const { positionPda, ioStakingPdas, fetchPosition, fetchStakingConfig } = ioStaking;

describe("rental_escrow: device registry", () => {
  let m: MarketWorld;
  let operator: Operator;
  const bonded = async (owner = operator) => big((await fetchPosition(m.world.staking, owner.keypair.publicKey))!.bonded);
  const registerParams = (spec = m.spec(), overrides: Partial<rentalEscrow.RegisterDeviceParams> = {}): rentalEscrow.RegisterDeviceParams => ({
    operator: operator.keypair.publicKey,
    paymentMint: m.iosdMint,
    payout: operator.iosd,
    ...spec,
    ...overrides,
  });
  const register = (params = registerParams(), signers = [operator.keypair]) => registerDeviceIx(m.escrow, params).signers(signers).rpc();
  const stakingKeys = (owner = operator) => [ioStakingPdas.config(), positionPda(owner.keypair.publicKey)];

  beforeEach(async () => {
    m = await MarketWorld.create();
    operator = await m.operator(2_000n);
  });

  describe("register_device", () => {
    it("creates the device and bonds the stake its class and GPU count require", async () => {
      const spec = m.spec({ deviceClass: 1, gpuCount: 4, vramGb: 24, region: "eu-west" });
      await register(registerParams(spec));
      const device = rentalEscrowPdas.device(operator.keypair.publicKey, spec.deviceId);
      const state = (await rentalEscrow.fetchDevice(m.escrow, device))!;
      // 200 IO per GPU x 1.5 (class 1) x 4 GPUs.
      expect(await m.client.bonded(device)).to.equal(1_200n * IO);
      const bond = (await ioStaking.fetchDeviceBond(m.world.staking, device))!;
      expect([bond.position.toBase58(), bond.device.toBase58(), bond.deviceClass, bond.gpuCount]).to.deep.equal([positionPda(operator.keypair.publicKey).toBase58(), device.toBase58(), 1, 4]);
      expect(await bonded()).to.equal(1_200n * IO);
      expect(big((await fetchStakingConfig(m.world.staking)).totalBonded)).to.equal(1_200n * IO);
      expect(state.operator.toBase58()).to.equal(operator.keypair.publicKey.toBase58());
      expect(big(state.deviceId)).to.equal(spec.deviceId);
      expect([state.deviceClass, state.gpuCount, state.vramGb]).to.deep.equal([1, 4, 24]);
      expect(rentalEscrow.decodeRegion(state.region)).to.equal("eu-west");
      expect(big(state.pricePerGpuHour)).to.equal(PRICE);
      expect(state.paymentMint.toBase58()).to.equal(m.iosdMint.toBase58());
      expect(state.payout.toBase58()).to.equal(operator.iosd.toBase58());
      expect(state.payoutLocker.toBase58()).to.equal(PublicKey.default.toBase58());
      expect(state.status).to.equal(DeviceStatus.Available);
      expect([big(state.rentedUntil), state.openRentals, big(state.rentalCount), big(state.completedRentals)]).to.deep.equal([0n, 0, 0n, 0n]);
      expect(state.scoreBps).to.equal(5_000);
      expect(big(state.registeredAt)).to.equal(m.now());
    });

    it("bonds each device separately, up to the operator's stake", async () => {
      await register(registerParams(m.spec({ gpuCount: 5 })));
      await register(registerParams(m.spec({ gpuCount: 5 })));
      expect(await bonded()).to.equal(2_000n * IO);
      const keys = stakingKeys();
      await expectRejected(m.world, keys, () => register(registerParams(m.spec({ gpuCount: 1 }))), "InsufficientStake");
    });

    describe("rejects, changing nothing", () => {
      const keys = (spec: rentalEscrow.DeviceSpec) => [...stakingKeys(), rentalEscrowPdas.device(operator.keypair.publicKey, spec.deviceId), operator.keypair.publicKey];

      it("a device needing more stake than is unbonded", async () => {
        const spec = m.spec({ gpuCount: 11 });
        await expectRejected(m.world, keys(spec), () => register(registerParams(spec)), "InsufficientStake");
      });

      it("an unknown class, zero GPUs, a zero price", async () => {
        for (const [overrides, error] of [
          [{ deviceClass: 7 }, "UnknownDeviceClass"],
          [{ gpuCount: 0 }, "InvalidGpuCount"],
          [{ pricePerGpuHour: 0n }, "InvalidPrice"],
        ] as const) {
          const spec = m.spec(overrides);
          await expectRejected(m.world, keys(spec), () => register(registerParams(spec)), error);
        }
      });

      it("a payment mint other than IOSD and IO, and a payout account of another mint", async () => {
        const other = await createMint(m.world.provider, 6, m.world.admin.publicKey, TOKEN_PROGRAM_ID);
        let spec = m.spec();
        await expectRejected(m.world, keys(spec), () => register(registerParams(spec, { paymentMint: other })), "UnsupportedPaymentMint");
        spec = m.spec();
        await expectRejected(m.world, keys(spec), () => register(registerParams(spec, { payout: operator.io })), "ConstraintTokenMint");
      });

      it("another operator's stake position", async () => {
        const rich = await m.operator(5_000n);
        const spec = m.spec();
        const ix = await registerDeviceIx(m.escrow, registerParams(spec)).instruction();
        const tampered = withAccount(ix, 6, positionPda(rich.keypair.publicKey));
        await expectRejected(m.world, [...keys(spec), ...stakingKeys(rich)], () => m.world.send(tampered, [operator.keypair]), "WrongStakePosition");
      });

      it("a device address that is not its PDA, an unsigned operator, another staking config", async () => {
        const spec = m.spec();
        const ix = await registerDeviceIx(m.escrow, registerParams(spec)).instruction();
        const fake = Keypair.generate().publicKey;
        await expectRejected(m.world, [...keys(spec), fake], () => m.world.send(withAccount(ix, 2, fake), [operator.keypair]), "ConstraintSeeds");
        await expectRejected(m.world, keys(spec), () => m.world.send(withoutSigner(ix, 0)), "ConstraintSigner");
        await expectRejected(m.world, keys(spec), () => m.world.send(withAccount(ix, 5, rentalEscrowPdas.market()), [operator.keypair]), "ConstraintAddress");
      });

      it("the same device id twice", async () => {
        const spec = m.spec({ gpuCount: 1 });
        await register(registerParams(spec));
        await expectRejected(m.world, keys(spec), () => register(registerParams(spec)), "AccountDiscriminatorAlreadySet");
      });

      it("malformed instruction data", async () => {
        const spec = m.spec();
        const ix = await registerDeviceIx(m.escrow, registerParams(spec)).instruction();
        await expectRejected(m.world, keys(spec), () => m.world.send(withData(ix, ix.data.subarray(0, ix.data.length - 1)), [operator.keypair]), "InstructionDidNotDeserialize");
        await expectRejected(m.world, keys(spec), () => m.world.send(withData(ix, Buffer.concat([ix.data, Buffer.from([0])])), [operator.keypair]), "InstructionDidNotDeserialize");
      });

      it("while the market is paused", async () => {
        await pauseIx(m.escrow, m.world.admin.publicKey).rpc();
        const spec = m.spec();
        await expectRejected(m.world, keys(spec), () => register(registerParams(spec)), "Paused");
      });
    });
  });

  describe("update_device, lock_payout, unlock_payout", () => {
    let device: PublicKey;
    let newPayout: PublicKey;
    const UNTIL = T0 + 30n * 86_400n;
    const state = async () => (await rentalEscrow.fetchDevice(m.escrow, device))!;
    const update = (price: bigint, status: number, signer = operator.keypair) =>
      updateDeviceIx(m.escrow, signer.publicKey, device, price, status).signers([signer]).rpc();
    const locker = Keypair.generate();
    const lock = (payout: PublicKey, lockerKey = locker, until = UNTIL) =>
      lockPayoutIx(m.escrow, operator.keypair.publicKey, lockerKey.publicKey, device, payout, until).signers([operator.keypair, lockerKey]).rpc();

    beforeEach(async () => {
      device = await m.device(operator);
      // A revenue vault as compute_tokens would own it: an IOSD account of another owner.
      newPayout = await createAta(m.world.provider, m.iosdMint, Keypair.generate().publicKey, TOKEN_PROGRAM_ID);
    });

    it("re-prices and takes the device offline; the payout stays the operator's associated account", async () => {
      await update(2n * PRICE, DeviceStatus.Offline);
      const s = await state();
      expect(big(s.pricePerGpuHour)).to.equal(2n * PRICE);
      expect(s.status).to.equal(DeviceStatus.Offline);
      expect(s.payout.toBase58()).to.equal(operator.iosd.toBase58());
      expect(rentalEscrow.earningsAccount(s).toBase58()).to.equal(operator.iosd.toBase58());
    });

    it("rejects a stranger, a bad status and a zero price, changing nothing", async () => {
      const stranger = Keypair.generate();
      await expectRejected(m.world, [device], () => update(PRICE, 0, stranger), "NotOperator");
      await expectRejected(m.world, [device], () => update(PRICE, 2), "InvalidStatus");
      await expectRejected(m.world, [device], () => update(0n, 0), "InvalidPrice");
    });

    it("locks the earnings until a date: only the locker can unlock, then they go back to the operator", async () => {
      await lock(newPayout);
      let s = await state();
      expect([s.payout, s.lockedPayout, s.payoutLocker].map((k) => k.toBase58())).to.deep.equal([operator.iosd, newPayout, locker.publicKey].map((k) => k.toBase58()));
      expect(big(s.lockedUntil)).to.equal(UNTIL);
      expect(rentalEscrow.earningsAccount(s).toBase58()).to.equal(newPayout.toBase58());

      await expectRejected(m.world, [device], () => lock(operator.iosd, Keypair.generate()), "PayoutLocked");
      const intruder = Keypair.generate();
      await expectRejected(m.world, [device], () => unlockPayoutIx(m.escrow, intruder.publicKey, device).signers([intruder]).rpc(), "NotPayoutLocker");
      const ix = await unlockPayoutIx(m.escrow, locker.publicKey, device).instruction();
      await expectRejected(m.world, [device], () => m.world.send(withoutSigner(ix, 0)), "ConstraintSigner");
      const deregister = deregisterDeviceIx(m.escrow, operator.keypair.publicKey, device).signers([operator.keypair]);
      await expectRejected(m.world, [device, ...stakingKeys()], () => deregister.rpc(), "PayoutLocked");
      // Re-pricing and going offline stay possible while locked.
      await update(3n * PRICE, DeviceStatus.Offline);

      await unlockPayoutIx(m.escrow, locker.publicKey, device).signers([locker]).rpc();
      s = await state();
      expect([s.payoutLocker, s.lockedPayout].map((k) => k.toBase58())).to.deep.equal([PublicKey.default.toBase58(), PublicKey.default.toBase58()]);
      expect(rentalEscrow.earningsAccount(s).toBase58()).to.equal(operator.iosd.toBase58());
      await expectRejected(m.world, [device], () => unlockPayoutIx(m.escrow, locker.publicKey, device).signers([locker]).rpc(), "PayoutNotLocked");
    });

    it("no rental may run past the lock's term: create and extend refuse, and a lock is refused over a longer rental", async () => {
      const renter = await m.renter();
      await lock(newPayout, locker, T0 + 10n * HOUR);
      const keys = [device, renter.iosd];
      await expectRejected(m.world, keys, () => m.client.rent(renter.keypair, device, 10n * HOUR + 1n, PRICE), "RentalPastPayoutLock");
      const { rental } = await m.client.rent(renter.keypair, device, 10n * HOUR, PRICE);
      await expectRejected(m.world, [...keys, rental], () => m.client.extend(renter.keypair, rental, 1n), "RentalPastPayoutLock");
      // A rental booked before a lock and ending after its term would pay the next term's revenue into it.
      await unlockPayoutIx(m.escrow, locker.publicKey, device).signers([locker]).rpc();
      await expectRejected(m.world, [device], () => lock(newPayout, locker, T0 + 10n * HOUR - 1n), "RentalPastPayoutLock");
    });

    it("lock_payout needs both the operator and the locker, and a payout of the device's mint", async () => {
      const ix = await lockPayoutIx(m.escrow, operator.keypair.publicKey, locker.publicKey, device, newPayout, UNTIL).instruction();
      await expectRejected(m.world, [device], () => m.world.send(withoutSigner(ix, 1), [operator.keypair]), "ConstraintSigner");
      await expectRejected(m.world, [device], () => m.world.send(withoutSigner(ix, 0), [locker]), "ConstraintSigner");
      await expectRejected(m.world, [device], () => lock(operator.io), "ConstraintTokenMint");
    });
  });

  describe("deregister_device", () => {
    it("releases the device's bond (its bond account's rent back) and keeps the device, marked deregistered", async () => {
      const device = await m.device(operator);
      expect(await bonded()).to.equal(1_600n * IO);
      const bondRent = await m.lamports(ioStakingPdas.deviceBond(device));
      const before = await m.lamports(operator.keypair.publicKey);
      await deregisterDeviceIx(m.escrow, operator.keypair.publicKey, device).signers([operator.keypair]).rpc();
      const state = (await rentalEscrow.fetchDevice(m.escrow, device))!;
      expect(state.status).to.equal(DeviceStatus.Deregistered);
      expect(await m.world.provider.connection.getAccountInfo(ioStakingPdas.deviceBond(device))).to.equal(null);
      expect(await bonded()).to.equal(0n);
      expect(big((await fetchStakingConfig(m.world.staking)).totalBonded)).to.equal(0n);
      expect(await m.lamports(operator.keypair.publicKey)).to.equal(before + bondRent);
      // The stake is free again: it can be unstaked.
      await m.world.stakingClient.requestUnstake(operator.keypair, 2_000n * IO);
      // A deregistered device is neither rentable, updatable nor deregistered twice.
      const renter = await m.renter();
      await expectRejected(m.world, [device, renter.iosd], () => m.client.rent(renter.keypair, device, HOUR, PRICE), "DeviceUnavailable");
      await expectRejected(m.world, [device], () => updateDeviceIx(m.escrow, operator.keypair.publicKey, device, PRICE, 0).signers([operator.keypair]).rpc(), "DeviceDeregistered");
      await expectRejected(m.world, [device], () => deregisterDeviceIx(m.escrow, operator.keypair.publicKey, device).signers([operator.keypair]).rpc(), "DeviceDeregistered");
    });

    it("rejects a stranger and another operator's position, changing nothing", async () => {
      const device = await m.device(operator);
      const stranger = await m.operator(2_000n);
      const keys = [device, ...stakingKeys(), ...stakingKeys(stranger)];
      const ix = await deregisterDeviceIx(m.escrow, stranger.keypair.publicKey, device).instruction();
      await expectRejected(m.world, keys, () => m.world.send(ix, [stranger.keypair]), "NotOperator");
      const own = await deregisterDeviceIx(m.escrow, operator.keypair.publicKey, device).instruction();
      await expectRejected(m.world, keys, () => m.world.send(withAccount(own, 4, positionPda(stranger.keypair.publicKey)), [operator.keypair]), "WrongStakePosition");
    });
  });
});
