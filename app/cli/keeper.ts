// `keeper run`: the cranks anyone may run, in bounded batches (rentals, pools, bonds, the emission schedule).
import { Command } from "commander";
import { Presets, SingleBar } from "cli-progress";
import { big, computeTokens, ioStaking, rentalEscrow, tokenBalance } from "@io-compute/sdk";
import { CliError, command, describeError, table } from "./session";

const { BondStatus } = computeTokens;

export function register(program: Command) {
  const keeper = program.command("keeper").description("cranks anyone may run");
  command(keeper, "run", "settle every settleable rental, complete every finished one, sync every pool and bond", async (s, o: { batch: string }) => {
    if (!/^[1-9]\d*$/.test(o.batch.trim())) throw new CliError(`--batch must be a whole number of transactions, not "${o.batch}"`);
    const size = Number(o.batch.trim());
    const now = await s.now();
    const escrow = s.escrow();
    const rentals = await rentalEscrow.rentalEscrowProgram(s.provider).account.rental.all();
    const ct = computeTokens.computeTokensProgram(s.provider);
    // Share pools and cash-flow NFT pools sync the same way.
    const pools = [...(await ct.account.pool.all()), ...(await ct.account.nftPool.all())];
    const bonds = (await ct.account.bond.all()).filter((b) => b.account.status !== BondStatus.Failed && b.account.status !== BondStatus.Closed);
    const config = await computeTokens.fetchComputeTokensConfig(ct);
    const bondKeeper = s.bonds().keeper();
    const stakingConfig = await s.stakingConfig();
    type Outcome = "settled" | "completed" | "synced" | "bondActions" | "emissions" | null;
    // Rentals first: what they settle reaches the pools' vaults before the pools sync.
    const phases: (() => Promise<Outcome>)[][] = [
      rentals.map(({ publicKey, account }) => async () => {
        const ended = now >= big(account.end) + big(account.disputeWindow) && !account.disputed;
        if (ended) return (await escrow.complete(s.signer, publicKey), "completed");
        if (rentalEscrow.settleable(account, now) > 0n) return (await escrow.settle(publicKey), "settled");
        return null;
      }),
      [
        ...pools.map(({ publicKey, account }) => async (): Promise<Outcome> => {
          const balance = await tokenBalance(s.provider, account.vault, config.iosdTokenProgram);
          if (balance <= big(account.vaultBalance)) return null;
          await computeTokens.syncRevenueIx(ct, publicKey, account, config.iosdTokenProgram, config.iosdMint).rpc();
          return "synced";
        }),
        // A bond's crank syncs it and does whatever else is due (closing a subscription, a default, the close).
        ...bonds.map(
          ({ publicKey }) =>
            async (): Promise<Outcome> =>
              (await bondKeeper.crank(publicKey)).length > 0 ? "bondActions" : null,
        ),
        // The emission schedule, when an epoch has ended since the last crank and the vault holds something.
        async (): Promise<Outcome> => {
          if (big(stakingConfig.emissionGenesis) === 0n) return null;
          const held = await tokenBalance(s.provider, stakingConfig.emissionVault, stakingConfig.tokenProgram);
          const due = ioStaking.emissionDue(stakingConfig, now, held);
          if (!due || due.owed === 0n) return null;
          await s.staking().crankEmissions();
          return "emissions";
        },
      ],
    ];
    const total = phases.reduce((n, p) => n + p.length, 0);
    const done = { settled: 0, completed: 0, synced: 0, bondActions: 0, emissions: 0 };
    const failures: string[] = [];
    const bar = s.globals.json ? null : new SingleBar({ format: "keeper [{bar}] {value}/{total} {task}", hideCursor: true }, Presets.legacy);
    bar?.start(total, 0, { task: "" });
    // Bounded batches: at most --batch transactions in flight (one at a time on the embedded ledger).
    let finished = 0;
    for (const tasks of phases) {
      for (let i = 0; i < tasks.length; i += size) {
        const batch = tasks.slice(i, i + size);
        const results = await Promise.allSettled(batch.map((task) => task()));
        for (const r of results) {
          if (r.status === "rejected") failures.push(describeError(r.reason));
          else if (r.value) done[r.value] += 1;
        }
        finished += batch.length;
        bar?.update(finished, {
          task: `${done.settled} settled, ${done.completed} completed, ${done.synced} synced, ${done.bondActions} bonds cranked, ${done.emissions} emission cranks`,
        });
      }
    }
    bar?.stop();
    s.print({ rentals: rentals.length, pools: pools.length, bonds: bonds.length, ...done, failed: failures.length, failures }, () =>
      [
        table(
          ["looked at", "settled", "completed", "synced", "bonds cranked", "emissions cranked", "failed"],
          [
            [
              `${rentals.length} rentals, ${pools.length} pools, ${bonds.length} bonds`,
              done.settled,
              done.completed,
              done.synced,
              done.bondActions,
              done.emissions,
              failures.length,
            ],
          ],
        ),
        ...failures.map((f) => `failed: ${f}`),
      ].join("\n"),
    );
  }).option("--batch <n>", "transactions in flight at once", "8");
}
