// The network at a glance, read from the four programs' accounts: what `io-compute stats` prints and the explorer's
// overview shows.
import type { Provider } from "@coral-xyz/anchor";
import * as computeTokens from "./computeTokens";
import * as ioStaking from "./ioStaking";
import * as iosd from "./iosd";
import * as rentalEscrow from "./rentalEscrow";
import { mintSupply } from "./token";
import { big } from "./util";

export interface NetworkStats {
  /** Devices registered and not deregistered, their GPUs, and the GPUs of those rented at `now`. */
  devices: number;
  gpus: number;
  gpusRented: number;
  ioStaked: bigint;
  ioBonded: bigint;
  /** IO paid out by the emission schedule so far (0 before it starts). */
  ioEmitted: bigint;
  iosdSupply: bigint;
  /** IO burned in all: to mint IOSD, and fees paid in IO. */
  ioBurnedForIosd: bigint;
  ioBurnedInFees: bigint;
  tokenizedDevices: number;
  /** Revenue ever synced into share pools. */
  tokenizedRevenue: bigint;
  bonds: number;
  cashFlowNfts: number;
  nftRevenue: bigint;
}

export async function fetchNetworkStats(provider: Provider, now: bigint): Promise<NetworkStats> {
  const escrow = rentalEscrow.rentalEscrowProgram(provider);
  const tokens = computeTokens.computeTokensProgram(provider);
  const [devices, market, config, iosdConfig, pools, bonds, nfts] = await Promise.all([
    escrow.account.device.all(),
    rentalEscrow.fetchMarket(escrow),
    ioStaking.fetchStakingConfig(ioStaking.ioStakingProgram(provider)),
    iosd.fetchIosdConfig(iosd.iosdProgram(provider)),
    tokens.account.pool.all(),
    tokens.account.bond.all(),
    tokens.account.nftPool.all(),
  ]);
  const listed = devices.filter((d) => d.account.status !== rentalEscrow.DeviceStatus.Deregistered);
  const rented = listed.filter((d) => big(d.account.rentedUntil) > now);
  return {
    devices: listed.length,
    gpus: listed.reduce((n, d) => n + d.account.gpuCount, 0),
    gpusRented: rented.reduce((n, d) => n + d.account.gpuCount, 0),
    ioStaked: big(config.totalStaked),
    ioBonded: big(config.totalBonded),
    ioEmitted: big(config.emissionPaid),
    iosdSupply: await mintSupply(provider, iosd.iosdPdas.iosdMint(), iosdConfig.iosdTokenProgram),
    ioBurnedForIosd: big(iosdConfig.totalIoBurned),
    ioBurnedInFees: big(market.ioFeesBurned),
    tokenizedDevices: pools.length,
    tokenizedRevenue: pools.reduce((n, p) => n + big(p.account.totalInflow), 0n),
    bonds: bonds.length,
    cashFlowNfts: nfts.length,
    nftRevenue: nfts.reduce((n, p) => n + big(p.account.totalInflow), 0n),
  };
}
