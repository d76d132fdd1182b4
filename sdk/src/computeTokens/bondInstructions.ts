// compute_tokens: the bond instructions' builders (Anchor method builders, one per instruction). The holder
// instructions a bond shares with share pools (`open_holder`, `claim`, `claim_operator`, `sync_revenue`,
// `poke_holder`, the hooked transfer) are in ./instructions.
import { ComputeBudgetProgram, PublicKey } from "@solana/web3.js";
import { Program } from "../anchor";
import { ComputeTokens } from "../idl/compute_tokens";
import { bn } from "../util";
import { Bond } from "./accounts";
import { computeTokensPdas, poolAddresses } from "./pdas";
import { DEFAULT_DISTRIBUTION_PERIOD, TOKENIZE_COMPUTE_UNITS } from "./program";

export interface IssueBondParams {
  operator: PublicKey;
  device: PublicKey;
  /** `Config.poolCount` now: names the bond mint. */
  poolNumber: bigint;
  market: PublicKey;
  iosdMint: PublicKey;
  iosdTokenProgram: PublicKey;
  ioMint: PublicKey;
  ioTokenProgram: PublicKey;
  /** The operator's IO account the collateral comes from. */
  operatorIo: PublicKey;
  /** Face value offered, in IOSD base units (one bond token each). */
  face: bigint;
  minRaise: bigint;
  couponBps: number;
  subscriptionSeconds: bigint;
  /** From the subscription deadline to maturity. */
  termSeconds: bigint;
  graceSeconds: bigint;
  collateral: bigint;
  /** Each coupon payment streams to holders over this; defaults to `DEFAULT_DISTRIBUTION_PERIOD`. */
  distributionPeriodSeconds?: bigint;
  name: string;
  symbol: string;
  uri: string;
}

/** The accounts a bond issue creates. */
export function bondAddresses(mint: PublicKey) {
  // A bond lives where a share pool of the same mint would, with the same vault.
  const { pool: bond, vault } = poolAddresses(mint);
  return { mint, bond, vault, collateralVault: computeTokensPdas.collateralVault(bond) };
}

/** Token programs and mints the bond instructions move money with. */
export interface BondMints {
  iosdMint: PublicKey;
  iosdTokenProgram: PublicKey;
}

/** `issue_bond`: the operator offers bonds on its device, posting IO collateral; the payout is locked to the bond
 * until it closes. */
export function issueBondIx(program: Program<ComputeTokens>, p: IssueBondParams) {
  const { mint, bond, vault, collateralVault } = bondAddresses(computeTokensPdas.bondMint(p.poolNumber));
  const period = p.distributionPeriodSeconds ?? DEFAULT_DISTRIBUTION_PERIOD;
  return program.methods
    .issueBond(bn(p.face), bn(p.minRaise), p.couponBps, bn(p.subscriptionSeconds), bn(p.termSeconds), bn(p.graceSeconds), bn(p.collateral), bn(period), p.name, p.symbol, p.uri)
    .accountsPartial({
      operator: p.operator,
      config: computeTokensPdas.config(),
      market: p.market,
      device: p.device,
      mint,
      bond,
      extraAccountMetas: computeTokensPdas.extraAccountMetas(mint),
      vault,
      collateralVault,
      iosdMint: p.iosdMint,
      ioMint: p.ioMint,
      operatorIo: p.operatorIo,
      iosdTokenProgram: p.iosdTokenProgram,
      ioTokenProgram: p.ioTokenProgram,
    })
    .preInstructions([ComputeBudgetProgram.setComputeUnitLimit({ units: TOKENIZE_COMPUTE_UNITS })]);
}

/** `subscribe(amount)`: IOSD at par from `investorIosd`, bond tokens into `investorBonds` (which must exist). */
export function subscribeIx(
  program: Program<ComputeTokens>,
  p: BondMints & { investor: PublicKey; bond: PublicKey; state: Bond; investorIosd: PublicKey; investorBonds: PublicKey; amount: bigint },
) {
  return program.methods.subscribe(bn(p.amount)).accountsPartial({
    investor: p.investor,
    bond: p.bond,
    mint: p.state.mint,
    investorIosd: p.investorIosd,
    vault: p.state.vault,
    investorBonds: p.investorBonds,
    investorHolder: computeTokensPdas.holder(p.bond, p.investorBonds),
    iosdMint: p.iosdMint,
    iosdTokenProgram: p.iosdTokenProgram,
  });
}

/** `close_subscription` (anyone): the principal to `operatorIosd`, or a failed issue's collateral to `operatorIo`. */
export function closeSubscriptionIx(
  program: Program<ComputeTokens>,
  p: BondMints & { bond: PublicKey; state: Bond; operatorIosd: PublicKey; operatorIo: PublicKey },
) {
  return program.methods.closeSubscription().accountsPartial({
    bond: p.bond,
    mint: p.state.mint,
    vault: p.state.vault,
    operatorIosd: p.operatorIosd,
    collateralVault: p.state.collateralVault,
    operatorIo: p.operatorIo,
    device: p.state.device,
    iosdMint: p.iosdMint,
    ioMint: p.state.ioMint,
    iosdTokenProgram: p.iosdTokenProgram,
    ioTokenProgram: p.state.ioTokenProgram,
  });
}

/** `refund(amount)` after a failed issue: burn bond tokens from `ownerBonds`, IOSD back to `destination`. */
export function refundIx(
  program: Program<ComputeTokens>,
  p: BondMints & { owner: PublicKey; bond: PublicKey; state: Bond; ownerBonds: PublicKey; destination: PublicKey; amount: bigint },
) {
  return program.methods.refund(bn(p.amount)).accountsPartial({
    owner: p.owner,
    bond: p.bond,
    mint: p.state.mint,
    ownerBonds: p.ownerBonds,
    vault: p.state.vault,
    destination: p.destination,
    iosdMint: p.iosdMint,
    iosdTokenProgram: p.iosdTokenProgram,
  });
}

/** `declare_default` (anyone): syncs, then defaults the bond if coupons are late past the grace period or the reserve
 * is short at maturity. */
export function declareDefaultIx(program: Program<ComputeTokens>, p: BondMints & { bond: PublicKey; state: Bond }) {
  return program.methods.declareDefault().accountsPartial({ bond: p.bond, vault: p.state.vault, iosdMint: p.iosdMint, iosdTokenProgram: p.iosdTokenProgram });
}

/** `cure`: the operator pays the arrears and the reserve's shortfall from `operatorIosd`; the bond is current again. */
export function cureIx(program: Program<ComputeTokens>, p: BondMints & { operator: PublicKey; bond: PublicKey; state: Bond; operatorIosd: PublicKey }) {
  return program.methods.cure().accountsPartial({
    operator: p.operator,
    bond: p.bond,
    vault: p.state.vault,
    operatorIosd: p.operatorIosd,
    iosdMint: p.iosdMint,
    iosdTokenProgram: p.iosdTokenProgram,
  });
}

/** `repay_principal(amount)`: the operator pays coupons owed, then principal into the reserve, ahead of the rentals. */
export function repayPrincipalIx(
  program: Program<ComputeTokens>,
  p: BondMints & { operator: PublicKey; bond: PublicKey; state: Bond; operatorIosd: PublicKey; amount: bigint },
) {
  return program.methods.repayPrincipal(bn(p.amount)).accountsPartial({
    operator: p.operator,
    bond: p.bond,
    vault: p.state.vault,
    operatorIosd: p.operatorIosd,
    iosdMint: p.iosdMint,
    iosdTokenProgram: p.iosdTokenProgram,
  });
}

/** `redeem(amount)`: burns `amount` bond tokens from `tokenAccount` (0 to collect only); principal to `destination`,
 * collateral after a default to `collateralDestination`. */
export function redeemIx(
  program: Program<ComputeTokens>,
  p: BondMints & {
    owner: PublicKey;
    bond: PublicKey;
    state: Bond;
    tokenAccount: PublicKey;
    destination: PublicKey;
    collateralDestination: PublicKey;
    amount: bigint;
  },
) {
  return program.methods.redeem(bn(p.amount)).accountsPartial({
    owner: p.owner,
    bond: p.bond,
    mint: p.state.mint,
    tokenAccount: p.tokenAccount,
    holder: computeTokensPdas.holder(p.bond, p.tokenAccount),
    vault: p.state.vault,
    destination: p.destination,
    iosdMint: p.iosdMint,
    iosdTokenProgram: p.iosdTokenProgram,
    collateralVault: p.state.collateralVault,
    collateralDestination: p.collateralDestination,
    ioMint: p.state.ioMint,
    ioTokenProgram: p.state.ioTokenProgram,
  });
}

/** `close_bond` (anyone): once the bond is discharged (matured or defaulted, coupons due paid, face value reserved),
 * unlocks the payout and returns the collateral (unless it defaulted) to `operatorIo`. */
export function closeBondIx(program: Program<ComputeTokens>, p: BondMints & { bond: PublicKey; state: Bond; operatorIo: PublicKey }) {
  return program.methods.closeBond().accountsPartial({
    bond: p.bond,
    vault: p.state.vault,
    iosdMint: p.iosdMint,
    iosdTokenProgram: p.iosdTokenProgram,
    collateralVault: p.state.collateralVault,
    operatorIo: p.operatorIo,
    ioMint: p.state.ioMint,
    ioTokenProgram: p.state.ioTokenProgram,
    device: p.state.device,
  });
}
