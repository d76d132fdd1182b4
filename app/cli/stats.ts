// `stats`: the network at a glance.
import { Command } from "commander";
import { getMint } from "@solana/spl-token";
import { big, computeTokens, iosd, rentalEscrow } from "@io-compute/sdk";
import { command, ioText, table, usdText } from "./session";

export function register(program: Command) {
  command(program, "stats", "the network at a glance", async (s) => {
    const devices = await rentalEscrow.rentalEscrowProgram(s.provider).account.device.all();
    const config = await s.stakingConfig();
    const iosdConfig = await iosd.fetchIosdConfig(iosd.iosdProgram(s.provider));
    const iosdSupply = (await getMint(s.provider.connection, iosd.iosdPdas.iosdMint(), "confirmed", iosdConfig.iosdTokenProgram)).supply;
    const now = await s.now();
    const listed = devices.filter((d) => d.account.status !== rentalEscrow.DeviceStatus.Deregistered);
    const rented = listed.filter((d) => big(d.account.rentedUntil) > now);
    const pools = await computeTokens.computeTokensProgram(s.provider).account.pool.all();
    const bonds = await computeTokens.computeTokensProgram(s.provider).account.bond.all();
    const nfts = await computeTokens.computeTokensProgram(s.provider).account.nftPool.all();
    const data = {
      devices: listed.length,
      gpus: listed.reduce((n, d) => n + d.account.gpuCount, 0),
      gpusRented: rented.reduce((n, d) => n + d.account.gpuCount, 0),
      ioStaked: big(config.totalStaked),
      ioBonded: big(config.totalBonded),
      iosdSupply,
      ioBurnedForIosd: big(iosdConfig.totalIoBurned),
      tokenizedDevices: pools.length,
      tokenizedRevenue: pools.reduce((n, p) => n + big(p.account.totalInflow), 0n),
      bonds: bonds.length,
      cashFlowNfts: nfts.length,
      nftRevenue: nfts.reduce((n, p) => n + big(p.account.totalInflow), 0n),
    };
    const d = config.ioDecimals;
    s.print(data, () =>
      table(
        ["", ""],
        [
          ["devices listed", `${data.devices} (${data.gpus} GPUs, ${data.gpusRented} rented now)`],
          ["IO staked", `${ioText(data.ioStaked, d)} (${ioText(data.ioBonded, d)} bonded by devices)`],
          ["IOSD supply", usdText(data.iosdSupply)],
          ["IO burned for IOSD", ioText(data.ioBurnedForIosd, d)],
          ["tokenized devices", `${data.tokenizedDevices} (revenue ${usdText(data.tokenizedRevenue)}), ${data.bonds} bonds`],
          ["cash-flow NFTs", `${data.cashFlowNfts} (revenue ${usdText(data.nftRevenue)})`],
        ],
      ),
    );
  });
}
