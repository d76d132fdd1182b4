// Pools: every tokenized revenue stream (share pools, bonds, cash-flow NFTs) with its revenue, holders, what holders
// can claim now, and its term; the history of revenue synced into each.
import { type Pools, useApi } from "../api";
import { TimeChart } from "../charts";
import { amount, chartValue, count, percent, short, time } from "../format";
import { Address, DeviceLink, Page, Table } from "../ui";

export function PoolsPage() {
  return <Page title="Tokenized devices" loaded={useApi<Pools>("/api/pools")} render={(p) => <PoolsView p={p} />} />;
}

function PoolsView({ p }: { p: Pools }) {
  const unit = (mint: string | null) => (mint && p.mints[mint]) || { decimals: p.iosdDecimals, symbol: "IOSD" };
  const money = (v: string, mint: string | null) => amount(v, unit(mint).decimals, unit(mint).symbol);
  const kinds = [
    ["shares", "Share pools (Token-2022 shares)"],
    ["bond", "Bonds"],
    ["nft", "Cash-flow NFTs (Metaplex)"],
  ] as const;
  const bucket = p.series.length > 1 && Number(p.series[1].time) - Number(p.series[0].time) >= 86_400 ? 86_400 : 3_600;
  const byTime = new Map<number, Record<string, number>>();
  for (const r of p.series) {
    const row = byTime.get(r.time) ?? { time: r.time };
    const pool = p.all.find((x) => x.address === r.pool);
    row[r.pool] = (row[r.pool] ?? 0) + chartValue(r.inflow, unit(pool?.revenueMint ?? null).decimals);
    byTime.set(r.time, row);
  }
  return (
    <>
      {kinds.map(([kind, title]) => {
        const rows = p.all.filter((x) => x.kind === kind);
        return (
          <section key={kind}>
            <h2>{title}</h2>
            <Table
              testId={`pools-${kind}`}
              empty={`no ${kind === "nft" ? "NFTs" : kind === "bond" ? "bonds" : "share pools"} yet`}
              head={["pool", "device", "mint", kind === "bond" ? "raised" : "supply", "holders", "revenue", "claimed", "claimable now", "term end", "state"]}
              rows={rows.map((x) => [
                <Address address={x.address} />,
                <DeviceLink address={x.device} />,
                <Address address={x.mint} />,
                kind === "bond" ? money(x.supply, x.revenueMint) : count(x.supply),
                count(x.holders),
                money(x.revenue, x.revenueMint),
                money(x.claimed, x.revenueMint),
                money(x.claimable, x.revenueMint),
                time(x.termEnd),
                "status" in x && x.status ? `${x.status}, ${percent(x.couponBps ?? 0)} coupon` : x.termEnded ? "term ended" : "running",
              ])}
            />
          </section>
        );
      })}
      {p.series.length > 0 && (
        <div className="charts">
          <TimeChart
            title="Revenue synced into each pool"
            testId="chart-pool-revenue"
            bucket={bucket}
            rows={[...byTime.values()]}
            series={p.all.map((x) => ({ key: x.address, name: `${x.kind} ${short(x.address)}`, kind: "bar" as const }))}
          />
        </div>
      )}
    </>
  );
}
