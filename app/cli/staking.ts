// Staking: stake, unstake, cancel-unstake, withdraw, claim-rewards, staking status.
import { Command } from "commander";
import { big } from "@io-compute/sdk";
import { command, ioText, pubkey, table } from "./session";

export function register(program: Command) {
  command(program, "stake <amount>", "stake IO (whole units, decimals allowed)", async (s, text: string) => {
    const value = await s.io(text);
    const signature = await s.staking().stake(s.signer, value);
    s.print({ signature, staked: value }, () => `staked ${text} IO`);
  });
  command(program, "unstake <amount>", "request an unstake: the amount waits out the cooldown", async (s, text: string) => {
    const value = await s.io(text);
    const signature = await s.staking().requestUnstake(s.signer, value);
    s.print({ signature, requested: value }, () => `unstake of ${text} IO requested: withdraw after the cooldown`);
  });
  command(program, "cancel-unstake", "cancel the pending unstake", async (s) => {
    const signature = await s.staking().cancelUnstake(s.signer);
    s.print({ signature }, () => "pending unstake cancelled");
  });
  command(program, "withdraw", "withdraw unstaked IO after the cooldown", async (s) => {
    const signature = await s.staking().withdraw(s.signer);
    s.print({ signature }, () => "withdrawn");
  });
  command(program, "claim-rewards", "claim staking rewards", async (s) => {
    const signature = await s.staking().claimRewards(s.signer);
    s.print({ signature }, () => "rewards claimed");
  });

  const staking = program.command("staking").description("staking views");
  command(staking, "status [owner]", "a position: staked, bonded, pending unstake and cooldown, rewards, priority tier", async (s, owner?: string) => {
    const key = owner ? pubkey(owner, "owner") : s.signer.publicKey;
    const config = await s.stakingConfig();
    const position = await s.staking().position(key);
    const now = await s.now();
    const rewards = position ? await s.staking().pendingRewards(key, now) : 0n;
    const priority = await s.escrow().renterPriority(key);
    const cooldownLeft = position && big(position.pendingUnstake) > 0n ? big(position.unlockTime) - now : 0n;
    const data = {
      owner: key,
      staked: position ? big(position.staked) : 0n,
      bonded: position ? big(position.bonded) : 0n,
      pendingUnstake: position ? big(position.pendingUnstake) : 0n,
      cooldownLeftSeconds: cooldownLeft > 0n ? cooldownLeft : 0n,
      rewards,
      tier: priority.tier,
      tierName: priority.name,
      unlocksClasses: priority.unlocksClasses,
    };
    const d = config.ioDecimals;
    s.print(data, () =>
      table(
        ["", ""],
        [
          ["owner", key.toBase58()],
          ["staked", ioText(data.staked, d)],
          ["bonded", ioText(data.bonded, d)],
          ["pending unstake", `${ioText(data.pendingUnstake, d)}${data.cooldownLeftSeconds > 0n ? `, ${data.cooldownLeftSeconds} s of cooldown left` : ""}`],
          ["rewards", ioText(rewards, d)],
          ["priority tier", `${priority.name}${priority.unlocksClasses.length ? ` (unlocks classes ${priority.unlocksClasses.join(", ")})` : ""}`],
        ],
      ),
    );
  });
}
