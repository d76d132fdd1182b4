// A device's revenue as tokens: `tokenize` and `shares` (Token-2022 shares, 90/10), `bond` (GPU bonds), `nft`
// (one Metaplex cash-flow NFT). Share and
// bond tokens have no decimals: a share is one token, a bond token is one IOSD base unit of face value.
import { Command, Option } from "commander";
import { getAccount, TOKEN_2022_PROGRAM_ID, TOKEN_PROGRAM_ID } from "@solana/spl-token";
import { PublicKey } from "@solana/web3.js";
import { big, computeTokens, createAta, formatUnits } from "@io-compute/sdk";
import { amount, CliError, command, duration, IOSD_DECIMALS, pubkey, Session, table, usdText } from "./session";

const { BondStatus } = computeTokens;

/** A whole number of share tokens. */
function shareCount(text: string): bigint {
  if (!/^\d+$/.test(text.trim())) throw new CliError(`not a whole number of shares: "${text}"`);
  return BigInt(text.trim());
}

/** The share pool at `text`, or a one-line refusal. */
async function loadPool(s: Session, text: string) {
  const key = pubkey(text, "pool");
  const pool = await s
    .shares()
    .pool(key)
    .catch(() => {
      throw new CliError(`no share pool at ${key.toBase58()}`);
    });
  return { key, pool };
}

/** The bond at `text`, or a one-line refusal. */
async function loadBond(s: Session, text: string) {
  const key = pubkey(text, "bond");
  const bond = await s
    .bonds()
    .bond(key)
    .catch(() => {
      throw new CliError(`no bond at ${key.toBase58()}`);
    });
  return { key, bond };
}

/** Token balance of an account of a share or bond mint (0 when it does not exist). */
async function tokenHeld(s: Session, account: PublicKey): Promise<bigint> {
  return getAccount(s.provider.connection, account, "confirmed", TOKEN_2022_PROGRAM_ID).then(
    (a) => a.amount,
    () => 0n,
  );
}

/** The signer's IOSD associated account, created if missing (claims pay into it). */
async function iosdAccount(s: Session): Promise<PublicKey> {
  const config = await s.shares().config();
  return createAta(s.provider, config.iosdMint, s.signer.publicKey, config.iosdTokenProgram);
}

/** A hooked transfer of share or bond tokens; the receiver opens its own checkpoint to earn. */
async function transferTokens(s: Session, pool: PublicKey, mint: PublicKey, toText: string, count: bigint) {
  const to = pubkey(toText, "recipient");
  const signature = await s.shares().transfer(s.signer, mint, to, count);
  const received = computeTokens.shareAccount(mint, to);
  const earning = (await s.shares().holder(pool, received)) !== null;
  s.print({ signature, to, account: received, amount: count, receiverEarning: earning }, () =>
    [`sent ${count} to ${to.toBase58()}`, ...(earning ? [] : ["hint: the receiver earns once it runs `open-holder` on its account"])].join("\n"),
  );
}

export function register(program: Command) {
  command(
    program,
    "tokenize <device>",
    "sell a device's revenue as Token-2022 shares for a term (90% to holders, 10% to you)",
    async (s, text: string, o: Record<string, string>) => {
      const device = pubkey(text, "device");
      const tokenized = await s.shares().tokenize(s.signer, device, {
        shares: shareCount(o.shares),
        termSeconds: duration(o.term),
        name: o.name,
        symbol: o.symbol,
        uri: o.uri,
        distributionPeriodSeconds: o.distribution === undefined ? undefined : duration(o.distribution),
      });
      s.print({ ...tokenized }, () =>
        table(
          ["", ""],
          [
            ["pool", tokenized.pool.toBase58()],
            ["share mint", tokenized.mint.toBase58()],
            ["your shares", `${o.shares} in ${tokenized.operatorShares.toBase58()}`],
          ],
        ),
      );
    },
  )
    .requiredOption("--shares <n>", "number of shares")
    .requiredOption("--term <duration>", "how long holders earn the revenue (like 90d)")
    .requiredOption("--name <name>", "token name")
    .requiredOption("--symbol <symbol>", "token symbol")
    .option("--uri <uri>", "metadata URI", "")
    .option("--distribution <duration>", "each sync's revenue streams to holders over this");

  const shares = program.command("shares").description("revenue shares: show, sell, buy, transfer, claim");
  command(shares, "show [pool]", "every share pool, or one pool with your balance and what you can claim", async (s, text?: string) => {
    if (text === undefined) {
      const pools = await computeTokens.computeTokensProgram(s.provider).account.pool.all();
      const rows = pools.map(({ publicKey, account: p }) => ({
        pool: publicKey,
        device: p.device,
        shares: big(p.shares),
        termEnd: big(p.termEnd),
        revenue: big(p.totalInflow),
        salePrice: big(p.salePrice),
        sharesSold: big(p.sharesSold),
      }));
      return s.print({ pools: rows }, () =>
        table(
          ["pool", "device", "shares", "term ends", "revenue", "on sale at", "sold"],
          rows.map((r) => [
            r.pool.toBase58(),
            r.device.toBase58(),
            r.shares.toString(),
            isoTime(r.termEnd),
            usdText(r.revenue),
            r.salePrice > 0n ? r.salePrice.toString() : "-",
            r.sharesSold.toString(),
          ]),
        ),
      );
    }
    const { key, pool } = await loadPool(s, text);
    const account = computeTokens.shareAccount(pool.mint, s.signer.publicKey);
    const held = await tokenHeld(s, account);
    const claimable = await s.shares().claimable(key, account);
    const data = {
      pool: key,
      mint: pool.mint,
      device: pool.device,
      operator: pool.operator,
      shares: big(pool.shares),
      termEnd: big(pool.termEnd),
      revenue: big(pool.totalInflow),
      holdersRevenue: big(pool.holdersRevenue),
      operatorOwed: big(pool.operatorOwed),
      salePrice: big(pool.salePrice),
      saleMint: pool.saleMint,
      sharesSold: big(pool.sharesSold),
      held,
      claimable,
    };
    s.print(data, () =>
      table(
        ["", ""],
        [
          ["pool", key.toBase58()],
          ["share mint", pool.mint.toBase58()],
          ["device", pool.device.toBase58()],
          ["shares", `${data.shares}, term ends ${isoTime(data.termEnd)}${pool.termEnded ? " (ended)" : ""}`],
          ["revenue", `${usdText(data.revenue)} (holders ${usdText(data.holdersRevenue)})`],
          ["on sale", data.salePrice > 0n ? `at ${data.salePrice} base units of ${pool.saleMint.toBase58()} per share, ${data.sharesSold} sold` : "no"],
          ["you hold", `${held} shares, ${usdText(claimable)} claimable`],
        ],
      ),
    );
  });
  command(
    shares,
    "list <pool> <shares>",
    "the operator puts shares on primary sale at a fixed price (IOSD by default)",
    async (s, text: string, count: string, o: { price: string; pay: string }) => {
      const { key } = await loadPool(s, text);
      const config = await s.stakingConfig();
      const market = await s.escrow().market();
      const [paymentMint, decimals] = o.pay === "io" ? [config.ioMint, config.ioDecimals] : [market.iosdMint, IOSD_DECIMALS];
      const price = amount(o.price, decimals);
      const signature = await s.shares().list(s.signer, key, shareCount(count), price, paymentMint);
      s.print(
        { signature, pool: key, listed: shareCount(count), pricePerShare: price, paymentMint },
        () => `listed ${count} shares at ${o.price} ${o.pay.toUpperCase()} each`,
      );
    },
  )
    .requiredOption("--price <amount>", "price per share")
    .addOption(new Option("--pay <token>", "payment token").choices(["iosd", "io"]).default("iosd"));
  command(shares, "delist <pool>", "the operator ends the sale and takes unsold shares back", async (s, text: string) => {
    const { key } = await loadPool(s, text);
    const signature = await s.shares().delist(s.signer, key);
    s.print({ signature }, () => "sale closed");
  });
  command(
    shares,
    "buy <pool> <shares>",
    "buy shares from the primary sale, paying at most --max-price each (they earn from this transaction on)",
    async (s, text: string, count: string, o: { maxPrice: string }) => {
      const { key, pool } = await loadPool(s, text);
      if (big(pool.salePrice) === 0n) throw new CliError(`pool ${key.toBase58()} has no shares on sale`);
      const decimals = pool.saleMint.equals((await s.stakingConfig()).ioMint) ? (await s.stakingConfig()).ioDecimals : IOSD_DECIMALS;
      const maxPrice = amount(o.maxPrice, decimals);
      const n = shareCount(count);
      const signature = await s.shares().buy(s.signer, key, n, maxPrice, pool.saleTokenProgram, { openHolder: true });
      const account = computeTokens.shareAccount(pool.mint, s.signer.publicKey);
      s.print(
        { signature, bought: n, paid: n * big(pool.salePrice), account, held: await tokenHeld(s, account) },
        () => `bought ${count} shares for ${formatUnits(n * big(pool.salePrice), decimals)}`,
      );
    },
  ).requiredOption("--max-price <amount>", "the most you pay per share");
  command(
    shares,
    "transfer <pool> <to> <shares>",
    "send shares (the hook settles what both sides earned first)",
    async (s, text: string, to: string, count: string) => {
      const { key, pool } = await loadPool(s, text);
      await transferTokens(s, key, pool.mint, to, shareCount(count));
    },
  );
  command(shares, "open-holder <pool>", "start earning on your share account (a received account earns once opened)", async (s, text: string) => {
    const { key } = await loadPool(s, text);
    const account = await s.shares().openHolder(s.signer, key);
    s.print({ account }, () => `earning on ${account.toBase58()}`);
  });
  command(shares, "claim <pool>", "claim the IOSD your shares earned", async (s, text: string) => {
    const { key, pool } = await loadPool(s, text);
    const account = computeTokens.shareAccount(pool.mint, s.signer.publicKey);
    const destination = await iosdAccount(s);
    const claimable = await s.shares().claimable(key, account);
    const signature = await s.shares().claim(s.signer, key, account, destination);
    s.print({ signature, claimed: claimable }, () => `claimed about ${usdText(claimable)}`);
  });
  command(shares, "claim-operator <pool>", "the operator pulls its 10% cut", async (s, text: string) => {
    const { key, pool } = await loadPool(s, text);
    const owed = big(pool.operatorOwed) - big(pool.operatorClaimed);
    const signature = await s.shares().claimOperator(s.signer, key, await iosdAccount(s));
    s.print({ signature, claimed: owed }, () => `claimed ${usdText(owed)}`);
  });
  command(shares, "end-term <pool>", "after the term: unlock the device's payout (anyone, once its rentals are closed)", async (s, text: string) => {
    const { key } = await loadPool(s, text);
    const signature = await s.shares().endTerm(key);
    s.print({ signature }, () => "term ended: the device's payout is unlocked");
  });

  const bond = program.command("bond").description("GPU bonds: issue, subscribe, coupons, redemption, default");
  command(
    bond,
    "issue <device>",
    "the operator raises IOSD at par against the device's revenue, posting IO collateral",
    async (s, text: string, o: Record<string, string>) => {
      const config = await s.stakingConfig();
      const operatorIo = s.ata(config.ioMint, config.tokenProgram);
      const addresses = await s
        .bonds()
        .operator(s.signer)
        .issue(pubkey(text, "device"), {
          ioMint: config.ioMint,
          ioTokenProgram: config.tokenProgram,
          operatorIo,
          face: amount(o.face, IOSD_DECIMALS),
          minRaise: amount(o.minRaise ?? o.face, IOSD_DECIMALS),
          couponBps: Number(o.couponBps),
          subscriptionSeconds: duration(o.subscription),
          termSeconds: duration(o.term),
          graceSeconds: duration(o.grace),
          collateral: amount(o.collateral, config.ioDecimals),
          name: o.name,
          symbol: o.symbol,
          uri: o.uri,
        });
      s.print({ ...addresses }, () =>
        table(
          ["", ""],
          Object.entries(addresses).map(([k, v]) => [k, v.toBase58()]),
        ),
      );
    },
  )
    .requiredOption("--face <iosd>", "face value offered")
    .option("--min-raise <iosd>", "the least raise that succeeds (default: the face value)")
    .requiredOption("--coupon-bps <bps>", "annual coupon, bps of face")
    .requiredOption("--subscription <duration>", "how long subscriptions stay open")
    .requiredOption("--term <duration>", "from the subscription's end to maturity")
    .requiredOption("--grace <duration>", "how late a payment may be before default")
    .requiredOption("--collateral <io>", "IO posted as collateral")
    .requiredOption("--name <name>", "token name")
    .requiredOption("--symbol <symbol>", "token symbol")
    .option("--uri <uri>", "metadata URI", "");
  command(bond, "show [bond]", "every bond, or one bond's quote with your tokens and coupons", async (s, text?: string) => {
    if (text === undefined) {
      const bonds = await computeTokens.computeTokensProgram(s.provider).account.bond.all();
      const rows = bonds.map(({ publicKey, account: b }) => ({
        bond: publicKey,
        device: b.device,
        status: statusName(b.status),
        face: big(b.face),
        raised: big(b.raised),
        couponBps: b.couponBps,
        maturity: big(b.maturity),
      }));
      return s.print({ bonds: rows }, () =>
        table(
          ["bond", "device", "status", "face", "raised", "coupon", "maturity"],
          rows.map((r) => [r.bond.toBase58(), r.device.toBase58(), r.status, usdText(r.face), usdText(r.raised), `${r.couponBps / 100}%`, isoTime(r.maturity)]),
        ),
      );
    }
    const { key } = await loadBond(s, text);
    const q = await s.bonds().quote(key);
    const account = computeTokens.shareAccount(q.bond.mint, s.signer.publicKey);
    const held = await tokenHeld(s, account);
    const coupons = await s.bonds().couponsClaimable(key, account, q.now);
    const data = {
      bond: key,
      mint: q.bond.mint,
      status: statusName(q.bond.status),
      face: big(q.bond.face),
      raised: big(q.bond.raised),
      couponBps: q.bond.couponBps,
      maturity: big(q.bond.maturity),
      couponDue: q.couponDue,
      arrears: q.arrears,
      reserve: q.books.reserve,
      reserveTarget: q.reserveTarget,
      defaultAllowed: q.defaultAllowed,
      cureAmount: q.cureAmount,
      redeemable: q.redeemable,
      discharged: q.discharged,
      held,
      couponsClaimable: coupons,
    };
    s.print(data, () =>
      table(
        ["", ""],
        [
          ["bond", key.toBase58()],
          ["status", `${data.status}, matures ${isoTime(data.maturity)}`],
          ["raised", `${usdText(data.raised)} of ${usdText(data.face)} at ${data.couponBps / 100}%`],
          ["coupons due", `${usdText(data.couponDue)}, in arrears ${usdText(data.arrears)}`],
          ["reserve", `${usdText(data.reserve)} of ${usdText(data.reserveTarget)} scheduled`],
          ["default", data.defaultAllowed ? "may be declared now" : data.cureAmount > 0n ? `cure with ${usdText(data.cureAmount)}` : "no"],
          ["redeemable", data.redeemable ? "yes" : "no"],
          ["you hold", `${usdText(held)} face, ${usdText(coupons)} coupons claimable`],
        ],
      ),
    );
  });
  command(bond, "subscribe <bond> <iosd>", "buy bonds at par during the subscription", async (s, text: string, value: string) => {
    const { key } = await loadBond(s, text);
    const paid = amount(value, IOSD_DECIMALS);
    const account = await s.bonds().investor(s.signer).subscribe(key, paid);
    s.print({ account, subscribed: paid }, () => `subscribed ${usdText(paid)}; bond tokens in ${account.toBase58()}`);
  });
  command(bond, "transfer <bond> <to> <iosd>", "send bond tokens (the hook settles coupons first)", async (s, text: string, to: string, value: string) => {
    const { key, bond: b } = await loadBond(s, text);
    await transferTokens(s, key, b.mint, to, amount(value, IOSD_DECIMALS));
  });
  command(bond, "open-holder <bond>", "start earning coupons on your bond-token account", async (s, text: string) => {
    const { key } = await loadBond(s, text);
    const account = await s.bonds().investor(s.signer).openHolder(key);
    s.print({ account }, () => `earning on ${account.toBase58()}`);
  });
  command(bond, "claim <bond>", "claim your coupons", async (s, text: string) => {
    const { key, bond: b } = await loadBond(s, text);
    const coupons = await s.bonds().couponsClaimable(key, computeTokens.shareAccount(b.mint, s.signer.publicKey));
    await iosdAccount(s);
    const signature = await s.bonds().investor(s.signer).claimCoupons(key);
    s.print({ signature, claimed: coupons }, () => `claimed about ${usdText(coupons)}`);
  });
  command(
    bond,
    "redeem <bond> [iosd]",
    "redeem bond tokens (all by default; 0 collects what earlier redemptions are owed now)",
    async (s, text: string, value?: string) => {
      const { key, bond: b } = await loadBond(s, text);
      const units = value === undefined ? await tokenHeld(s, computeTokens.shareAccount(b.mint, s.signer.publicKey)) : amount(value, IOSD_DECIMALS);
      const signature = await s.bonds().investor(s.signer).redeem(key, units);
      s.print({ signature, redeemed: units }, () => `redeemed ${usdText(units)} face`);
    },
  );
  command(bond, "refund <bond> [iosd]", "after a failed raise: your IOSD back (all by default)", async (s, text: string, value?: string) => {
    const { key, bond: b } = await loadBond(s, text);
    const units = value === undefined ? await tokenHeld(s, computeTokens.shareAccount(b.mint, s.signer.publicKey)) : amount(value, IOSD_DECIMALS);
    const signature = await s.bonds().investor(s.signer).refund(key, units);
    s.print({ signature, refunded: units }, () => `refunded ${usdText(units)}`);
  });
  command(bond, "operator-claim <bond>", "the operator pulls what the waterfall left it", async (s, text: string) => {
    const { key, bond: b } = await loadBond(s, text);
    await iosdAccount(s);
    const owed = big(b.operatorOwed) - big(b.operatorClaimed);
    const signature = await s.bonds().operator(s.signer).claim(key);
    s.print({ signature, claimed: owed }, () => `claimed about ${usdText(owed)}`);
  });
  command(
    bond,
    "repay <bond> <iosd>",
    "the operator repays early: coupons owed first, then principal into the reserve",
    async (s, text: string, value: string) => {
      const { key } = await loadBond(s, text);
      const paid = amount(value, IOSD_DECIMALS);
      const signature = await s.bonds().operator(s.signer).repay(key, paid);
      s.print({ signature, repaid: paid }, () => `repaid ${usdText(paid)}`);
    },
  );
  command(bond, "cure <bond>", "the operator cures a default: arrears and the reserve's shortfall", async (s, text: string) => {
    const { key } = await loadBond(s, text);
    const { cureAmount } = await s.bonds().quote(key);
    const signature = await s.bonds().operator(s.signer).cure(key);
    s.print({ signature, paid: cureAmount }, () => `cured with ${usdText(cureAmount)}`);
  });
  command(bond, "crank <bond>", "do whatever is due (anyone): close the subscription, sync, declare a default, close", async (s, text: string) => {
    const { key } = await loadBond(s, text);
    const done = await s.bonds().keeper().crank(key);
    s.print({ done }, () => (done.length ? done.join(", ") : "nothing due"));
  });

  const nft = program.command("nft").description("cash-flow NFTs: a device term's revenue as one Metaplex NFT");
  command(
    nft,
    "tokenize <device>",
    "sell a device's revenue for a term as one NFT, named after the device and verified in the GPU cash-flow collection",
    async (s, text: string, o: Record<string, string>) => {
      const made = await s.nfts().tokenize(s.signer, pubkey(text, "device"), { termSeconds: duration(o.term), uri: o.uri });
      s.print({ ...made }, () =>
        table(
          ["", ""],
          Object.entries(made).map(([k, v]) => [k, (v as PublicKey).toBase58()]),
        ),
      );
    },
  )
    .requiredOption("--term <duration>", "how long the holder earns the revenue (like 90d)")
    .option("--uri <uri>", "the JSON metadata's URI (`nft show --json-metadata` prints the JSON to host)", "");
  command(
    nft,
    "show <pool>",
    "an NFT as wallets read it (through Umi), its revenue and what its holder can claim",
    async (s, text: string, o: { jsonMetadata?: boolean }) => {
      const { key, pool } = await loadNftPool(s, text);
      const asset = await s.nfts().fetchAsset(pool.mint);
      const collection = asset.metadata.collection.__option === "Some" ? asset.metadata.collection.value : null;
      if (o.jsonMetadata)
        return console.log(JSON.stringify(computeTokens.nftJson(pool, { name: asset.metadata.name, symbol: asset.metadata.symbol }), null, 2));
      const data = {
        pool: key,
        mint: pool.mint,
        device: pool.device,
        name: asset.metadata.name,
        symbol: asset.metadata.symbol,
        uri: asset.metadata.uri,
        collection: collection?.key.toString() ?? null,
        collectionVerified: collection?.verified ?? false,
        termEnd: big(pool.termEnd),
        termEnded: pool.termEnded,
        revenue: big(pool.totalInflow),
        holdersRevenue: big(pool.holdersRevenue),
        claimable: computeTokens.nftClaimable(pool),
      };
      s.print(data, () =>
        table(
          ["", ""],
          [
            ["NFT", `${data.name} (${data.symbol}), mint ${pool.mint.toBase58()}`],
            ["collection", `${data.collection ?? "-"}${data.collectionVerified ? " (verified)" : ""}`],
            ["device", pool.device.toBase58()],
            ["term", `ends ${isoTime(data.termEnd)}${data.termEnded ? " (ended)" : ""}`],
            ["revenue", `${usdText(data.revenue)}, holders ${usdText(data.holdersRevenue)}`],
            ["claimable", `${usdText(data.claimable)} by whoever holds the NFT`],
          ],
        ),
      );
    },
  ).option("--json-metadata", "print the Metaplex JSON to host at the NFT's URI");
  command(nft, "claim <pool>", "the NFT's holder collects the revenue not yet claimed", async (s, text: string) => {
    const { key, pool } = await loadNftPool(s, text);
    const held = await getAccount(s.provider.connection, computeTokens.nftAccount(pool.mint, s.signer.publicKey), "confirmed", TOKEN_PROGRAM_ID).then(
      (a) => a.amount,
      () => 0n,
    );
    if (held !== 1n) throw new CliError(`you do not hold the NFT of ${key.toBase58()}: only its holder claims`);
    const amount = computeTokens.nftClaimable(pool);
    const signature = await s.nfts().claim(s.signer, key);
    s.print({ signature, claimed: amount }, () => `claimed ${usdText(amount)}`);
  });
  command(nft, "sync <pool>", "account what rentals paid into the NFT's vault (anyone)", async (s, text: string) => {
    const { key } = await loadNftPool(s, text);
    const signature = await s.nfts().sync(key);
    s.print({ signature }, () => "synced");
  });
}

/** The cash-flow NFT pool at `text`, or a one-line refusal. */
async function loadNftPool(s: Session, text: string) {
  const key = pubkey(text, "NFT pool");
  const pool = await s
    .nfts()
    .pool(key)
    .catch(() => {
      throw new CliError(`no cash-flow NFT pool at ${key.toBase58()}`);
    });
  return { key, pool };
}

const statusName = (status: number) => Object.entries(BondStatus).find(([, v]) => v === status)?.[0] ?? String(status);
const isoTime = (unix: bigint) => new Date(Number(unix) * 1000).toISOString().replace(".000Z", "Z");
