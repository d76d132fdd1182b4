// Pyth prices in LiteSVM: a PriceUpdateV2 account written with the receiver program as owner and the real byte
// layout, as Pyth's receiver would leave it after posting a verified update.
import { PublicKey } from "@solana/web3.js";
import { address, lamports } from "@solana/kit";
import { LiteSVM } from "litesvm";
import { iosd } from "@io-compute/sdk";

export function writePriceUpdate(svm: LiteSVM, account: PublicKey, update: iosd.PriceUpdate, owner: PublicKey = iosd.PYTH_RECEIVER_PROGRAM_ID): void {
  svm.setAccount({
    address: address(account.toBase58()),
    data: iosd.encodePriceUpdateV2(update),
    executable: false,
    lamports: lamports(svm.minimumBalanceForRentExemption(BigInt(iosd.PRICE_UPDATE_V2_SIZE))),
    programAddress: address(owner.toBase58()),
    space: BigInt(iosd.PRICE_UPDATE_V2_SIZE),
  });
}
