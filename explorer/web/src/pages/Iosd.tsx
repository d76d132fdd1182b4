// IOSD: supply, IO burned to mint it, fees, the rolling mint window, and the Pyth price the last mint used.
import { type Iosd, useApi } from "../api";
import { MintBurnChart } from "../charts";
import { amount, count, duration, percent, time } from "../format";
import { Page, Stat, Stats } from "../ui";

export function IosdPage() {
  return <Page title="IOSD" loaded={useApi<Iosd>("/api/iosd")} render={(i) => <IosdView i={i} />} />;
}

/** A Pyth price (mantissa, exponent) as a decimal, exactly. */
export function pythPrice(price: string, exponent: number): string {
  return exponent < 0 ? amount(price, -exponent) : amount((BigInt(price) * 10n ** BigInt(exponent)).toString(), 0);
}

function IosdView({ i }: { i: Iosd }) {
  const io = (v: string) => amount(v, i.ioDecimals, "IO");
  const iosd = (v: string) => amount(v, i.iosdDecimals, "IOSD");
  const last = i.lastPrice as Record<string, string | number> | null;
  const bucket = i.series.length > 1 ? i.series[1].time - i.series[0].time : 3_600;
  return (
    <>
      <Stats>
        <Stat label="IOSD supply" value={iosd(i.supply)} testId="iosd-supply" />
        <Stat label="IOSD minted (all time)" value={iosd(i.totalIosdMinted)} note={`${count(i.mintCount)} mints indexed`} testId="iosd-minted" />
        <Stat label="IO burned" value={io(i.totalIoBurned)} testId="iosd-burned" />
        <Stat label="mint fees" value={io(i.totalFees)} note={`${percent(i.feeBps)} of IO in`} testId="iosd-fees" />
        <Stat label="mint window" value={`${iosd(i.window.minted)} of ${iosd(i.window.cap)}`} note={`per ${duration(i.window.seconds)}`} testId="iosd-window" />
        <Stat
          label="last oracle price used"
          value={last ? `$${pythPrice(String(last.priceUsed), Number(last.exponent))}` : "no mint yet"}
          note={
            last
              ? `Pyth $${pythPrice(String(last.price), Number(last.exponent))} ± ${pythPrice(String(last.conf), Number(last.exponent))}, published ${time(String(last.publishTime))}`
              : undefined
          }
          testId="iosd-price"
        />
      </Stats>
      <div className="charts">
        <MintBurnChart rows={i.series} iosdDecimals={i.iosdDecimals} ioDecimals={i.ioDecimals} bucket={bucket} testId="chart-iosd-page" />
      </div>
      <p className="note">
        Price feed {i.feedId.slice(0, 16)}…, at most {duration(i.maxStaleness)} old, confidence within {percent(i.maxConfBps)}.
      </p>
    </>
  );
}
