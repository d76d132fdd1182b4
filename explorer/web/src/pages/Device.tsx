// A device: its registry entry and reputation, its rentals and what they paid its operator (from the index), and any
// tokenization of its revenue.
import { useParams } from "react-router-dom";
import { type DevicePage as Data, useApi } from "../api";
import { TimeChart } from "../charts";
import { amount, chartValue, count, duration, percent, time } from "../format";
import { Address, Page, Stat, Stats, Table } from "../ui";

export function DevicePage() {
  const { address } = useParams();
  return <Page title={`Device ${address}`} loaded={useApi<Data>(`/api/devices/${address}`)} render={(d) => <DeviceView d={d} />} />;
}

function DeviceView({ d }: { d: Data }) {
  const x = d.device;
  const pay = d.mints[x.paymentMint] ?? { decimals: 0, symbol: "" };
  const money = (v: string) => amount(v, pay.decimals, pay.symbol);
  const byStart = [...d.rentals].sort((a, b) => Number(a.start) - Number(b.start));
  return (
    <>
      <Stats>
        <Stat label="operator" value={x.operator.slice(0, 8) + "…"} testId="device-operator" />
        <Stat label="GPUs" value={`${count(x.gpuCount)} × ${x.vramGb} GB, class ${x.deviceClass}`} testId="device-gpus" />
        <Stat label="region" value={x.region} testId="device-region" />
        <Stat label="price per GPU-hour" value={money(x.pricePerGpuHour)} testId="device-price" />
        <Stat
          label="reputation"
          value={percent(x.scoreBps)}
          note={`${x.completedRentals} of ${x.rentalCount} rentals completed, ${x.disputesLost} disputes lost`}
          testId="device-score"
        />
        <Stat label="time served" value={duration(x.secondsServed)} testId="device-served" />
        <Stat label="status" value={x.rentedNow ? `rented until ${time(x.rentedUntil)}` : x.status} testId="device-status" />
        <Stat label="earned from rentals" value={money(d.earnings)} testId="device-earnings" />
      </Stats>
      {byStart.length > 0 && (
        <div className="charts">
          <TimeChart
            title={`Paid to the operator per rental (${pay.symbol})`}
            testId="chart-device-earnings"
            bucket={3_600}
            rows={byStart.map((r) => ({ time: Number(r.start), paid: chartValue(r.toOperator, pay.decimals) }))}
            series={[{ key: "paid", name: "paid to operator", kind: "bar" }]}
          />
        </div>
      )}
      <h2>Rentals</h2>
      <Table
        testId="device-rentals"
        head={["rental", "renter", "start", "end", "deposited", "paid to operator", "fees", "state"]}
        rows={d.rentals.map((r) => [
          <Address address={r.rental} />,
          <Address address={r.renter} />,
          time(r.start),
          time(r.end),
          money(r.deposited),
          money(r.toOperator),
          money(r.fees),
          r.state,
        ])}
      />
      <h2>Tokenization</h2>
      <Table
        testId="device-tokenization"
        empty="its revenue is not tokenized"
        head={["kind", "pool", "mint", "revenue", "claimed by holders", "term end"]}
        rows={d.tokenization.map((p) => [
          p.kind,
          <Address address={p.address} />,
          <Address address={p.mint} />,
          money(p.revenue),
          money(p.claimed),
          time(p.termEnd),
        ])}
      />
    </>
  );
}
