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
});
