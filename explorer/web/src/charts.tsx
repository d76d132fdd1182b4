// Charts (recharts): a time series of one or more lines, areas or bars, and a plain bar chart by category. Animations
// are off, so a screenshot shows the final picture.
import { Area, Bar, BarChart, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { chartValue, day, time } from "./format";

export const COLORS = ["#2563eb", "#f97316", "#16a34a", "#9333ea", "#dc2626", "#0891b2", "#ca8a04", "#db2777"];

export interface SeriesSpec {
  key: string;
  name: string;
  kind?: "line" | "area" | "bar";
  /** A second y axis on the right (a series of another unit). */
  right?: boolean;
}

export function TimeChart(props: { title: string; rows: Record<string, number>[]; series: SeriesSpec[]; bucket: number; testId: string }) {
  const label = (t: number) => (props.bucket >= 86_400 ? day(t) : time(t));
  const hasRight = props.series.some((s) => s.right);
  return (
    <figure className="chart" data-testid={props.testId}>
      <figcaption>{props.title}</figcaption>
      <ResponsiveContainer width="100%" height={240}>
        <ComposedChart data={props.rows} margin={{ top: 8, right: 16, bottom: 0, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e5e7eb" />
          <XAxis dataKey="time" tickFormatter={label} minTickGap={40} fontSize={11} />
          <YAxis yAxisId="left" fontSize={11} width={70} />
          {hasRight && <YAxis yAxisId="right" orientation="right" fontSize={11} width={70} />}
          <Tooltip labelFormatter={(t) => label(Number(t))} />
          <Legend />
          {props.series.map((s, i) => {
            const common = { key: s.key, dataKey: s.key, name: s.name, yAxisId: s.right ? "right" : "left", isAnimationActive: false };
            const color = COLORS[i % COLORS.length];
            if (s.kind === "bar") return <Bar {...common} fill={color} />;
            if (s.kind === "area") return <Area {...common} type="stepAfter" stroke={color} fill={color} fillOpacity={0.2} />;
            return <Line {...common} type="stepAfter" stroke={color} dot={false} />;
          })}
        </ComposedChart>
      </ResponsiveContainer>
    </figure>
  );
}

export function CategoryChart(props: {
  title: string;
  rows: Record<string, string | number>[];
  category: string;
  value: string;
  name: string;
  testId: string;
}) {
  return (
    <figure className="chart" data-testid={props.testId}>
      <figcaption>{props.title}</figcaption>
      <ResponsiveContainer width="100%" height={240}>
        <BarChart data={props.rows} margin={{ top: 8, right: 16, bottom: 0, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e5e7eb" />
          <XAxis dataKey={props.category} fontSize={11} />
          <YAxis fontSize={11} width={50} />
          <Tooltip />
          <Bar dataKey={props.value} name={props.name} fill={COLORS[0]} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}

/** IOSD minted and IO burned to mint it, cumulative: the overview's and the IOSD page's chart. */
export function MintBurnChart(props: {
  rows: { time: number; iosdMintedTotal: string; ioBurnedTotal: string }[];
  iosdDecimals: number;
  ioDecimals: number;
  bucket: number;
  testId: string;
}) {
  return (
    <TimeChart
      title="IOSD minted and IO burned (cumulative)"
      testId={props.testId}
      bucket={props.bucket}
      rows={props.rows.map((r) => ({
        time: r.time,
        minted: chartValue(r.iosdMintedTotal, props.iosdDecimals),
        burned: chartValue(r.ioBurnedTotal, props.ioDecimals),
      }))}
      series={[
        { key: "minted", name: "IOSD minted" },
        { key: "burned", name: "IO burned", right: true },
      ]}
    />
  );
}
