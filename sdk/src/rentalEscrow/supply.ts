// rental_escrow: supplier emissions (programs/rental-escrow/src/supply.rs): the ledger of GPU-seconds served per day
// of the schedule, and what a device has earned of the suppliers' part, exactly as the program converts it.
import { PublicKey } from "@solana/web3.js";
import { Program } from "../anchor";
import { RentalEscrow } from "../idl/rental_escrow";
import { StakingConfig } from "../ioStaking/accounts";
import { WINDOWS, windowAt } from "../ioStaking/emission";
import { big } from "../util";
import type { Device } from "./accounts";
import { Buffer } from "buffer";

/** Discriminator, market, opened_at, allocated, swept. */
export const LEDGER_HEADER = 8 + 32 + 8 + 8 + 8;
/** Per window: points, emission, funded_at (u64 each). */
export const LEDGER_ENTRY = 24;
/** The ledger account's size: 175,384 bytes. */
export const LEDGER_SIZE = LEDGER_HEADER + Number(WINDOWS) * LEDGER_ENTRY;

export interface LedgerWindow {
  /** GPU-seconds counted in the window. */
  points: bigint;
  /** IO the window's service shares (given at its first service). */
  emission: bigint;
  /** The suppliers' cumulative part at the window's end: what the crank must have paid them before it is claimable. */
  fundedAt: bigint;
}

export interface SupplierLedger {
  market: PublicKey;
  /** Service is counted from here on (and from the genesis). */
  openedAt: bigint;
  /** The suppliers' emission given to served days so far, and what was swept of unserved days'. */
  allocated: bigint;
  swept: bigint;
  window(index: bigint): LedgerWindow;
}

/** Decodes a ledger account (its discriminator checked by the program's coder). */
export function decodeSupplierLedger(program: Program<RentalEscrow>, data: Buffer): SupplierLedger {
  const header = program.coder.accounts.decode("supplierLedger", data);
  if (data.length !== LEDGER_SIZE) throw new Error(`a supplier ledger has ${LEDGER_SIZE} bytes, not ${data.length}`);
  const word = (at: number) => data.readBigUInt64LE(at);
  return {
    market: header.market,
    openedAt: big(header.openedAt),
    allocated: big(header.allocated),
    swept: big(header.swept),
    window(index: bigint): LedgerWindow {
      if (index < 0n || index >= WINDOWS) return { points: 0n, emission: 0n, fundedAt: 0n };
      const at = LEDGER_HEADER + Number(index) * LEDGER_ENTRY;
      return { points: word(at), emission: word(at + 8), fundedAt: word(at + 16) };
    },
  };
}

/** The market's ledger, or null before it is opened. */
export async function fetchSupplierLedger(program: Program<RentalEscrow>, address: PublicKey): Promise<SupplierLedger | null> {
  if (address.equals(PublicKey.default)) return null;
  const info = await program.provider.connection.getAccountInfo(address);
  return info ? decodeSupplierLedger(program, Buffer.from(info.data)) : null;
}

/** A window's IO for `points` of its GPU-seconds, floored (the program's `share_of`). */
export const shareOf = (window: LedgerWindow, points: bigint): bigint => (window.points === 0n ? 0n : (window.emission * points) / window.points);

export interface SupplierEmissions {
  /** IO earned and not yet claimed: converted, plus the device's GPU-seconds of an ended window (a claim converts them). */
  owed: bigint;
  /** Whether a claim now would be paid: something is owed and the crank has funded it. */
  claimable: boolean;
  /** GPU-seconds counted in the current window, and what they would earn if the window closed with today's totals. */
  currentPoints: bigint;
  currentEstimate: bigint;
  claimed: bigint;
  /** GPU-seconds counted for emissions in all. */
  gpuSeconds: bigint;
}

/** What `device` has earned of the suppliers' emissions at `now`, as `claim_supplier_emissions` would see it. */
export function supplierEmissions(device: Device, ledger: SupplierLedger | null, config: StakingConfig, now: bigint): SupplierEmissions {
  const genesis = big(config.emissionGenesis);
  const current = genesis === 0n ? null : windowAt(genesis, now);
  let owed = big(device.emissionOwed);
  let fundedAt = big(device.emissionFundedAt);
  let currentPoints = 0n;
  let currentEstimate = 0n;
  const points = big(device.emissionPoints);
  if (ledger && points > 0n) {
    const window = ledger.window(big(device.emissionWindow));
    if (current !== null && big(device.emissionWindow) < current) {
      owed += shareOf(window, points);
      fundedAt = window.fundedAt;
    } else {
      currentPoints = points;
      currentEstimate = shareOf(window, points);
    }
  }
  const claimable = owed > 0n && big(config.emissionToSuppliers) >= fundedAt;
  return { owed, claimable, currentPoints, currentEstimate, claimed: big(device.emissionClaimed), gpuSeconds: big(device.emissionGpuSeconds) };
}
