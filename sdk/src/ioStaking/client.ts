// io_staking: one-call helpers: accounts resolved from on-chain state.
import type { Provider } from "@coral-xyz/anchor";
import { Program } from "../anchor";
import { getAssociatedTokenAddressSync } from "@solana/spl-token";
import { Keypair, PublicKey } from "@solana/web3.js";
import { IoStaking } from "../idl/io_staking";
import { StakingConfig, fetchStakingConfig, StakePosition, fetchPosition } from "./accounts";
import {
  IoAccounts,
  stakeIx,
  requestUnstakeIx,
  cancelUnstakeIx,
  withdrawIx,
  claimRewardsIx,
  fundRewardsIx,
  sweepUndistributedIx,
  closePositionIx,
  startEmissionsIx,
  crankEmissionsIx,
  withdrawEmissionSurplusIx,
} from "./instructions";
import { pendingRewards, requiredStake } from "./math";
import { ioStakingProgram } from "./program";

export class IoStakingClient {
  private io: IoAccounts | undefined;

  constructor(readonly program: Program<IoStaking>) {}

  static forProvider(provider: Provider): IoStakingClient {
    return new IoStakingClient(ioStakingProgram(provider));
  }

  config(): Promise<StakingConfig> {
    return fetchStakingConfig(this.program);
  }

  position(owner: PublicKey): Promise<StakePosition | null> {
    return fetchPosition(this.program, owner);
  }

  /** The IO mint and token program, read once from the config. */
  async ioAccounts(): Promise<IoAccounts> {
    if (!this.io) {
      const config = await this.config();
      this.io = { ioMint: config.ioMint, tokenProgram: config.tokenProgram };
    }
    return this.io;
  }

  /** `owner`'s associated IO token account. */
  async ioAccountOf(owner: PublicKey): Promise<PublicKey> {
    const { ioMint, tokenProgram } = await this.ioAccounts();
    return getAssociatedTokenAddressSync(ioMint, owner, true, tokenProgram);
  }

  async stake(owner: Keypair, amount: bigint, ownerToken?: PublicKey): Promise<string> {
    const token = ownerToken ?? (await this.ioAccountOf(owner.publicKey));
    return stakeIx(this.program, { owner: owner.publicKey, ownerToken: token, amount, ...(await this.ioAccounts()) })
      .signers([owner])
      .rpc();
  }

  requestUnstake(owner: Keypair, amount: bigint): Promise<string> {
    return requestUnstakeIx(this.program, owner.publicKey, amount).signers([owner]).rpc();
  }

  cancelUnstake(owner: Keypair): Promise<string> {
    return cancelUnstakeIx(this.program, owner.publicKey).signers([owner]).rpc();
  }

  async withdraw(owner: Keypair, to?: PublicKey): Promise<string> {
    const ownerToken = to ?? (await this.ioAccountOf(owner.publicKey));
    return withdrawIx(this.program, { owner: owner.publicKey, ownerToken, ...(await this.ioAccounts()) })
      .signers([owner])
      .rpc();
  }

  async claimRewards(owner: Keypair, to?: PublicKey): Promise<string> {
    const ownerToken = to ?? (await this.ioAccountOf(owner.publicKey));
    return claimRewardsIx(this.program, { owner: owner.publicKey, ownerToken, ...(await this.ioAccounts()) })
      .signers([owner])
      .rpc();
  }

  async fundRewards(admin: Keypair, amount: bigint, duration: bigint, adminToken?: PublicKey): Promise<string> {
    const from = adminToken ?? (await this.ioAccountOf(admin.publicKey));
    return fundRewardsIx(this.program, { admin: admin.publicKey, adminToken: from, amount, duration, ...(await this.ioAccounts()) })
      .signers([admin])
      .rpc();
  }

  /** Starts the emission schedule at `genesis` (admin, once). */
  async startEmissions(admin: Keypair, genesis: bigint, stakerBps: number, streamSeconds: bigint): Promise<string> {
    return startEmissionsIx(this.program, { admin: admin.publicKey, genesis, stakerBps, streamSeconds, ...(await this.ioAccounts()) })
      .signers([admin])
      .rpc();
  }

  /** Pays what the schedule owes since the last crank (anyone; the provider's wallet pays the fee). */
  async crankEmissions(): Promise<string> {
    return crankEmissionsIx(this.program, await this.ioAccounts()).rpc();
  }

  /** Moves what the emission vault holds beyond what the schedule still owes to the treasury (admin). */
  async withdrawEmissionSurplus(admin: Keypair): Promise<string> {
    const config = await this.config();
    return withdrawEmissionSurplusIx(this.program, { admin: admin.publicKey, treasury: config.treasury, ...(await this.ioAccounts()) })
      .signers([admin])
      .rpc();
  }

  async sweepUndistributed(admin: Keypair): Promise<string> {
    const config = await this.config();
    return sweepUndistributedIx(this.program, { admin: admin.publicKey, treasury: config.treasury, ...(await this.ioAccounts()) })
      .signers([admin])
      .rpc();
  }

  closePosition(owner: Keypair): Promise<string> {
    return closePositionIx(this.program, owner.publicKey).signers([owner]).rpc();
  }

  /** Rewards `owner` could claim at `now` (unix seconds), computed exactly as the program will. */
  async pendingRewards(owner: PublicKey, now: bigint): Promise<bigint> {
    const position = await this.position(owner);
    return position ? pendingRewards(await this.config(), position, now) : 0n;
  }

  async requiredStake(deviceClass: number, gpuCount: number): Promise<bigint | null> {
    return requiredStake(await this.config(), deviceClass, gpuCount);
  }
}
