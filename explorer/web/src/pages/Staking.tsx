// Staking: io_staking's totals and reward stream, every position with its cooldown and rewards earned so far.
import { type Staking, useApi } from "../api";
import { TimeChart } from "../charts";
import { amount, chartValue, count, duration, time } from "../format";
import { Address, Page, Stat, Stats, Table } from "../ui";

export function StakingPage() {
  return <Page title="Staking" loaded={useApi<Staking>("/api/staking")} render={(s) => <StakingView s={s} />} />;
}

function StakingView({ s }: { s: Staking }) {
  const io = (v: string) => amount(v, s.ioDecimals, "IO");
  const t = s.totals;
  const streaming = BigInt(t.rewardPeriodEnd) > BigInt(s.now);
  const bucket = s.series.length > 1 ? s.series[1].time - s.series[0].time : 3_600;
  return (
    <>
      <Stats>
        <Stat label="IO staked" value={io(t.staked)} testId="staking-staked" />
        <Stat label="bonded by devices" value={io(t.bonded)} testId="staking-bonded" />
        <Stat label="cooling down" value={io(t.pendingUnstake)} note={`${duration(t.unstakeCooldown)} cooldown`} testId="staking-pending" />
        <Stat
          label="reward stream"
          value={streaming ? `${io(t.rewardRate)}/s` : "none running"}
          note={streaming ? `until ${time(t.rewardPeriodEnd)}` : undefined}
          testId="staking-rate"
        />
        <Stat label="rewards funded" value={io(t.rewardsFunded)} testId="staking-funded" />
        <Stat label="rewards claimed" value={io(t.rewardsClaimed)} testId="staking-claimed" />
        <Stat label="positions" value={count(s.positions.length)} testId="staking-positions" />
      </Stats>
      <div className="charts">
        <TimeChart
          title="IO staked"
          testId="chart-staked"
          bucket={bucket}
          rows={s.series.map((r) => ({ time: r.time, staked: chartValue(r.staked, s.ioDecimals) }))}
          series={[{ key: "staked", name: "IO staked", kind: "area" }]}
        />
      </div>
      <h2>Positions</h2>
      <Table
        testId="staking-table"
        head={["owner", "staked", "bonded", "devices", "cooling down", "unlocks", "rewards earned"]}
        rows={s.positions.map((p) => [
          <Address address={p.owner} />,
          io(p.staked),
          io(p.bonded),
          p.devices,
          io(p.pendingUnstake),
          p.coolingDown ? time(p.unlockTime) : BigInt(p.pendingUnstake) > 0n ? "withdrawable" : "",
          io(p.rewards),
        ])}
      />
    </>
  );
}
