// Clusters still publishing the classic Rent sysvar (3,480 lamports per byte-year, exemption threshold 2.0, as
// Agave 3.0's test validator does) charge twice what the newer format's 6,960 x 1.0 reading of the first field
// gives. Every account the programs create must be rent exempt there too (issue 14). LiteSVM reproduces such a
// cluster with `setRent`.
import { expect } from "chai";
import { Rent } from "litesvm";
import { address } from "@solana/kit";
import { PublicKey } from "@solana/web3.js";
import { computeTokens, ioStaking, iosd, rentalEscrow } from "@io-compute/sdk";
import { World } from "./helpers";
import { HOUR } from "./market";
import { SharesWorld } from "./shares";

describe("programs on a cluster with the classic Rent sysvar", () => {
  it("initialize all four, list a device, rent it, tokenize it, hold and claim: every account rent exempt", async () => {
    const classic = (world: World) => world.svm.setRent(new Rent(3_480n, 2.0, 50));
    const w = await SharesWorld.create(classic);
    const svm = w.world.svm;
    expect(svm.minimumBalanceForRentExemption(0n)).to.equal(890_880n); // 128 bytes x 3,480 x 2
    const t = await w.tokenized();
    const renter = await w.market.renter();
    const { rental } = await w.market.client.rent(renter.keypair, t.device, HOUR, 10n ** 9n);
    const bob = await w.holder();
    const bobShares = await w.client.openHolder(bob.keypair, t.pool);
    await w.client.transfer(t.operator.keypair, t.mint, bob.keypair.publicKey, 10n);

    const created: [string, PublicKey][] = [
      ["io_staking config", ioStaking.ioStakingPdas.config()],
      ["stake vault", ioStaking.ioStakingPdas.stakeVault()],
      ["operator's position", ioStaking.positionPda(t.operator.keypair.publicKey)],
      ["device bond", ioStaking.ioStakingPdas.deviceBond(t.device)],
      ["iosd config", iosd.iosdPdas.config()],
      ["IOSD mint", iosd.iosdPdas.iosdMint()],
      ["market", rentalEscrow.rentalEscrowPdas.market()],
      ["device", t.device],
      ["rental", rental],
      ["escrow", rentalEscrow.rentalEscrowPdas.escrow(rental)],
      ["compute_tokens config", computeTokens.computeTokensPdas.config()],
      ["share mint (with metadata)", t.mint],
      ["pool", t.pool],
      ["vault", t.vault],
      ["hook account list", computeTokens.computeTokensPdas.extraAccountMetas(t.mint)],
      ["checkpoint", computeTokens.computeTokensPdas.holder(t.pool, bobShares)],
    ];
    for (const [name, key] of created) {
      const account = svm.getAccount(address(key.toBase58()));
      expect(account.exists, name).to.equal(true);
      if (!account.exists) continue;
      const needed = svm.minimumBalanceForRentExemption(BigInt(account.data.length));
      expect(account.lamports >= needed, `${name}: ${account.lamports} < ${needed}`).to.equal(true);
    }
  });
});
