// Overview: the network's headline figures (current state) and its history (the index's series).
import { type Overview, useApi } from "../api";
import { CategoryChart, MintBurnChart, TimeChart } from "../charts";
import { amount, chartValue, count } from "../format";
import { Page, Stat, Stats } from "../ui";

export function OverviewPage() {
  return <Page title="Network overview" loaded={useApi<Overview>("/api/overview")} render={(o) => <OverviewView o={o} />} />;
}

function OverviewView({ o }: { o: Overview }) {
  const io = (v: string) => amount(v, o.ioDecimals, "IO");
  const iosd = (v: string) => amount(v, o.iosdDecimals, "IOSD");
  const s = o.stats;
  const bucket = o.series.bucket;
  const perBucket = bucket >= 86_400 ? "per day" : "per hour";
  const mintSymbol = (mint: string) => o.mints[mint]?.symbol ?? mint;
  const mintDecimals = (mint: string) => o.mints[mint]?.decimals ?? 0;
  // Rental volume and fees, one column pair per payment mint.
  const rentalRows = new Map<number, Record<string, number>>();
  for (const r of o.series.rentals) {
    const row = rentalRows.get(r.time) ?? { time: r.time };
    row[`volume ${mintSymbol(r.paymentMint)}`] = chartValue(r.volume, mintDecimals(r.paymentMint));
    row[`fees ${mintSymbol(r.paymentMint)}`] = chartValue(r.fees, mintDecimals(r.paymentMint));
    rentalRows.set(r.time, row);
  }
  const rentalMints = [...new Set(o.series.rentals.map((r) => mintSymbol(r.paymentMint)))];
  return (
    <>
      <Stats>
        <Stat label="devices listed" value={count(s.devices)} testId="stat-devices" />
        <Stat label="GPUs listed" value={count(s.gpus)} testId="stat-gpus" />
        <Stat label="GPUs rented now" value={count(s.gpusRented)} testId="stat-gpus-rented" />
        <Stat label="IO staked" value={io(s.ioStaked)} note={`${io(s.ioBonded)} bonded by devices`} testId="stat-io-staked" />
        <Stat label="IOSD supply" value={iosd(s.iosdSupply)} testId="stat-iosd-supply" />
        <Stat
          label="IO burned"
          value={io((BigInt(s.ioBurnedForIosd) + BigInt(s.ioBurnedInFees)).toString())}
          note={`${io(s.ioBurnedForIosd)} to mint IOSD, ${io(s.ioBurnedInFees)} in fees`}
          testId="stat-io-burned"
        />
        <Stat label="tokenized devices" value={count(s.tokenizedDevices)} note={`revenue ${iosd(s.tokenizedRevenue)}`} testId="stat-tokenized" />
        <Stat label="bonds" value={count(s.bonds)} testId="stat-bonds" />
        <Stat label="cash-flow NFTs" value={count(s.cashFlowNfts)} note={`revenue ${iosd(s.nftRevenue)}`} testId="stat-nfts" />
        {Object.entries(o.fees).map(([mint, fees]) => (
          <Stat
            key={mint}
            label={`rental fees in ${mintSymbol(mint)}`}
            value={amount(fees, mintDecimals(mint), mintSymbol(mint))}
            testId={`stat-fees-${mintSymbol(mint)}`}
          />
        ))}
      </Stats>
      <div className="charts">
        <TimeChart
          title={`GPUs listed, and GPUs rented on average ${perBucket}`}
          testId="chart-gpus"
          bucket={bucket}
          rows={o.series.gpus.map((r) => ({ time: Number(r.time), listed: Number(r.listed), rented: Number(r.rentedGpuSeconds) / bucket }))}
          series={[
            { key: "listed", name: "GPUs listed", kind: "area" },
            { key: "rented", name: "GPUs rented (average)", kind: "area" },
          ]}
        />
        <TimeChart
          title={`Rental volume and fees ${perBucket}`}
          testId="chart-rentals"
          bucket={bucket}
          rows={[...rentalRows.values()]}
          series={rentalMints.flatMap((m) => [
            { key: `volume ${m}`, name: `volume (${m})`, kind: "bar" as const },
            { key: `fees ${m}`, name: `fees (${m})`, kind: "bar" as const },
          ])}
        />
        <TimeChart
          title="IO staked"
          testId="chart-staking"
          bucket={bucket}
          rows={o.series.staking.map((r) => ({ time: r.time, staked: chartValue(r.staked, o.ioDecimals) }))}
          series={[{ key: "staked", name: "IO staked", kind: "area" }]}
        />
        <MintBurnChart rows={o.series.iosd} iosdDecimals={o.iosdDecimals} ioDecimals={o.ioDecimals} bucket={bucket} testId="chart-iosd" />
        <TimeChart
          title={`Revenue paid into tokenized devices ${perBucket} (IOSD)`}
          testId="chart-revenue"
          bucket={bucket}
          rows={o.series.revenue.map((r) => ({
            time: Number(r.time),
            holders: chartValue(String(r.holders), o.iosdDecimals),
            operator: chartValue(String(r.operator), o.iosdDecimals),
          }))}
          series={[
            { key: "holders", name: "to holders", kind: "bar" },
            { key: "operator", name: "to operators", kind: "bar" },
          ]}
        />
        <CategoryChart
          title="GPUs listed by class and region"
          testId="chart-classes"
          rows={o.gpusByClassRegion.map((g) => ({ group: `c${g.deviceClass} ${g.region}`, gpus: g.gpus }))}
          category="group"
          value="gpus"
          name="GPUs"
        />
      </div>
    </>
  );
}
