// Derived series: the index's events folded into rows per time bucket (an hour by default; the dashboard asks for
// days over long spans). Flows (volume, fees, minted, burned, revenue) are sums over the bucket; levels (GPUs listed,
// IO staked, totals) are the value at the bucket's end. Every amount is an exact bigint in base units.
//
// GPUs rented are GPU-seconds served inside the bucket: a rental covers [start, end), cut short where it was
// cancelled or completed (`seconds_served`) or disputed (`disputed_at`); a rental still running counts up to `until`.
import { rentalEscrow } from "@io-compute/sdk";
import type { StoredEvent } from "./store";

export const HOUR = 3_600;

export type PoolKind = "shares" | "bond" | "nft";

export interface GpuRow {
  time: number;
  deviceClass: number;
  region: string;
  /** GPUs on devices registered and not deregistered at the bucket's end. */
  listed: number;
  /** GPU-seconds under rent inside the bucket. */
  rentedGpuSeconds: number;
}

export interface RentalRow {
  time: number;
  paymentMint: string;
  /** Rentals created in the bucket. */
  rentals: number;
  /** Paid out of escrow for served time (to the operator plus the supplier fee). */
  volume: bigint;
  /** Renter fees (at creation and extension) and supplier fees (at settlement). */
  fees: bigint;
}

export interface StakingRow {
  time: number;
  /** IO staked at the bucket's end (pending unstakes excluded, as io_staking's `total_staked`). */
  staked: bigint;
  stakedIn: bigint;
  unstaked: bigint;
  slashed: bigint;
}

export interface IosdRow {
  time: number;
  iosdMinted: bigint;
  ioBurned: bigint;
  iosdMintedTotal: bigint;
  ioBurnedTotal: bigint;
}

export interface RevenueRow {
  time: number;
  pool: string;
  kind: PoolKind;
  device: string;
  inflow: bigint;
  /** The holders' part (shares and NFTs) or coupons and principal reserve (bonds). */
  holders: bigint;
  operator: bigint;
}

export interface HolderRow {
  time: number;
  pool: string;
  /** The holder's token account (shares, bond units or the NFT). */
  tokenAccount: string;
  claimed: bigint;
}

export interface Series {
  bucket: number;
  from: number;
  until: number;
  /** Dense: every bucket, every (class, region) seen. */
  gpus: GpuRow[];
  /** Dense: every bucket, every payment mint seen. */
  rentals: RentalRow[];
  /** Dense: every bucket. */
  staking: StakingRow[];
  /** Dense: every bucket. */
  iosd: IosdRow[];
  /** Sparse: buckets with revenue synced into a pool. */
  revenue: RevenueRow[];
  /** Sparse: buckets with a claim. */
  holders: HolderRow[];
}

interface DeviceInfo {
  deviceClass: number;
  region: string;
  gpus: number;
  paymentMint: string;
  listed: boolean;
}

interface RentalInfo {
  device: string;
  start: number;
  end: number;
}

const amount = (value: unknown): bigint => BigInt(String(value));
const num = (value: unknown): number => Number(value);

/** Folds `events` (in ledger order) into rows per `bucket` seconds from the first event's bucket through `until`. */
export function deriveSeries(events: StoredEvent[], until: number, bucket = HOUR): Series {
  const floor = (t: number) => Math.floor(t / bucket) * bucket;
  const from = events.length > 0 ? floor(Math.min(events[0].blockTime, until)) : floor(until);
  const times: number[] = [];
  for (let t = from; t <= floor(until); t += bucket) times.push(t);
  const slot = (t: number) => Math.max(0, Math.min(times.length - 1, (floor(t) - from) / bucket));

  const devices = new Map<string, DeviceInfo>();
  const rentals = new Map<string, RentalInfo>();
  const pools = new Map<string, { kind: PoolKind; device: string }>();
  const groupKey = (d: DeviceInfo) => `${d.deviceClass}|${d.region}`;
  const gpuGroups = new Map<string, { deviceClass: number; region: string; listed: number[]; rented: number[]; changes: number[] }>();
  const mintRows = new Map<string, RentalRow[]>();
  const staking = times.map((time) => ({ time, staked: 0n, stakedIn: 0n, unstaked: 0n, slashed: 0n }));
  const iosd = times.map((time) => ({ time, iosdMinted: 0n, ioBurned: 0n, iosdMintedTotal: 0n, ioBurnedTotal: 0n }));
  const revenue = new Map<string, RevenueRow>();
  const holders = new Map<string, HolderRow>();

  const group = (d: DeviceInfo) => {
    let g = gpuGroups.get(groupKey(d));
    if (!g)
      gpuGroups.set(groupKey(d), (g = { deviceClass: d.deviceClass, region: d.region, listed: [], rented: times.map(() => 0), changes: times.map(() => 0) }));
    return g;
  };
  const mintRow = (mint: string, t: number) => {
    let rows = mintRows.get(mint);
    if (!rows) mintRows.set(mint, (rows = times.map((time) => ({ time, paymentMint: mint, rentals: 0, volume: 0n, fees: 0n }))));
    return rows[slot(t)];
  };
  const rentalMint = (rental: string) => devices.get(rentals.get(rental)?.device ?? "")?.paymentMint;
  const paid = (e: StoredEvent, toOperator: unknown, supplierFee: unknown) => {
    const mint = rentalMint(String(e.data.rental));
    if (!mint) return;
    const row = mintRow(mint, e.blockTime);
    row.volume += amount(toOperator) + amount(supplierFee);
    row.fees += amount(supplierFee);
  };
  const endRental = (rental: string, end: number) => {
    const r = rentals.get(rental);
    if (r) r.end = Math.min(r.end, end);
  };
  const addRevenue = (e: StoredEvent, pool: string, inflow: bigint, holdersPart: bigint, operator: bigint) => {
    const info = pools.get(pool);
    const time = floor(e.blockTime);
    const key = `${time}|${pool}`;
    const row = revenue.get(key) ?? { time, pool, kind: info?.kind ?? "shares", device: info?.device ?? "", inflow: 0n, holders: 0n, operator: 0n };
    row.inflow += inflow;
    row.holders += holdersPart;
    row.operator += operator;
    revenue.set(key, row);
  };

  for (const e of events) {
    const d = e.data;
    const i = slot(e.blockTime);
    switch (e.name) {
      case "deviceRegistered": {
        const info: DeviceInfo = {
          deviceClass: num(d.deviceClass),
          region: rentalEscrow.decodeRegion(d.region as number[]),
          gpus: num(d.gpuCount),
          paymentMint: String(d.paymentMint),
          listed: true,
        };
        devices.set(String(d.device), info);
        group(info).changes[i] += info.gpus;
        break;
      }
      case "deviceDeregistered": {
        const info = devices.get(String(d.device));
        if (info?.listed) {
          info.listed = false;
          group(info).changes[i] -= info.gpus;
        }
        break;
      }
      case "rentalCreated":
        rentals.set(String(d.rental), { device: String(d.device), start: num(d.start), end: num(d.end) });
        if (rentalMint(String(d.rental))) {
          const row = mintRow(rentalMint(String(d.rental))!, e.blockTime);
          row.rentals += 1;
          row.fees += amount(d.renterFee);
        }
        break;
      case "rentalExtended": {
        const r = rentals.get(String(d.rental));
        if (r) r.end = num(d.end);
        const mint = rentalMint(String(d.rental));
        if (mint) mintRow(mint, e.blockTime).fees += amount(d.renterFee);
        break;
      }
      case "rentalSettled":
        paid(e, d.toOperator, d.supplierFee);
        break;
      case "rentalCancelled":
      case "rentalCompleted": {
        paid(e, d.toOperator, d.supplierFee);
        const r = rentals.get(String(d.rental));
        if (r) endRental(String(d.rental), r.start + num(d.secondsServed));
        break;
      }
      case "disputeOpened":
        endRental(String(d.rental), num(d.disputedAt));
        break;
      case "disputeResolved":
        paid(e, d.toOperator, d.supplierFee);
        break;
      case "staked":
        staking[i].stakedIn += amount(d.amount);
        break;
      case "unstakeCancelled":
        staking[i].stakedIn += amount(d.amount);
        break;
      case "unstakeRequested":
        staking[i].unstaked += amount(d.amount);
        break;
      case "slashed":
        staking[i].slashed += amount(d.amount);
        break;
      case "iosdMinted":
        iosd[i].iosdMinted += amount(d.iosdOut);
        iosd[i].ioBurned += amount(d.ioBurned);
        break;
      case "deviceTokenized":
        pools.set(String(d.pool), { kind: "shares", device: String(d.device) });
        break;
      case "nftTokenized":
        pools.set(String(d.pool), { kind: "nft", device: String(d.device) });
        break;
      case "bondIssued":
        pools.set(String(d.bond), { kind: "bond", device: String(d.device) });
        break;
      case "revenueSynced":
        addRevenue(e, String(d.pool), amount(d.inflow), amount(d.holdersAmount), amount(d.operatorAmount));
        break;
      case "bondSynced":
        addRevenue(e, String(d.bond), amount(d.inflow), amount(d.toCoupons) + amount(d.toReserve), amount(d.toOperator));
        break;
      case "revenueClaimed": {
        const time = floor(e.blockTime);
        const key = `${time}|${d.pool}|${d.tokenAccount}`;
        const row = holders.get(key) ?? { time, pool: String(d.pool), tokenAccount: String(d.tokenAccount), claimed: 0n };
        row.claimed += amount(d.amount);
        holders.set(key, row);
        break;
      }
    }
  }

  // Rented GPU-seconds: each rental's served interval cut at bucket edges.
  for (const r of rentals.values()) {
    const info = devices.get(r.device);
    if (!info) continue;
    const g = group(info);
    const end = Math.min(r.end, until);
    for (let t = Math.max(r.start, from); t < end;) {
      const next = Math.min(end, floor(t) + bucket);
      g.rented[slot(t)] += (next - t) * info.gpus;
      t = next;
    }
  }
  const gpus: GpuRow[] = [];
  for (const g of gpuGroups.values()) {
    let listed = 0;
    times.forEach((time, i) => {
      listed += g.changes[i];
      gpus.push({ time, deviceClass: g.deviceClass, region: g.region, listed, rentedGpuSeconds: g.rented[i] });
    });
  }
  let staked = 0n;
  let minted = 0n;
  let burned = 0n;
  staking.forEach((row, i) => {
    row.staked = staked += row.stakedIn - row.unstaked - row.slashed;
    iosd[i].iosdMintedTotal = minted += iosd[i].iosdMinted;
    iosd[i].ioBurnedTotal = burned += iosd[i].ioBurned;
  });
  return {
    bucket,
    from,
    until,
    gpus: gpus.sort((a, b) => a.time - b.time || a.deviceClass - b.deviceClass || a.region.localeCompare(b.region)),
    rentals: [...mintRows.values()].flat().sort((a, b) => a.time - b.time || a.paymentMint.localeCompare(b.paymentMint)),
    staking,
    iosd,
    revenue: [...revenue.values()].sort((a, b) => a.time - b.time || a.pool.localeCompare(b.pool)),
    holders: [...holders.values()].sort((a, b) => a.time - b.time || a.pool.localeCompare(b.pool) || a.tokenAccount.localeCompare(b.tokenAccount)),
  };
}
