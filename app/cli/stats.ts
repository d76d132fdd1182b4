// `stats`: the network at a glance.
import { Command } from "commander";
import { fetchNetworkStats } from "@io-compute/sdk";
import { command, ioText, table, usdText } from "./session";

export function register(program: Command) {
  command(program, "stats", "the network at a glance", async (s) => {
    const config = await s.stakingConfig();
    const data = await fetchNetworkStats(s.provider, await s.now());
    const d = config.ioDecimals;
    s.print({ ...data }, () =>
      table(
        ["", ""],
        [
          ["devices listed", `${data.devices} (${data.gpus} GPUs, ${data.gpusRented} rented now)`],
          ["IO staked", `${ioText(data.ioStaked, d)} (${ioText(data.ioBonded, d)} bonded by devices)`],
          ["IO emitted", ioText(data.ioEmitted, d)],
          ["IOSD supply", usdText(data.iosdSupply)],
          [
            "IO burned",
            `${ioText(data.ioBurnedForIosd + data.ioBurnedInFees, d)} (${ioText(data.ioBurnedForIosd, d)} to mint IOSD, ${ioText(data.ioBurnedInFees, d)} in fees)`,
          ],
          ["tokenized devices", `${data.tokenizedDevices} (revenue ${usdText(data.tokenizedRevenue)}), ${data.bonds} bonds`],
          ["cash-flow NFTs", `${data.cashFlowNfts} (revenue ${usdText(data.nftRevenue)})`],
        ],
      ),
    );
  });
}
