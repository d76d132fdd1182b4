// `dev`: the embedded ledger's clock, test funds and oracle price.
import { Command } from "commander";
import { createAta, formatUnits, iosd, mintTo } from "@io-compute/sdk";
import { advanceClock, LiteSvmProvider, unixTimestamp, writePriceUpdate } from "@io-compute/sdk/testing";
import { amount, command, DEFAULT_KEYPAIR, DEV_PRICE_ACCOUNT, duration, loadKeypair } from "./session";

export function register(program: Command) {
  const dev = program.command("dev").description("embedded ledger only: time, test funds, the oracle price");
  command(dev, "warp <duration>", "move the ledger's clock forward (90s, 15m, 2h, 3d)", async (s, text: string) => {
    const to = advanceClock(s.devLedger(), duration(text));
    s.print({ unixTimestamp: to }, () => `clock at ${new Date(Number(to) * 1000).toISOString()}`);
  });
  command(
    dev,
    "airdrop",
    "SOL and IO to the signer (IO minted by the deployer's mint authority)",
    async (s, o: { sol: string; io: string; deployer: string }) => {
      s.devLedger();
      const provider = s.provider as LiteSvmProvider;
      provider.airdrop(s.signer.publicKey, amount(o.sol, 9));
      const config = await s.stakingConfig();
      const io = amount(o.io, config.ioDecimals);
      if (io > 0n) {
        const authority = loadKeypair(o.deployer, false);
        const account = await createAta(provider, config.ioMint, s.signer.publicKey, config.tokenProgram);
        await mintTo(provider, config.ioMint, account, authority, io, config.tokenProgram);
      }
      s.print({ sol: amount(o.sol, 9), io }, () => `airdropped ${o.sol} SOL and ${formatUnits(io, config.ioDecimals)} IO`);
    },
  )
    .option("--sol <amount>", "SOL", "10")
    .option("--io <amount>", "IO", "0")
    .option("--deployer <file>", "the deployer's keypair (the IO mint authority on the embedded ledger)", process.env.IO_COMPUTE_DEPLOYER ?? DEFAULT_KEYPAIR);
  command(
    dev,
    "price <usd>",
    "publish an IO/USD price (Pyth PriceUpdateV2) for iosd on the embedded ledger",
    async (s, text: string, o: { confBps: string }) => {
      const svm = s.devLedger();
      const config = await iosd.fetchIosdConfig(iosd.iosdProgram(s.provider));
      const price = amount(text, 8);
      const update: iosd.PriceUpdate = {
        verification: "full",
        feedId: Uint8Array.from(config.feedId),
        price,
        conf: (price * BigInt(o.confBps)) / 10_000n,
        exponent: -8,
        publishTime: unixTimestamp(svm),
      };
      writePriceUpdate(svm, DEV_PRICE_ACCOUNT, update);
      s.print({ priceAccount: DEV_PRICE_ACCOUNT, price, exponent: -8 }, () => `IO/USD ${text} posted at ${DEV_PRICE_ACCOUNT.toBase58()}`);
    },
  ).option("--conf-bps <bps>", "confidence interval, in bps of the price", "10");
}
