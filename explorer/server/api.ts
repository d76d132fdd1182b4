// The dashboard's data, one function per page: current state read through the SDK, history from the index.
// Amounts stay exact: bigints become decimal strings in base units (`plain`), with the decimals to show them.
import { PublicKey } from "@solana/web3.js";
import type { BN } from "@coral-xyz/anchor";
import { big, computeTokens, fetchNetworkStats, ioStaking, iosd, mintSupply, rentalEscrow } from "@io-compute/sdk";
import { deriveSeries, HOUR, type Series } from "../indexer/series";
import type { StoredEvent } from "../indexer/store";
import type { ExplorerSource } from "./source";

export const IOSD_DECIMALS = 6;
export const DAY = 86_400;

/** What the dashboard needs to show amounts: decimals and a symbol per mint. */
async function mints(source: ExplorerSource) {
  const market = await rentalEscrow.fetchMarket(rentalEscrow.rentalEscrowProgram(source.provider()));
  const config = await ioStaking.fetchStakingConfig(ioStaking.ioStakingProgram(source.provider()));
  return {
    ioDecimals: config.ioDecimals,
    iosdDecimals: IOSD_DECIMALS,
    mints: {
      [market.ioMint.toBase58()]: { symbol: "IO", decimals: config.ioDecimals },
      [market.iosdMint.toBase58()]: { symbol: "IOSD", decimals: IOSD_DECIMALS },
    } as Record<string, { symbol: string; decimals: number }>,
  };
}

/** Hourly buckets, or daily ones once the history spans more than two weeks (a chart of a few hundred points). */
function series(events: StoredEvent[], now: bigint, bucket?: number): Series {
  const span = events.length > 0 ? Number(now) - events[0].blockTime : 0;
  return deriveSeries(events, Number(now), bucket ?? (span > 14 * DAY ? DAY : HOUR));
}

/** Rows of one series summed over a key (for example GPUs over every class and region), per bucket. */
function sumByTime<T extends { time: number }>(rows: T[], fields: (keyof T)[]): Record<string, unknown>[] {
  const byTime = new Map<number, Record<string, unknown>>();
  for (const row of rows) {
    const sum = byTime.get(row.time) ?? { time: row.time };
    for (const f of fields)
      sum[f as string] =
        typeof row[f] === "bigint"
          ? ((sum[f as string] as bigint | undefined) ?? 0n) + (row[f] as bigint)
          : ((sum[f as string] as number | undefined) ?? 0) + Number(row[f]);
    byTime.set(row.time, sum);
  }
  return [...byTime.values()];
}

export async function overview(source: ExplorerSource, bucket?: number) {
  const now = await source.now();
  const provider = source.provider();
  const stats = await fetchNetworkStats(provider, now);
  const s = series(source.store.events(), now, bucket);
  const units = await mints(source);
  const devices = await rentalEscrow.rentalEscrowProgram(provider).account.device.all();
  const byClassRegion = new Map<string, { deviceClass: number; region: string; gpus: number }>();
  for (const { account } of devices) {
    if (account.status === rentalEscrow.DeviceStatus.Deregistered) continue;
    const region = rentalEscrow.decodeRegion(account.region);
    const key = `${account.deviceClass}|${region}`;
    const row = byClassRegion.get(key) ?? { deviceClass: account.deviceClass, region, gpus: 0 };
    row.gpus += account.gpuCount;
    byClassRegion.set(key, row);
  }
  const fees: Record<string, bigint> = {};
  for (const row of s.rentals) fees[row.paymentMint] = (fees[row.paymentMint] ?? 0n) + row.fees;
  return {
    now,
    ...units,
    stats,
    fees,
    gpusByClassRegion: [...byClassRegion.values()].sort((a, b) => a.deviceClass - b.deviceClass || a.region.localeCompare(b.region)),
    series: {
      bucket: s.bucket,
      gpus: sumByTime(s.gpus, ["listed", "rentedGpuSeconds"]),
      rentals: s.rentals,
      staking: s.staking,
      iosd: s.iosd,
      revenue: sumByTime(s.revenue, ["inflow", "holders", "operator"]),
    },
  };
}

export interface DeviceQuery {
  deviceClass?: number;
  region?: string;
  minGpus?: number;
  maxPricePerGpuHour?: bigint;
  availableOnly?: boolean;
}

/** Devices ranked as the SDK ranks them for renters (reputation, stake behind the device, price). */
export async function devices(source: ExplorerSource, query: DeviceQuery = {}) {
  const now = await source.now();
  const filter: rentalEscrow.DeviceFilter = {
    deviceClass: query.deviceClass,
    region: query.region,
    minGpus: query.minGpus,
    maxPricePerGpuHour: query.maxPricePerGpuHour,
    availableAt: query.availableOnly ? now : undefined,
  };
  const client = rentalEscrow.RentalEscrowClient.forProvider(source.provider());
  const ranked = (await client.search(filter)).filter((d) => d.account.status !== rentalEscrow.DeviceStatus.Deregistered);
  return {
    now,
    ...(await mints(source)),
    devices: ranked.map((d, i) => ({ rank: i + 1, address: d.publicKey, bonded: d.bonded, multipleBps: d.multipleBps, ...deviceFields(d.account, now) })),
  };
}

function deviceFields(account: rentalEscrow.Device, now: bigint) {
  return {
    operator: account.operator,
    deviceId: account.deviceId,
    deviceClass: account.deviceClass,
    gpuCount: account.gpuCount,
    vramGb: account.vramGb,
    region: rentalEscrow.decodeRegion(account.region),
    pricePerGpuHour: account.pricePerGpuHour,
    paymentMint: account.paymentMint,
    status: (["available", "offline", "deregistered"] as const)[account.status] ?? "unknown",
    rentedNow: big(account.rentedUntil) > now,
    rentedUntil: account.rentedUntil,
    scoreBps: account.scoreBps,
    rentalCount: account.rentalCount,
    completedRentals: account.completedRentals,
    secondsServed: account.secondsServed,
    disputesOpened: account.disputesOpened,
    disputesLost: account.disputesLost,
    registeredAt: account.registeredAt,
  };
}

/** One device: its account, its rentals and earnings from the index, and any tokenization of its revenue. */
export async function device(source: ExplorerSource, address: PublicKey) {
  const now = await source.now();
  const provider = source.provider();
  const account = await rentalEscrow.fetchDevice(rentalEscrow.rentalEscrowProgram(provider), address);
  if (!account) return null;
  const events = source.store.events({ program: rentalEscrow.RENTAL_ESCROW_PROGRAM_ID.toBase58() });
  const rentals = new Map<
    string,
    { rental: string; renter: string; start: string; end: string; deposited: bigint; toOperator: bigint; fees: bigint; state: string }
  >();
  for (const e of events) {
    const d = e.data;
    if (e.name === "rentalCreated" && d.device === address.toBase58()) {
      rentals.set(String(d.rental), {
        rental: String(d.rental),
        renter: String(d.renter),
        start: String(d.start),
        end: String(d.end),
        deposited: BigInt(String(d.deposited)),
        toOperator: 0n,
        fees: BigInt(String(d.renterFee)),
        state: "running",
      });
      continue;
    }
    const rental = rentals.get(String(d.rental));
    if (!rental) continue;
    if (d.toOperator !== undefined) rental.toOperator += BigInt(String(d.toOperator));
    if (d.supplierFee !== undefined) rental.fees += BigInt(String(d.supplierFee));
    if (e.name === "rentalExtended") {
      rental.end = String(d.end);
      rental.deposited += BigInt(String(d.added));
      rental.fees += BigInt(String(d.renterFee));
    }
    const ended: Record<string, string> = {
      rentalCancelled: "cancelled",
      rentalCompleted: "completed",
      disputeOpened: "disputed",
      disputeResolved: "resolved",
    };
    if (ended[e.name]) rental.state = ended[e.name];
  }
  const tokenization = (await poolRows(source, now)).filter((p) => p.device.equals(address));
  const list = [...rentals.values()].reverse();
  return {
    now,
    ...(await mints(source)),
    address,
    device: deviceFields(account, now),
    payout: account.payout,
    lockedUntil: account.lockedUntil,
    earnings: list.reduce((n, r) => n + r.toOperator, 0n),
    rentals: list,
    tokenization,
  };
}

/** Every revenue pool, its history of revenue synced, and the units to show them. */
export async function pools(source: ExplorerSource) {
  const now = await source.now();
  return {
    now,
    ...(await mints(source)),
    all: await poolRows(source, now),
    series: series(source.store.events({ program: computeTokens.COMPUTE_TOKENS_PROGRAM_ID.toBase58() }), now).revenue,
  };
}

/** Share pools, bonds and cash-flow NFTs, with revenue, holders, what they can claim at `now`, and term. */
async function poolRows(source: ExplorerSource, now: bigint) {
  const program = computeTokens.computeTokensProgram(source.provider());
  const [shares, bonds, nfts, holders] = await Promise.all([
    program.account.pool.all(),
    program.account.bond.all(),
    program.account.nftPool.all(),
    program.account.holder.all(),
  ]);
  const holdersOf = (pool: PublicKey) => holders.filter((h) => h.account.pool.equals(pool));
  /** What every kind shows: its keys, holders with a balance, revenue in, claimed, claimable now, term. */
  const row = <K extends "shares" | "bond" | "nft">(
    kind: K,
    address: PublicKey,
    p: { device: PublicKey; mint: PublicKey; operator: PublicKey; claimed: BN; operatorOwed: BN },
    figures: { supply: BN | bigint; holders: number; revenue: BN | bigint; holdersRevenue: BN | bigint; claimable: bigint; termEnd: BN; termEnded: boolean },
  ) => ({ kind, address, device: p.device, mint: p.mint, operator: p.operator, claimed: p.claimed, operatorOwed: big(p.operatorOwed), ...figures });
  const holding = (pool: PublicKey) => holdersOf(pool).filter((h) => big(h.account.shares) > 0n).length;
  const all = [
    ...shares.map(({ publicKey, account: p }) =>
      row("shares", publicKey, p, {
        supply: p.shares,
        holders: holding(publicKey),
        revenue: p.totalInflow,
        holdersRevenue: p.holdersRevenue,
        claimable: holdersOf(publicKey).reduce((n, h) => n + computeTokens.claimable(p, h.account, now), 0n),
        termEnd: p.termEnd,
        termEnded: p.termEnded,
      }),
    ),
    ...bonds.map(({ publicKey, account: b }) => ({
      ...row("bond", publicKey, b, {
        supply: b.raised,
        holders: holding(publicKey),
        revenue: big(b.couponPaid) + big(b.principalPaid),
        holdersRevenue: b.couponPaid,
        claimable: holdersOf(publicKey).reduce((n, h) => n + computeTokens.bonds.couponsClaimable(b, h.account, now), 0n),
        termEnd: b.maturity,
        termEnded: b.status === computeTokens.BondStatus.Closed,
      }),
      status: (["subscribing", "active", "failed", "defaulted", "closed"] as const)[b.status],
      couponBps: b.couponBps,
      face: b.face,
    })),
    ...nfts.map(({ publicKey, account: n }) =>
      row("nft", publicKey, n, {
        supply: 1n,
        holders: 1,
        revenue: n.totalInflow,
        holdersRevenue: n.holdersRevenue,
        claimable: computeTokens.nftClaimable(n),
        termEnd: n.termEnd,
        termEnded: n.termEnded,
      }),
    ),
  ];
  // Revenue is paid in the device's payment mint.
  const devices = await rentalEscrow.rentalEscrowProgram(source.provider()).account.device.fetchMultiple(all.map((p) => p.device));
  return all.map((p, i) => ({ ...p, revenueMint: devices[i]?.paymentMint ?? null }));
}

/** io_staking: the pool's totals and reward stream, and every position with its cooldown and rewards earned so far. */
export async function staking(source: ExplorerSource) {
  const now = await source.now();
  const program = ioStaking.ioStakingProgram(source.provider());
  const config = await ioStaking.fetchStakingConfig(program);
  const positions = await program.account.stakePosition.all();
  return {
    now,
    ...(await mints(source)),
    totals: {
      staked: config.totalStaked,
      bonded: config.totalBonded,
      pendingUnstake: config.totalPendingUnstake,
      rewardRate: config.rewardRate,
      rewardPeriodEnd: config.rewardPeriodEnd,
      rewardsFunded: config.totalRewardsFunded,
      rewardsClaimed: config.totalRewardsClaimed,
      unstakeCooldown: config.unstakeCooldown,
    },
    positions: positions
      .map(({ publicKey, account: p }) => ({
        address: publicKey,
        owner: p.owner,
        staked: p.staked,
        bonded: p.bonded,
        devices: p.deviceBonds,
        pendingUnstake: p.pendingUnstake,
        unlockTime: p.unlockTime,
        coolingDown: big(p.pendingUnstake) > 0n && big(p.unlockTime) > now,
        rewards: ioStaking.pendingRewards(config, p, now),
      }))
      .sort((a, b) => (big(b.staked) > big(a.staked) ? 1 : big(b.staked) < big(a.staked) ? -1 : 0)),
    series: series(source.store.events({ program: ioStaking.IO_STAKING_PROGRAM_ID.toBase58() }), now).staking,
  };
}

/** IOSD: supply, IO burned, fees, the mint window, and the oracle price the last mint used. */
export async function iosdPage(source: ExplorerSource) {
  const now = await source.now();
  const provider = source.provider();
  const config = await iosd.fetchIosdConfig(iosd.iosdProgram(provider));
  const mintsEvents = source.store.events({ name: "iosdMinted" });
  const last = mintsEvents[mintsEvents.length - 1];
  return {
    now,
    ...(await mints(source)),
    supply: await mintSupply(provider, iosd.iosdPdas.iosdMint(), config.iosdTokenProgram),
    totalIosdMinted: config.totalIosdMinted,
    totalIoBurned: config.totalIoBurned,
    totalFees: config.totalFees,
    feeBps: config.feeBps,
    feedId: Buffer.from(config.feedId).toString("hex"),
    maxStaleness: config.maxStaleness,
    maxConfBps: config.maxConfBps,
    window: { seconds: config.windowSeconds, cap: config.windowCap, minted: config.windowMinted, start: config.windowStart },
    lastPrice: last ? { ...last.data, signature: last.signature, time: last.blockTime } : null,
    mintCount: mintsEvents.length,
    series: series(source.store.events({ program: iosd.IOSD_PROGRAM_ID.toBase58() }), now).iosd,
  };
}
