// `deploy`: the four programs through the upgradeable loader on a cluster (on the embedded ledger they are loaded
// at its creation), then their initialization from a config file. Both halves are idempotent.
import * as path from "path";
import { Command } from "commander";
import { Presets, SingleBar } from "cli-progress";
import { formatUnits } from "@io-compute/sdk";
import { initializeAll, readConfig } from "../../migrations/deploy";
import { deploymentCost, deployPrograms, ProgramStep } from "../../migrations/programs";
import { command, table } from "./session";

export function register(program: Command) {
  command(
    program,
    "deploy",
    "deploy the four programs (on a cluster) and initialize them in dependency order from a config file (idempotent)",
    async (s, opts: { config: string }) => {
      const config = readConfig(opts.config);
      let programs: ProgramStep[] = [];
      if (!s.embedded) {
        const cost = await deploymentCost(s.provider.connection);
        await s.confirm(
          `deploy to ${s.provider.connection.rpcEndpoint} as ${s.signer.publicKey.toBase58()} (up to ${formatUnits(cost, 9)} SOL for a first deployment)?`,
        );
        const bar = s.globals.json ? null : new SingleBar({ format: "{program} [{bar}] {value}/{total} buffer writes", hideCursor: true }, Presets.legacy);
        let current = "";
        programs = await deployPrograms(s.provider.connection, s.signer, (name, confirmed, total) => {
          if (name !== current) {
            bar?.stop();
            bar?.start(total, 0, { program: name });
            current = name;
          }
          bar?.update(confirmed, { program: name });
        });
        bar?.stop();
      }
      const steps = await initializeAll(s.provider, s.signer, config, s.umi());
      s.print({ programs, steps }, () =>
        table(
          ["program", "result", "detail"],
          [...programs, ...steps].map((x) => [x.program, x.action, x.detail]),
        ),
      );
    },
  ).option("-c, --config <file>", "deployment config (migrations/config/)", path.join(__dirname, "..", "..", "migrations", "config", "localnet.json"));
}
