// The explorer's indexer: program events from transactions sent on the embedded ledger, stored in a SQLite file
// once per signature, surviving a restart, and adding up to what the chain holds.
import { expect } from "chai";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { unixTimestamp } from "@io-compute/sdk/testing";
import { ingestResult } from "../explorer/indexer/ingest";
import { SCHEMA_VERSION, SqliteStore } from "../explorer/indexer/store";
import { big } from "./helpers";
import { rentalEscrow } from "@io-compute/sdk";
import { indexEmbedded } from "../explorer/indexer/ingest";
import { deriveSeries } from "../explorer/indexer/series";
import { HOUR, MarketWorld, PRICE, T0 } from "./market";
import { SharesWorld } from "./shares";

describe("explorer indexer (SQLite)", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "io-compute-index-"));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("stores each transaction's events once, keeps them across a restart, and its sums equal the pool's books", async () => {
    const file = path.join(dir, "index.db");
    let store = new SqliteStore(file);
    expect(store.schemaVersion()).to.equal(SCHEMA_VERSION);
    const w = await SharesWorld.create();
    const sent: { signature: string; logs: string[]; slot: number; time: number }[] = [];
    const record = () => {
      const result = w.world.provider.lastResult!;
      const entry = { signature: result.signature, logs: result.logs, slot: Number(w.world.svm.getClock().slot), time: Number(unixTimestamp(w.world.svm)) };
      sent.push(entry);
      expect(ingestResult(store, entry, entry.slot, entry.time)).to.equal(true);
    };
    const t = await w.tokenized();
    record();
    for (const amount of [1_000_000n, 2_500_001n, 7n]) {
      await w.inflow(t, amount);
      await w.client.sync(t.pool);
      record();
    }
    w.market.setTime(w.market.now() + 86_400n);
    await w.client.claim(t.operator.keypair, t.pool);
    record();
    await w.client.claimOperator(t.operator.keypair, t.pool);
    record();

    const names = store.events().map((e) => e.name);
    expect(names).to.include.members(["deviceTokenized", "holderOpened", "revenueSynced", "revenueClaimed", "operatorClaimed"]);
    const count = store.transactionCount();
    const eventCount = store.events().length;
    // The same transactions again: nothing new.
    for (const entry of sent) expect(ingestResult(store, entry, entry.slot, entry.time)).to.equal(false);
    expect([store.transactionCount(), store.events().length]).to.deep.equal([count, eventCount]);

    // A restart: the file holds everything, the schema is not migrated twice, a cursor persists.
    store.setCursor("embedded", sent[sent.length - 1].signature);
    store.close();
    store = new SqliteStore(file);
    expect([store.schemaVersion(), store.transactionCount(), store.events().length]).to.deep.equal([SCHEMA_VERSION, count, eventCount]);
    expect(store.cursor("embedded")).to.equal(sent[sent.length - 1].signature);

    // Sums over the stored events equal the pool's lifetime totals on chain.
    const pool = await w.client.pool(t.pool);
    const sum = (name: string, field: string) => store.events({ name }).reduce((n, e) => n + BigInt(String(e.data[field])), 0n);
    expect(sum("revenueSynced", "inflow")).to.equal(big(pool.totalInflow));
    expect(sum("revenueSynced", "holdersAmount")).to.equal(big(pool.holdersRevenue));
    expect(sum("revenueClaimed", "amount")).to.equal(big(pool.claimed));
    expect(sum("operatorClaimed", "amount")).to.equal(big(pool.operatorClaimed));
    store.close();
  });

  it("derives hourly GPU series from real rentals: rented time split at hour edges, cut short by a cancel, a deregistered device unlisted", async () => {
    const store = new SqliteStore(path.join(dir, "series.db"));
    const m = await MarketWorld.create();
    indexEmbedded(m.world.provider, store);
    const operator = await m.operator();
    const renter = await m.renter();
    const small = await m.device(operator, { gpuCount: 2, deviceClass: 1, region: "eu-west-1" });
    const large = await m.device(operator, { gpuCount: 4 });
    // T0 is an hour's start. `small` is rented from 100 s before the next hour for one hour, and completed.
    m.setTime(T0 + HOUR - 100n);
    const first = await m.client.rent(renter.keypair, small, HOUR, PRICE);
    m.setTime(T0 + 2n * HOUR - 100n);
    await m.client.complete(renter.keypair, first.rental);
    // `large` is booked for two hours at the third hour's start, cancelled after 30 minutes, then deregistered.
    m.setTime(T0 + 2n * HOUR);
    const second = await m.client.rent(renter.keypair, large, 2n * HOUR, PRICE);
    m.setTime(T0 + 2n * HOUR + 1_800n);
    await m.client.cancel(renter.keypair, second.rental);
    m.setTime(T0 + 3n * HOUR + 10n);
    await rentalEscrow.deregisterDeviceIx(m.escrow, operator.keypair.publicKey, large).signers([operator.keypair]).rpc();

    const series = deriveSeries(store.events(), Number(T0 + 3n * HOUR + 20n));
    const rows = (deviceClass: number) =>
      series.gpus.filter((g) => g.deviceClass === deviceClass).map((g) => [g.time - Number(T0), g.listed, g.rentedGpuSeconds]);
    expect(rows(1)).to.deep.equal([
      [0, 2, 100 * 2],
      [3_600, 2, 3_500 * 2],
      [7_200, 2, 0],
      [10_800, 2, 0],
    ]);
    expect(rows(0)).to.deep.equal([
      [0, 4, 0],
      [3_600, 4, 0],
      [7_200, 4, 1_800 * 4],
      [10_800, 0, 0],
    ]);
    expect(series.gpus.every((g) => g.region === (g.deviceClass === 1 ? "eu-west-1" : "us-east-1"))).to.equal(true);
    // The rentals series: both rentals, their fees equal the treasury's balance, their volume what was paid out of escrow.
    const market = await rentalEscrow.fetchMarket(m.escrow);
    const totals = series.rentals.reduce((t, r) => ({ rentals: t.rentals + r.rentals, fees: t.fees + r.fees }), { rentals: 0, fees: 0n });
    expect(totals).to.deep.equal({ rentals: 2, fees: await m.iosdBalance(market.treasuryIosd) });
    store.close();
  });
});
