// How the dashboard writes numbers and times. Amounts are exact: base units (decimal strings from the API) through
// the SDK's `formatUnits`, then grouped by thousands. The browser tests format on-chain values with these same
// functions and compare them with the page.
import { formatUnits } from "../../../sdk/src/units";

/** "1234567.5" -> "1,234,567.5". */
export function groupThousands(text: string): string {
  const [whole, fraction] = text.split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return fraction ? `${grouped}.${fraction}` : grouped;
}

/** Base units of a token with `decimals`, in whole units, exactly, with an optional symbol. */
export function amount(baseUnits: string | bigint, decimals: number, symbol?: string): string {
  const text = groupThousands(formatUnits(BigInt(baseUnits), decimals));
  return symbol ? `${text} ${symbol}` : text;
}

/** Base units as a plain number of whole units, for charts only (never for figures shown as text). */
export const chartValue = (baseUnits: string | bigint, decimals: number): number => Number(BigInt(baseUnits)) / 10 ** decimals;

export const count = (n: number | string): string => groupThousands(String(n));

/** Basis points as a percentage ("96.15%"). */
export const percent = (bps: number | string): string => `${(Number(bps) / 100).toFixed(2)}%`;

/** Unix seconds as UTC "2026-01-01 00:00". */
export function time(unix: number | string): string {
  return new Date(Number(unix) * 1000).toISOString().slice(0, 16).replace("T", " ");
}

export const day = (unix: number | string): string => new Date(Number(unix) * 1000).toISOString().slice(0, 10);

/** A duration in seconds as "14 d", "3 h", "20 min" or "45 s". */
export function duration(seconds: number | string): string {
  const s = Number(seconds);
  if (s >= 86_400 && s % 86_400 === 0) return `${s / 86_400} d`;
  if (s >= 3_600) return `${(s / 3_600).toFixed(s % 3_600 === 0 ? 0 : 1)} h`;
  if (s >= 60) return `${Math.round(s / 60)} min`;
  return `${s} s`;
}

/** "9Wym…BCY" */
export const short = (address: string): string => `${address.slice(0, 4)}…${address.slice(-4)}`;
