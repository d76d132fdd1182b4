// Devices, the market search, rentals and the arbiter.
import { Command, Option } from "commander";
import { PublicKey } from "@solana/web3.js";
import { big, createAta, formatUnits, rentalEscrow } from "@io-compute/sdk";
import { amount, command, CliError, duration, IOSD_DECIMALS, loadDevice, paymentDecimals, pubkey, table } from "./session";

export function register(program: Command) {
  const device = program.command("device").description("GPU machines: list yours, see any");
  command(device, "register", "list a GPU machine (its stake is bonded from your position)", async (s, o: Record<string, string>) => {
    const config = await s.stakingConfig();
    const market = await s.escrow().market();
    const paymentMint = o.pay === "io" ? config.ioMint : market.iosdMint;
    const spec: rentalEscrow.DeviceSpec = {
      deviceId: BigInt(o.id),
      deviceClass: Number(o.class),
      gpuCount: Number(o.gpus),
      vramGb: Number(o.vram),
      region: o.region,
      pricePerGpuHour: amount(o.price, o.pay === "io" ? config.ioDecimals : IOSD_DECIMALS),
    };
    const tokenProgram = o.pay === "io" ? config.tokenProgram : market.iosdTokenProgram;
    const payout = await createAta(s.provider, paymentMint, s.signer.publicKey, tokenProgram);
    const key = await s.escrow().registerDevice(s.signer, spec, paymentMint, payout);
    s.print({ device: key, ...spec }, () => `registered ${key.toBase58()}`);
  })
    .requiredOption("--id <n>", "device id (yours to choose)")
    .requiredOption("--class <n>", "device class (0-3)")
    .requiredOption("--gpus <n>", "GPU count")
    .requiredOption("--vram <gb>", "VRAM per GPU in GB")
    .requiredOption("--region <region>", "region, up to 16 bytes")
    .requiredOption("--price <amount>", "price per GPU-hour in the payment token")
    .addOption(new Option("--pay <token>", "payment token").choices(["iosd", "io"]).default("iosd"));
  command(device, "show <device>", "one device: spec, price, status, reputation, bond", async (s, text: string) => {
    const key = pubkey(text, "device");
    const d = await loadDevice(s, key);
    const bonded = await s.escrow().bonded(key);
    s.print({ device: key, ...d, bonded }, () =>
      table(
        ["", ""],
        [
          ["device", key.toBase58()],
          ["spec", `${d.gpuCount} GPUs x ${d.vramGb} GB, class ${d.deviceClass}, ${rentalEscrow.decodeRegion(d.region)}`],
          ["price per GPU-hour", big(d.pricePerGpuHour).toString()],
          ["status", Object.entries(rentalEscrow.DeviceStatus).find(([, v]) => v === d.status)?.[0] ?? String(d.status)],
          ["score", `${d.scoreBps / 100}%`],
          ["bonded", bonded.toString()],
        ],
      ),
    );
  });

  command(
    device,
    "update <device>",
    "change a device's price or take it offline / back to available",
    async (s, text: string, o: { price?: string; status?: string }) => {
      const key = pubkey(text, "device");
      const d = await loadDevice(s, key);
      const price = o.price === undefined ? big(d.pricePerGpuHour) : amount(o.price, await paymentDecimals(s, d));
      const status = o.status === undefined ? d.status : o.status === "offline" ? rentalEscrow.DeviceStatus.Offline : rentalEscrow.DeviceStatus.Available;
      const signature = await rentalEscrow
        .updateDeviceIx(rentalEscrow.rentalEscrowProgram(s.provider), s.signer.publicKey, key, price, status)
        .signers([s.signer])
        .rpc();
      s.print({ signature, device: key, pricePerGpuHour: price, status }, () => `updated ${key.toBase58()}`);
    },
  )
    .option("--price <amount>", "new price per GPU-hour")
    .addOption(new Option("--status <status>", "availability").choices(["available", "offline"]));
  command(device, "deregister <device>", "delist a device: its bond is released (its reputation stays)", async (s, text: string) => {
    const key = pubkey(text, "device");
    await loadDevice(s, key);
    const signature = await rentalEscrow.deregisterDeviceIx(rentalEscrow.rentalEscrowProgram(s.provider), s.signer.publicKey, key).signers([s.signer]).rpc();
    s.print({ signature, device: key }, () => `deregistered ${key.toBase58()}`);
  });
  command(device, "list [operator]", "an operator's devices (yours by default)", async (s, owner?: string) => {
    const operator = owner ? pubkey(owner, "operator") : s.signer.publicKey;
    const all = await rentalEscrow.rentalEscrowProgram(s.provider).account.device.all([{ memcmp: { offset: 8, bytes: operator.toBase58() } }]);
    const rows = all.map((d) => ({
      device: d.publicKey,
      id: big(d.account.deviceId),
      gpus: d.account.gpuCount,
      class: d.account.deviceClass,
      status: d.account.status,
      rentedUntil: big(d.account.rentedUntil),
    }));
    s.print({ devices: rows }, () =>
      table(
        ["device", "id", "GPUs", "class", "status", "rented until"],
        rows.map((r) => [r.device.toBase58(), r.id.toString(), r.gpus, r.class, r.status, r.rentedUntil.toString()]),
      ),
    );
  });

  command(
    program,
    "rent <devices...>",
    "book one device, or several as a cluster in one transaction",
    async (s, texts: string[], o: { for: string; maxPrice: string }) => {
      const devices = texts.map((t) => pubkey(t, "device"));
      const first = await loadDevice(s, devices[0]);
      const maxPrice = amount(o.maxPrice, await paymentDecimals(s, first));
      const bookings = await s.escrow().bookCluster(s.signer, devices, duration(o.for), maxPrice);
      s.print({ rentals: bookings.map((b) => b.rental) }, () =>
        bookings.map((b, i) => `rented ${devices[i].toBase58()}: rental ${b.rental.toBase58()}`).join("\n"),
      );
    },
  )
    .requiredOption("--for <duration>", "how long (90s, 15m, 2h, 3d)")
    .requiredOption("--max-price <amount>", "the most you pay per GPU-hour");

  const rental = program.command("rental").description("a rental: settle, extend, cancel, complete, dispute, show");
  command(rental, "show <rental>", "a rental: device, renter, times, escrowed and released amounts", async (s, text: string) => {
    const key = pubkey(text, "rental");
    const r = await s
      .escrow()
      .rental(key)
      .catch(() => {
        throw new CliError(`no rental at ${key.toBase58()} (completed and cancelled rentals are closed)`);
      });
    const now = await s.now();
    const data = {
      rental: key,
      device: r.device,
      renter: r.renter,
      start: big(r.start),
      end: big(r.end),
      deposited: big(r.deposited),
      released: big(r.released),
      streamed: rentalEscrow.streamed(r, now),
      disputed: r.disputed,
    };
    s.print(data, () =>
      table(
        ["", ""],
        Object.entries(data).map(([k, v]) => [k, v instanceof PublicKey ? v.toBase58() : String(v)]),
      ),
    );
  });
  command(rental, "settle <rental>", "pay the operator what streamed one dispute window ago (anyone)", async (s, text: string) => {
    const signature = await s.escrow().settle(pubkey(text, "rental"));
    s.print({ signature }, () => "settled");
  });
  command(rental, "extend <rental>", "rent longer, paying the extra time into escrow", async (s, text: string, o: { by: string }) => {
    const signature = await s.escrow().extend(s.signer, pubkey(text, "rental"), duration(o.by));
    s.print({ signature }, () => `extended by ${o.by}`);
  }).requiredOption("--by <duration>", "extra time");
  command(rental, "cancel <rental>", "stop now: the operator is paid what streamed, the rest is refunded", async (s, text: string) => {
    const signature = await s.escrow().cancel(s.signer, pubkey(text, "rental"));
    s.print({ signature }, () => "cancelled");
  });
  command(rental, "complete <rental>", "close a rental that ended (anyone, once its dispute window passed)", async (s, text: string) => {
    const signature = await s.escrow().complete(s.signer, pubkey(text, "rental"));
    s.print({ signature }, () => "completed");
  });
  command(rental, "dispute <rental>", "dispute a rental (its renter): the stream stops until the arbiter resolves it", async (s, text: string) => {
    const signature = await s.escrow().openDispute(s.signer, pubkey(text, "rental"));
    s.print({ signature }, () => "dispute opened");
  });
  const arbiter = program.command("arbiter").description("the market's arbiter");
  command(
    arbiter,
    "resolve <rental>",
    "resolve a dispute: the renter's share of what is left, and a slash of the operator's bond",
    async (s, text: string, o: { renterBps: string; slash: string }) => {
      const slash = await s.io(o.slash);
      const signature = await s.escrow().resolveDispute(s.signer, pubkey(text, "rental"), Number(o.renterBps), slash);
      s.print({ signature, renterShareBps: Number(o.renterBps), slash }, () => "resolved");
    },
  )
    .requiredOption("--renter-bps <bps>", "the renter's share of the escrow left, in bps")
    .option("--slash <io>", "IO to slash from the operator's bond", "0");

  const market = program.command("market").description("the marketplace");
  command(market, "search", "devices matching the filters, ranked as the SDK ranks them", async (s, o: Record<string, string | undefined>) => {
    const ranked = await s.escrow().search({
      deviceClass: o.class === undefined ? undefined : Number(o.class),
      region: o.region,
      minGpus: o.minGpus === undefined ? undefined : Number(o.minGpus),
    });
    const now = await s.now();
    const m = await s.escrow().market();
    const rows = ranked.map((d) => {
      const end = rentalEscrow.priorityWindowEnd(m, d.account);
      return {
        device: d.publicKey,
        gpus: d.account.gpuCount,
        class: d.account.deviceClass,
        region: rentalEscrow.decodeRegion(d.account.region),
        pricePerGpuHour: big(d.account.pricePerGpuHour),
        scoreBps: d.account.scoreBps,
        stakeMultipleBps: d.multipleBps,
        rank: d.rank,
        priorityUntil: end !== null && end > now ? end : null,
      };
    });
    s.print({ devices: rows }, () =>
      table(
        ["#", "device", "GPUs", "class", "region", "price/GPU-h", "score", "stake x", "priority until"],
        rows.map((r, i) => [
          i + 1,
          r.device.toBase58(),
          r.gpus,
          r.class,
          r.region,
          formatUnits(r.pricePerGpuHour, IOSD_DECIMALS),
          `${r.scoreBps / 100}%`,
          formatUnits(r.stakeMultipleBps, 4),
          r.priorityUntil === null ? "-" : new Date(Number(r.priorityUntil) * 1000).toISOString(),
        ]),
      ),
    );
  })
    .option("--class <n>", "device class")
    .option("--region <region>", "region")
    .option("--min-gpus <n>", "at least this many GPUs");
}
