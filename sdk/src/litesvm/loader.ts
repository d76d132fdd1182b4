// Creates a LiteSVM with SPL Token, Token-2022 and ATA built in, and loads every built program
// (target/deploy/<name>.so) at its Anchor.toml address.
import * as fs from "fs";
import * as path from "path";
import { address } from "@solana/kit";
import { PublicKey } from "@solana/web3.js";
import { LiteSVM } from "litesvm";
import { PROGRAM_NAMES, ProgramName } from "../programs";

export const REPO_ROOT = path.resolve(__dirname, "..", "..", "..");

/** Program addresses from Anchor.toml's `[programs.localnet]`. */
export function anchorTomlProgramIds(root = REPO_ROOT): Record<ProgramName, string> {
  const toml = require("toml");
  const parsed = toml.parse(fs.readFileSync(path.join(root, "Anchor.toml"), "utf8"));
  const ids = parsed.programs.localnet as Record<string, string>;
  for (const name of PROGRAM_NAMES) if (!ids[name]) throw new Error(`Anchor.toml has no id for ${name}`);
  return ids as Record<ProgramName, string>;
}

export function programPath(name: ProgramName, root = REPO_ROOT): string {
  return path.join(root, "target", "deploy", `${name}.so`);
}

/** Adds each program's .so to `svm` at its Anchor.toml id; throws if one was not built. */
export function loadPrograms(svm: LiteSVM, root = REPO_ROOT): Record<ProgramName, string> {
  const ids = anchorTomlProgramIds(root);
  for (const name of PROGRAM_NAMES) {
    const so = programPath(name, root);
    if (!fs.existsSync(so)) throw new Error(`${so} is missing: run \`npm run build\` first`);
    svm.addProgramFromFile(address(ids[name]), so);
  }
  return ids;
}

export const UPGRADEABLE_LOADER_ID = new PublicKey("BPFLoaderUpgradeab1e11111111111111111111111");

/**
 * Sets a loaded program's upgrade authority, as `solana program deploy` would: LiteSVM deploys programs
 * without one. Writes the loader's own ProgramData header (tag 3, slot u64, Option<Pubkey>); the ELF after
 * byte 45 is untouched. Our programs' `initialize` accepts only this authority as admin.
 */
export function setUpgradeAuthority(svm: LiteSVM, programId: PublicKey, authority: PublicKey | null): void {
  const programData = PublicKey.findProgramAddressSync([programId.toBuffer()], UPGRADEABLE_LOADER_ID)[0];
  const account = svm.getAccount(address(programData.toBase58()));
  if (!account.exists) throw new Error(`${programId.toBase58()} has no ProgramData account`);
  const data = Buffer.from(account.data);
  data[12] = authority ? 1 : 0;
  (authority ?? PublicKey.default).toBuffer().copy(data, 13);
  svm.setAccount({ ...account, data: new Uint8Array(data) });
}

/**
 * A fresh SVM with the SPL programs built in and our four programs loaded, each with `upgradeAuthority`
 * as its upgrade authority (the deployer, who alone may initialize them).
 */
export function createSvm(upgradeAuthority: PublicKey | null = null, root = REPO_ROOT): LiteSVM {
  const svm = new LiteSVM();
  const ids = loadPrograms(svm, root);
  for (const name of PROGRAM_NAMES) setUpgradeAuthority(svm, new PublicKey(ids[name]), upgradeAuthority);
  return svm;
}
