// The explorer on the demo's ledger: the demo runs as `npm start` runs it (its transactions handed to the index as
// they are sent), then (1) every derived series adds up to what the four programs hold on chain, and (2) Debian's
// Chromium, driven by Playwright, opens every page of the dashboard and finds the chain's figures, drawn charts and
// no console error; screenshots go to test-output/explorer/.
import { expect } from "chai";
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { chromium, type Browser, type Page } from "playwright-core";
import { chromiumPath, openPage, watchedPage } from "./browser";
import type { Provider } from "@coral-xyz/anchor";
import { big, computeTokens, fetchNetworkStats, ioStaking, iosd, mintSupply, rentalEscrow, tokenBalance } from "@io-compute/sdk";
import { deriveSeries, HOUR } from "../explorer/indexer/series";
import { indexFileFor } from "../explorer/indexer/store";
import { DAY, IOSD_DECIMALS } from "../explorer/server/api";
import { serveExplorer, WEB_DIST, type RunningExplorer } from "../explorer/server/http";
import { LedgerSource } from "../explorer/server/source";
import { amount, count, duration, percent } from "../explorer/web/src/format";

const ROOT = path.join(__dirname, "..");

const text = (page: Page, testId: string) => page.getByTestId(testId).innerText();

describe("explorer on the demo's ledger", function () {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "io-compute-explorer-"));
  const ledger = path.join(dir, "ledger.bin");
  let source: LedgerSource;
  let provider: Provider;
  let now: bigint;

  before(function () {
    execFileSync(process.execPath, ["-r", "ts-node/register/transpile-only", "-r", "tsconfig-paths/register", "app/demo.ts", "--ledger", ledger], {
      cwd: ROOT,
      stdio: "pipe",
    });
    source = new LedgerSource(ledger);
    provider = source.provider();
  });
  before(async () => {
    now = await source.now();
  });
  after(() => {
    source?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("the demo hands every transaction to the index beside its ledger; series per hour add up to the chain's accounts", async () => {
    expect(fs.existsSync(indexFileFor(ledger))).to.equal(true);
    const events = source.store.events();
    const series = deriveSeries(events, Number(now), HOUR);
    const escrow = rentalEscrow.rentalEscrowProgram(provider);
    const devices = await escrow.account.device.all();
    const market = await rentalEscrow.fetchMarket(escrow);
    const last = <T extends { time: number }>(rows: T[]) => rows.filter((r) => r.time === rows[rows.length - 1].time);

    // GPUs listed now, by class and region, equal the registry's.
    const onChain = new Map<string, number>();
    for (const { account } of devices) {
      if (account.status === rentalEscrow.DeviceStatus.Deregistered) continue;
      const key = `${account.deviceClass}|${rentalEscrow.decodeRegion(account.region)}`;
      onChain.set(key, (onChain.get(key) ?? 0) + account.gpuCount);
    }
    const listed = new Map(
      last(series.gpus)
        .filter((g) => g.listed > 0)
        .map((g) => [`${g.deviceClass}|${g.region}`, g.listed]),
    );
    expect(Object.fromEntries(listed)).to.deep.equal(Object.fromEntries(onChain));
    expect(onChain.size).to.be.greaterThan(2);

    // Rentals created and GPU-seconds served equal each device's own counters (every demo rental has ended).
    expect(series.rentals.reduce((n, r) => n + r.rentals, 0)).to.equal(devices.reduce((n, d) => n + Number(d.account.rentalCount), 0));
    expect(series.gpus.reduce((n, g) => n + g.rentedGpuSeconds, 0)).to.equal(
      devices.reduce((n, d) => n + Number(d.account.secondsServed) * d.account.gpuCount, 0),
    );

    // Fees per payment mint equal what the market's treasuries hold.
    const fees = (mint: string) => series.rentals.filter((r) => r.paymentMint === mint).reduce((n, r) => n + r.fees, 0n);
    expect(fees(market.iosdMint.toBase58())).to.equal(await tokenBalance(provider, market.treasuryIosd, market.iosdTokenProgram));
    expect(fees(market.iosdMint.toBase58()) > 0n).to.equal(true);

    // IO staked, IOSD minted and IO burned: the last bucket's levels equal the configs and the IOSD supply.
    const stakingConfig = await ioStaking.fetchStakingConfig(ioStaking.ioStakingProgram(provider));
    const iosdConfig = await iosd.fetchIosdConfig(iosd.iosdProgram(provider));
    expect(series.staking[series.staking.length - 1].staked).to.equal(big(stakingConfig.totalStaked));
    const lastIosd = series.iosd[series.iosd.length - 1];
    expect([lastIosd.iosdMintedTotal, lastIosd.ioBurnedTotal]).to.deep.equal([big(iosdConfig.totalIosdMinted), big(iosdConfig.totalIoBurned)]);
    expect(lastIosd.iosdMintedTotal).to.equal(await mintSupply(provider, iosd.iosdPdas.iosdMint(), iosdConfig.iosdTokenProgram));

    // Revenue per tokenized device equals each pool's lifetime inflow; claims per holder equal each holder's books.
    const tokens = computeTokens.computeTokensProgram(provider);
    const inflow = (pool: string) => series.revenue.filter((r) => r.pool === pool).reduce((n, r) => n + r.inflow, 0n);
    const claimed = (pool: string, account?: string) =>
      series.holders.filter((h) => h.pool === pool && (!account || h.tokenAccount === account)).reduce((n, h) => n + h.claimed, 0n);
    const pools = await tokens.account.pool.all();
    const nfts = await tokens.account.nftPool.all();
    const bonds = await tokens.account.bond.all();
    expect(pools.length * nfts.length * bonds.length).to.be.greaterThan(0);
    for (const p of [...pools, ...nfts]) {
      expect(inflow(p.publicKey.toBase58())).to.equal(big(p.account.totalInflow));
      expect(claimed(p.publicKey.toBase58())).to.equal(big(p.account.claimed));
    }
    for (const b of bonds) {
      const coupons = series.revenue.filter((r) => r.pool === b.publicKey.toBase58()).reduce((n, r) => n + r.holders, 0n);
      expect(coupons > 0n).to.equal(true);
      expect(claimed(b.publicKey.toBase58())).to.equal(big(b.account.claimed));
    }
    const holders = await tokens.account.holder.all();
    expect(holders.length).to.be.greaterThan(3);
    for (const h of holders)
      expect(claimed(h.account.pool.toBase58(), h.account.tokenAccount.toBase58()), h.publicKey.toBase58()).to.equal(big(h.account.claimed));

    // Daily buckets carry the same totals as hourly ones.
    const daily = deriveSeries(events, Number(now), DAY);
    const totals = (s: typeof series) => [
      s.gpus.reduce((n, g) => n + g.rentedGpuSeconds, 0),
      s.rentals.reduce((n, r) => n + r.volume + r.fees, 0n),
      s.revenue.reduce((n, r) => n + r.inflow, 0n),
      s.holders.reduce((n, h) => n + h.claimed, 0n),
      s.staking[s.staking.length - 1].staked,
      s.iosd[s.iosd.length - 1].ioBurnedTotal,
    ];
    expect(totals(daily)).to.deep.equal(totals(series));
    expect(series.staking.length).to.be.greaterThan(24 * daily.staking.length - 48);
  });

  describe("in Chromium (Playwright)", function () {
    let browser: Browser;
    let explorer: RunningExplorer;

    before(async () => {
      if (!fs.existsSync(path.join(WEB_DIST, "index.html"))) throw new Error("the dashboard is not built: npm run build -w explorer");
      explorer = await serveExplorer(source);
      browser = await chromium.launch({ executablePath: chromiumPath(), args: ["--no-sandbox"] });
    });
    after(async () => {
      await browser?.close();
      await explorer?.close();
    });

    it("overview: the headline figures are the chain's, every chart is drawn, no console error", async () => {
      const { page, errors } = await watchedPage(browser);
      await openPage(page, explorer.url, "overview");
      const stats = await fetchNetworkStats(provider, now);
      const config = await ioStaking.fetchStakingConfig(ioStaking.ioStakingProgram(provider));
      const io = (v: bigint) => amount(v, config.ioDecimals, "IO");
      expect(await text(page, "stat-devices")).to.equal(count(stats.devices));
      expect(await text(page, "stat-gpus")).to.equal(count(stats.gpus));
      expect(await text(page, "stat-gpus-rented")).to.equal(count(stats.gpusRented));
      expect(await text(page, "stat-io-staked")).to.equal(io(stats.ioStaked));
      expect(await text(page, "stat-iosd-supply")).to.equal(amount(stats.iosdSupply, IOSD_DECIMALS, "IOSD"));
      expect(await text(page, "stat-io-burned")).to.equal(io(stats.ioBurnedForIosd + stats.ioBurnedInFees));
      expect([await text(page, "stat-tokenized"), await text(page, "stat-bonds"), await text(page, "stat-nfts")]).to.deep.equal([
        count(stats.tokenizedDevices),
        count(stats.bonds),
        count(stats.cashFlowNfts),
      ]);
      const market = await rentalEscrow.fetchMarket(rentalEscrow.rentalEscrowProgram(provider));
      expect(await text(page, "stat-fees-IOSD")).to.equal(
        amount(await tokenBalance(provider, market.treasuryIosd, market.iosdTokenProgram), IOSD_DECIMALS, "IOSD"),
      );
      expect(await page.locator("figure.chart").count()).to.equal(6);
      expect(errors).to.deep.equal([]);
    });

    it("devices: ranked as the SDK ranks them, filters narrow the list, a device page shows its account and earnings", async () => {
      const { page, errors } = await watchedPage(browser);
      await openPage(page, `${explorer.url}devices`, "devices");
      const client = rentalEscrow.RentalEscrowClient.forProvider(provider);
      const ranked = (await client.search()).filter((d) => d.account.status !== rentalEscrow.DeviceStatus.Deregistered);
      const rows = page.getByTestId("devices-table").locator("tbody tr");
      expect(await rows.count()).to.equal(ranked.length);
      for (let i = 0; i < ranked.length; i++) {
        const cells = await rows.nth(i).locator("td").allInnerTexts();
        const d = ranked[i].account;
        expect(cells.slice(0, 9), `rank ${i + 1}`).to.deep.equal([
          String(i + 1),
          `${ranked[i].publicKey.toBase58().slice(0, 4)}…${ranked[i].publicKey.toBase58().slice(-4)}`,
          String(d.deviceClass),
          count(d.gpuCount),
          `${d.vramGb} GB`,
          rentalEscrow.decodeRegion(d.region),
          amount(big(d.pricePerGpuHour), IOSD_DECIMALS, "IOSD"),
          percent(d.scoreBps),
          `${percent(Number(ranked[i].multipleBps))} of required`,
        ]);
      }
      // A filter: class 2 only, as the SDK's search with deviceClass 2.
      await page.getByTestId("filter-class").selectOption("2");
      const class2 = (await client.search({ deviceClass: 2 })).filter((d) => d.account.status !== rentalEscrow.DeviceStatus.Deregistered);
      expect(class2.length).to.be.greaterThan(0);
      await waitForRows(page, class2.length);
      await page.getByTestId("filter-region").fill("nowhere-1");
      await page.getByText("no device matches").waitFor();

      // The tokenized device's page: its account's figures; what its rentals paid equals its share pool's inflow
      // (the payout was locked to the pool's vault for the whole term).
      const pool = (await computeTokens.computeTokensProgram(provider).account.pool.all())[0];
      const device = (await rentalEscrow.fetchDevice(rentalEscrow.rentalEscrowProgram(provider), pool.account.device))!;
      await openPage(page, `${explorer.url}devices/${pool.account.device.toBase58()}`, "device");
      expect(await text(page, "device-region")).to.equal(rentalEscrow.decodeRegion(device.region));
      expect(await text(page, "device-price")).to.equal(amount(big(device.pricePerGpuHour), IOSD_DECIMALS, "IOSD"));
      expect(await text(page, "device-score")).to.equal(percent(device.scoreBps));
      expect(await text(page, "device-served")).to.equal(duration(Number(device.secondsServed)));
      expect(await text(page, "device-earnings")).to.equal(amount(big(pool.account.totalInflow), IOSD_DECIMALS, "IOSD"));
      expect(await page.getByTestId("device-rentals").locator("tbody tr").count()).to.equal(Number(device.rentalCount));
      expect(await page.getByTestId("device-tokenization").locator("tbody tr").first().locator("td").first().innerText()).to.equal("shares");
      expect(errors).to.deep.equal([]);
    });

    it("pools: shares, bonds and NFTs with the chain's revenue, holders, claims and what is claimable now", async () => {
      const { page, errors } = await watchedPage(browser);
      await openPage(page, `${explorer.url}pools`, "pools");
      const tokens = computeTokens.computeTokensProgram(provider);
      const usd = (v: bigint) => amount(v, IOSD_DECIMALS, "IOSD");
      const holders = await tokens.account.holder.all();
      const cells = async (kind: string) => page.getByTestId(`pools-${kind}`).locator("tbody tr").first().locator("td").allInnerTexts();
      const [pool] = await tokens.account.pool.all();
      const poolHolders = holders.filter((h) => h.account.pool.equals(pool.publicKey));
      const shares = await cells("shares");
      expect(shares.slice(3, 8)).to.deep.equal([
        count(big(pool.account.shares).toString()),
        count(poolHolders.filter((h) => big(h.account.shares) > 0n).length),
        usd(big(pool.account.totalInflow)),
        usd(big(pool.account.claimed)),
        usd(poolHolders.reduce((n, h) => n + computeTokens.claimable(pool.account, h.account, now), 0n)),
      ]);
      const [bond] = await tokens.account.bond.all();
      expect((await cells("bond")).slice(3, 8)).to.deep.equal([
        usd(big(bond.account.raised)),
        count(holders.filter((h) => h.account.pool.equals(bond.publicKey) && big(h.account.shares) > 0n).length),
        usd(big(bond.account.couponPaid) + big(bond.account.principalPaid)),
        usd(big(bond.account.claimed)),
        usd(0n),
      ]);
      const [nft] = await tokens.account.nftPool.all();
      expect((await cells("nft")).slice(3, 8)).to.deep.equal([
        "1",
        "1",
        usd(big(nft.account.totalInflow)),
        usd(big(nft.account.claimed)),
        usd(computeTokens.nftClaimable(nft.account)),
      ]);
      expect(errors).to.deep.equal([]);
    });

    it("staking: totals and every position with its rewards earned so far", async () => {
      const { page, errors } = await watchedPage(browser);
      await openPage(page, `${explorer.url}staking`, "staking");
      const program = ioStaking.ioStakingProgram(provider);
      const config = await ioStaking.fetchStakingConfig(program);
      const io = (v: bigint) => amount(v, config.ioDecimals, "IO");
      expect(await text(page, "staking-staked")).to.equal(io(big(config.totalStaked)));
      expect(await text(page, "staking-bonded")).to.equal(io(big(config.totalBonded)));
      expect(await text(page, "staking-funded")).to.equal(io(big(config.totalRewardsFunded)));
      expect(await text(page, "staking-claimed")).to.equal(io(big(config.totalRewardsClaimed)));
      const positions = await program.account.stakePosition.all();
      const rows = page.getByTestId("staking-table").locator("tbody tr");
      expect(await rows.count()).to.equal(positions.length);
      const shown = new Map<string, string[]>();
      for (let i = 0; i < positions.length; i++) {
        const cells = await rows.nth(i).locator("td").allInnerTexts();
        shown.set(cells[0], cells);
      }
      for (const { account: p } of positions) {
        const key = `${p.owner.toBase58().slice(0, 4)}…${p.owner.toBase58().slice(-4)}`;
        const cells = shown.get(key)!;
        expect([cells[1], cells[2], cells[6]], key).to.deep.equal([io(big(p.staked)), io(big(p.bonded)), io(ioStaking.pendingRewards(config, p, now))]);
      }
      expect(errors).to.deep.equal([]);
    });

    it("IOSD: supply, IO burned, fees and the oracle price the last mint used", async () => {
      const { page, errors } = await watchedPage(browser);
      await openPage(page, `${explorer.url}iosd`, "iosd");
      const config = await iosd.fetchIosdConfig(iosd.iosdProgram(provider));
      const io = (v: bigint) => amount(v, config.ioDecimals, "IO");
      expect(await text(page, "iosd-supply")).to.equal(
        amount(await mintSupply(provider, iosd.iosdPdas.iosdMint(), config.iosdTokenProgram), IOSD_DECIMALS, "IOSD"),
      );
      expect(await text(page, "iosd-minted")).to.equal(amount(big(config.totalIosdMinted), IOSD_DECIMALS, "IOSD"));
      expect(await text(page, "iosd-burned")).to.equal(io(big(config.totalIoBurned)));
      expect(await text(page, "iosd-fees")).to.equal(io(big(config.totalFees)));
      const lastMint = source.store.events({ name: "iosdMinted" }).pop()!;
      expect(await text(page, "iosd-price")).to.equal(`$${amount(String(lastMint.data.priceUsed), -Number(lastMint.data.exponent))}`);
      expect(errors).to.deep.equal([]);
    });

    it("an unknown device and a malformed address are one readable line, not a crash", async () => {
      const { page, errors } = await watchedPage(browser);
      await page.goto(`${explorer.url}devices/not-an-address`);
      expect(await page.getByRole("alert").innerText()).to.equal("not an address: not-an-address");
      // The failed request itself is the only console error the browser reports.
      expect(errors.every((e) => /status of 400/.test(e))).to.equal(true);
    });
  });
});

/** Waits until the devices table has been fetched again and holds `n` rows. */
async function waitForRows(page: Page, n: number) {
  await page.waitForFunction(`document.querySelectorAll('[data-testid="devices-table"] tbody tr').length === ${n} && !document.querySelector(".loading")`);
}
