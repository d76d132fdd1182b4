// iosd: Pyth's PriceUpdateV2 account layout.
import { PublicKey } from "@solana/web3.js";
import { Buffer } from "buffer";

export const PRICE_UPDATE_V2_DISCRIMINATOR = Buffer.from([34, 241, 35, 99, 157, 126, 244, 205]);

/** Size Pyth's receiver allocates for a PriceUpdateV2 account. */
export const PRICE_UPDATE_V2_SIZE = 134;

export interface PriceUpdate {
  writeAuthority?: PublicKey;
  /** "full", or the number of guardian signatures of a partially verified update. */
  verification: "full" | { partial: number };
  feedId: Uint8Array;
  price: bigint;
  conf: bigint;
  exponent: number;
  publishTime: bigint;
  prevPublishTime?: bigint;
  emaPrice?: bigint;
  emaConf?: bigint;
  postedSlot?: bigint;
}

/** The account data of a `PriceUpdateV2`, byte for byte as Pyth's receiver writes it. */
export function encodePriceUpdateV2(u: PriceUpdate): Buffer {
  const data = Buffer.alloc(PRICE_UPDATE_V2_SIZE);
  PRICE_UPDATE_V2_DISCRIMINATOR.copy(data, 0);
  (u.writeAuthority ?? PublicKey.default).toBuffer().copy(data, 8);
  let o = 40;
  if (u.verification === "full") data.writeUInt8(1, o++);
  else {
    data.writeUInt8(0, o++);
    data.writeUInt8(u.verification.partial, o++);
  }
  Buffer.from(u.feedId).copy(data, o);
  o += 32;
  data.writeBigInt64LE(u.price, o);
  data.writeBigUInt64LE(u.conf, o + 8);
  data.writeInt32LE(u.exponent, o + 16);
  data.writeBigInt64LE(u.publishTime, o + 20);
  data.writeBigInt64LE(u.prevPublishTime ?? u.publishTime, o + 28);
  data.writeBigInt64LE(u.emaPrice ?? u.price, o + 36);
  data.writeBigUInt64LE(u.emaConf ?? u.conf, o + 44);
  data.writeBigUInt64LE(u.postedSlot ?? 0n, o + 52);
  return data;
}

export function decodePriceUpdateV2(data: Uint8Array): PriceUpdate {
  const b = Buffer.from(data);
  if (b.length < 101 || !b.subarray(0, 8).equals(PRICE_UPDATE_V2_DISCRIMINATOR)) throw new Error("not a PriceUpdateV2 account");
  const full = b.readUInt8(40) === 1;
  const o = full ? 41 : 42;
  return {
    writeAuthority: new PublicKey(b.subarray(8, 40)),
    verification: full ? "full" : { partial: b.readUInt8(41) },
    feedId: b.subarray(o, o + 32),
    price: b.readBigInt64LE(o + 32),
    conf: b.readBigUInt64LE(o + 40),
    exponent: b.readInt32LE(o + 48),
    publishTime: b.readBigInt64LE(o + 52),
  };
}
