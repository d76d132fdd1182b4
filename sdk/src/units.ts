// Token amounts as text and back, exactly (no floating point). Dependency-free, so a web page can import it alone.

/** Parses a decimal amount of a token with `decimals` decimals into base units, exactly (no floating point):
 * "1.5" IO is 150,000,000. Throws on anything else than digits with at most `decimals` after one point. */
export function parseUnits(text: string, decimals: number): bigint {
  const match = /^(\d+)(?:\.(\d*))?$/.exec(text.trim());
  if (!match || (match[2] ?? "").length > decimals) throw new Error(`not an amount with at most ${decimals} decimals: "${text}"`);
  return BigInt(match[1]) * 10n ** BigInt(decimals) + BigInt((match[2] ?? "").padEnd(decimals, "0") || "0");
}

/** Base units as a decimal string in whole units ("1.5"), exactly. */
export function formatUnits(amount: bigint, decimals: number): string {
  const negative = amount < 0n;
  const abs = negative ? -amount : amount;
  const unit = 10n ** BigInt(decimals);
  const fraction = (abs % unit).toString().padStart(decimals, "0").replace(/0+$/, "");
  return `${negative ? "-" : ""}${abs / unit}${fraction ? `.${fraction}` : ""}`;
}
