// Creates a LiteSVM with SPL Token, Token-2022 and ATA built in, and loads every built program
// (target/deploy/<name>.so) at its Anchor.toml address.
import * as fs from "fs";
import * as path from "path";
import { address } from "@solana/kit";
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

/** A fresh SVM with the SPL programs built in and our four programs loaded. */
export function createSvm(root = REPO_ROOT): LiteSVM {
  const svm = new LiteSVM();
  loadPrograms(svm, root);
  return svm;
}
