// The SDK's emission schedule (ioStaking.cumulativeEmission) against an arbitrary-precision reference: io.net's
// first epochs and total exactly, and C(t) exact to the base unit at every boundary and random epochs.
import { expect } from "chai";
import { ioStaking } from "@io-compute/sdk";

const { cumulativeEmission, epochEmission, epochsAt, LAST_EPOCH, EPOCH_SECONDS } = ioStaking;

/** q^t by squaring in 2,048-bit fixed point, then floor(4e7 * 1e19 * 10^d * (1 - q^t) / (8,760 * 138,869,523,959,793)). */
function reference(t: bigint, decimals: number): bigint {
  const BITS = 2_048n;
  const one = 1n << BITS;
  const den = 10n ** 19n;
  let [result, base, e] = [one, ((den - 138_869_523_959_793n) << BITS) / den, t > LAST_EPOCH ? LAST_EPOCH : t];
  for (; e > 0n; e >>= 1n) {
    if (e & 1n) result = (result * base) >> BITS;
    base = (base * base) >> BITS;
  }
  return (4n * 10n ** BigInt(26 + decimals) * (one - result)) / ((8_760n * 138_869_523_959_793n) << BITS);
}

describe("emission schedule (SDK)", () => {
  it("emits io.net's 4,566.21, 4,566.15 and 4,566.08 IO first, about 300M IO in all, nothing after the last epoch", () => {
    expect([epochEmission(1n, 8), epochEmission(2n, 8), epochEmission(3n, 8)]).to.deep.equal([456_621_004_566n, 456_614_663_492n, 456_608_322_506n]);
    expect(cumulativeEmission(LAST_EPOCH, 8)).to.equal(30_000_000_000_044_093n);
    expect(cumulativeEmission(LAST_EPOCH + 1n, 8)).to.equal(cumulativeEmission(LAST_EPOCH, 8));
    expect(epochEmission(LAST_EPOCH + 1n, 8)).to.equal(0n);
    expect(cumulativeEmission(0n, 8)).to.equal(0n);
    expect(() => cumulativeEmission(1n, 11)).to.throw(/more than 10 decimals/);
  });

  it("is exact to the base unit against a 2,048-bit reference at every power of two and 200 random epochs", () => {
    const epochs = [1n, 2n, 3n, 24n, 8_760n, LAST_EPOCH - 1n, LAST_EPOCH];
    for (let bit = 0n; bit < 18n; bit++) epochs.push((1n << bit) - 1n, 1n << bit, (1n << bit) + 1n);
    let seed = 20_261_202n;
    for (let i = 0; i < 200; i++) {
      seed = (seed * 6_364_136_223_846_793_005n + 1_442_695_040_888_963_407n) % 2n ** 64n;
      epochs.push((seed % LAST_EPOCH) + 1n);
    }
    for (const decimals of [0, 6, 8, 10])
      for (const t of epochs) expect(cumulativeEmission(t, decimals), `C(${t}) at ${decimals}`).to.equal(reference(t, decimals));
  });

  it("counts whole hours from genesis", () => {
    expect([
      epochsAt(1_000n, 999n),
      epochsAt(1_000n, 1_000n + EPOCH_SECONDS - 1n),
      epochsAt(1_000n, 1_000n + EPOCH_SECONDS),
      epochsAt(0n, 10n ** 12n),
    ]).to.deep.equal([0n, 0n, 1n, LAST_EPOCH]);
  });
});
