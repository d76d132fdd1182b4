// IOSD: quote and mint at the oracle price.
import { Command } from "commander";
import { createAta, iosd, tokenBalance } from "@io-compute/sdk";
import { command, CliError, DEV_PRICE_ACCOUNT, ioText, Session, usdText } from "./session";

export function register(program: Command) {
  const iosdCommand = program.command("iosd").description("IOSD: burn IO for USD-pegged IOSD at the oracle price");
  command(iosdCommand, "quote <io>", "how much IOSD burning <io> IO mints now", async (s, text: string) => {
    const config = await iosd.fetchIosdConfig(iosd.iosdProgram(s.provider));
    const value = await s.io(text);
    const update = await priceUpdate(s);
    const quote = iosd.quoteMintIosd(config, update, value, await s.now());
    const decimals = (await s.stakingConfig()).ioDecimals;
    s.print({ ...quote }, () => `${text} IO -> ${usdText(quote.iosdOut)} (fee ${ioText(quote.fee, decimals)}, burned ${ioText(quote.ioBurned, decimals)})`);
  });
  command(
    iosdCommand,
    "mint <io>",
    "burn <io> IO for IOSD, refusing less than the quote minus --slippage",
    async (s, text: string, opts: { slippageBps: string }) => {
      const iosdProgram = iosd.iosdProgram(s.provider);
      const config = await iosd.fetchIosdConfig(iosdProgram);
      const value = await s.io(text);
      const quote = iosd.quoteMintIosd(config, await priceUpdate(s), value, await s.now());
      const minOut = (quote.iosdOut * (10_000n - BigInt(opts.slippageBps))) / 10_000n;
      const userIosd = await createAta(s.provider, iosd.iosdPdas.iosdMint(), s.signer.publicKey, config.iosdTokenProgram);
      const ix = await iosd.mintIosdFromConfig(iosdProgram, {
        user: s.signer.publicKey,
        priceUpdate: DEV_PRICE_ACCOUNT,
        userIo: s.ata(config.ioMint, config.ioTokenProgram),
        userIosd,
        ioAmount: value,
        minIosdOut: minOut,
      });
      const signature = await ix.signers([s.signer]).rpc();
      const balance = await tokenBalance(s.provider, userIosd, config.iosdTokenProgram);
      s.print({ signature, ioBurned: value, minIosdOut: minOut, iosdBalance: balance }, () => `minted; IOSD balance ${usdText(balance)}`);
    },
  ).option("--slippage-bps <bps>", "accept this much below the quote", "50");
}

async function priceUpdate(s: Session): Promise<iosd.PriceUpdate> {
  const info = await s.provider.connection.getAccountInfo(DEV_PRICE_ACCOUNT);
  if (!info) throw new CliError("no IO/USD price posted yet: run `io-compute dev price <usd>` on the embedded ledger");
  return iosd.decodePriceUpdateV2(info.data);
}
