// `emissions status|crank`: io.net's IO emission schedule in io_staking.
import { Command } from "commander";
import { big, ioStaking, tokenBalance } from "@io-compute/sdk";
import { CliError, command, ioText, table } from "./session";

export function register(program: Command) {
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
          ["paid", `${ioText(data.paid, d)} (stakers ${ioText(data.toStakers, d)}, suppliers ${ioText(data.toSuppliers, d)}; stakers' share ${data.stakerBps / 100}%)`],
          ["emission vault", ioText(data.vault, d)],
          ["a crank now pays", `${ioText(data.dueNow, d)}${data.shortfall > 0n ? `; ${ioText(data.shortfall, d)} short (the vault needs IO)` : ""}`],
        ],
      ),
    );
  });
  command(emissions, "crank", "pay what the schedule owes since the last crank (anyone)", async (s) => {
    const signature = await s.staking().crankEmissions();
    const event = s.lastEvents().find((e) => e.name === "emissionsCranked")!.data as Record<string, { toString(): string }>;
    const [epochs, paid, toStakers, toSuppliers, shortfall] = ["epochs", "paid", "toStakers", "toSuppliers", "shortfall"].map((k) => BigInt(event[k].toString()));
    const d = (await s.stakingConfig()).ioDecimals;
    s.print({ signature, epochs, paid, toStakers, toSuppliers, shortfall }, () =>
      `paid ${ioText(paid, d)} through epoch ${epochs} (stakers ${ioText(toStakers, d)}, suppliers ${ioText(toSuppliers, d)})${shortfall > 0n ? `; ${ioText(shortfall, d)} short` : ""}`,
    );
  });
}
