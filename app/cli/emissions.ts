// `emissions status|crank`: io.net's IO emission schedule in io_staking; `supplier status|claim`: a device's share of
// the suppliers' part, for the GPU time it served.
import { Command } from "commander";
import { big, ioStaking, tokenBalance } from "@io-compute/sdk";
import { CliError, command, ioText, pubkey, table } from "./session";

export function register(program: Command) {
  registerEmissions(program);
  registerSupplier(program);
}

function registerEmissions(program: Command) {
  const emissions = program.command("emissions").description("io.net's IO emission schedule");
  command(emissions, "status", "the schedule so far: epochs, IO scheduled and paid, the split, what a crank would pay now", async (s) => {
    const config = await s.stakingConfig();
    const now = await s.now();
    const held = big(config.emissionGenesis) === 0n ? 0n : await tokenBalance(s.provider, config.emissionVault, config.tokenProgram);
    const due = ioStaking.emissionDue(config, now, held);
    if (!due) throw new CliError("the emission schedule has not been started: run `io-compute deploy` with an `emissions` section");
    const data = {
      genesis: big(config.emissionGenesis),
      epochs: due.epochs,
      lastEpoch: ioStaking.LAST_EPOCH,
      scheduled: due.scheduled,
      paid: big(config.emissionPaid),
      toStakers: big(config.emissionToStakers),
      toSuppliers: big(config.emissionToSuppliers),
      stakerBps: config.emissionStakerBps,
      vault: held,
      dueNow: due.toStakers + due.toSuppliers,
      shortfall: due.shortfall,
    };
    const d = config.ioDecimals;
    s.print(data, () =>
      table(
        ["", ""],
        [
          ["epochs elapsed", `${data.epochs} of ${data.lastEpoch} (hourly since ${new Date(Number(data.genesis) * 1000).toISOString()})`],
          ["scheduled so far", ioText(data.scheduled, d)],
          [
            "paid",
            `${ioText(data.paid, d)} (stakers ${ioText(data.toStakers, d)}, suppliers ${ioText(data.toSuppliers, d)}; stakers' share ${data.stakerBps / 100}%)`,
          ],
          ["emission vault", ioText(data.vault, d)],
          ["a crank now pays", `${ioText(data.dueNow, d)}${data.shortfall > 0n ? `; ${ioText(data.shortfall, d)} short (the vault needs IO)` : ""}`],
        ],
      ),
    );
  });
  command(emissions, "crank", "pay what the schedule owes since the last crank (anyone)", async (s) => {
    const signature = await s.staking().crankEmissions();
    const event = s.lastEvents().find((e) => e.name === "emissionsCranked")!.data as Record<string, { toString(): string }>;
    const [epochs, paid, toStakers, toSuppliers, shortfall] = ["epochs", "paid", "toStakers", "toSuppliers", "shortfall"].map((k) =>
      BigInt(event[k].toString()),
    );
    const d = (await s.stakingConfig()).ioDecimals;
    s.print(
      { signature, epochs, paid, toStakers, toSuppliers, shortfall },
      () =>
        `paid ${ioText(paid, d)} through epoch ${epochs} (stakers ${ioText(toStakers, d)}, suppliers ${ioText(toSuppliers, d)})${shortfall > 0n ? `; ${ioText(shortfall, d)} short` : ""}`,
    );
  });
  command(emissions, "sweep-unserved", "admin: ended days' supplier emission nobody was paid for service in, to io_staking's treasury", async (s) => {
    const signature = await s.escrow().sweepUnservedEmissions(s.signer);
    const event = s.lastEvents().find((e) => e.name === "unservedEmissionsSwept")!.data as Record<string, { toString(): string }>;
    const [amount, swept] = ["amount", "swept"].map((k) => BigInt(event[k].toString()));
    const d = (await s.stakingConfig()).ioDecimals;
    s.print({ signature, amount, swept }, () => `swept ${ioText(amount, d)} to io_staking's treasury (${ioText(swept, d)} in all)`);
  });
  command(emissions, "withdraw-surplus", "admin: what the emission vault holds beyond what the schedule still owes, to the treasury", async (s) => {
    const signature = await s.staking().withdrawEmissionSurplus(s.signer);
    const event = s.lastEvents().find((e) => e.name === "emissionSurplusWithdrawn")!.data as Record<string, { toString(): string }>;
    const amount = BigInt(event.amount.toString());
    const d = (await s.stakingConfig()).ioDecimals;
    s.print({ signature, amount }, () => `withdrew ${ioText(amount, d)} to the treasury`);
  });
}

/** `supplier status|claim <device>` */
function registerSupplier(program: Command) {
  const supplier = program.command("supplier").description("supplier emissions: IO for the GPU time a device served");
  command(supplier, "status <device>", "a device's GPU-seconds counted, IO earned, claimable and claimed", async (s, text: string) => {
    const key = pubkey(text, "device");
    const e = await s.escrow().supplierEmissions(key, await s.now());
    const d = (await s.stakingConfig()).ioDecimals;
    s.print({ device: key, ...e }, () =>
      table(
        ["", ""],
        [
          ["GPU-seconds counted", e.gpuSeconds.toString()],
          ["today so far", `${e.currentPoints} GPU-seconds, about ${ioText(e.currentEstimate, d)} at today's totals`],
          ["earned, unclaimed", `${ioText(e.owed, d)}${e.owed > 0n && !e.claimable ? " (waiting for the emissions crank)" : ""}`],
          ["claimed", ioText(e.claimed, d)],
        ],
      ),
    );
  });
  command(supplier, "claim <device>", "claim a device's supplier emissions into your IO account (its operator)", async (s, text: string) => {
    const key = pubkey(text, "device");
    const signature = await s.escrow().claimSupplierEmissions(s.signer, key);
    const event = s.lastEvents().find((e) => e.name === "supplierEmissionsClaimed")!.data as Record<string, { toString(): string }>;
    const [amount, claimed] = ["amount", "claimed"].map((k) => BigInt(event[k].toString()));
    const d = (await s.stakingConfig()).ioDecimals;
    s.print({ signature, device: key, amount, claimed }, () => `claimed ${ioText(amount, d)} for ${key.toBase58()} (${ioText(claimed, d)} in all)`);
  });
}
