// Creates a LiteSVM with SPL Token, Token-2022 and ATA built in, and loads our four programs at their IDL
// addresses, and Metaplex Token Metadata at its own: from this repository's target/deploy when the SDK runs from its workspace, otherwise from the copies
// the npm package ships in deploy/.
import * as fs from "fs";
import * as path from "path";
import { address } from "@solana/kit";
import { PublicKey } from "@solana/web3.js";
import { LiteSVM } from "litesvm";
import { computeTokens, PROGRAM_IDS, PROGRAM_NAMES, ProgramName } from "@io-compute/sdk";

const { TOKEN_METADATA_PROGRAM_ID } = computeTokens;

/** The SDK package's root: the nearest folder above this module with the SDK's package.json. */
function sdkRoot(): string {
  for (let dir = __dirname; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const manifest = path.join(dir, "package.json");
    if (fs.existsSync(manifest) && JSON.parse(fs.readFileSync(manifest, "utf8")).name === "@io-compute/sdk") return dir;
  }
  throw new Error(`no @io-compute/sdk package.json above ${__dirname}`);
}

/** Where the built programs are: the repository's target/deploy (the SDK as a workspace next to Anchor.toml), or
 * the package's deploy/ (the SDK installed from npm). */
export function programsDir(): string {
  const root = sdkRoot();
  const repo = path.dirname(root);
  return fs.existsSync(path.join(repo, "Anchor.toml")) ? path.join(repo, "target", "deploy") : path.join(root, "deploy");
}

export function programPath(name: ProgramName, dir = programsDir()): string {
  return path.join(dir, `${name}.so`);
}

/** Metaplex Token Metadata, a mainnet binary (LiteSVM does not carry it): this repository's tests/fixtures copy
 * (see its README for provenance), or the package's deploy/ copy. */
export function tokenMetadataPath(): string {
  const root = sdkRoot();
  const fixture = path.join(path.dirname(root), "tests", "fixtures", "mpl_token_metadata.so");
  return fs.existsSync(fixture) ? fixture : path.join(root, "deploy", "mpl_token_metadata.so");
}

/** Adds each program's .so to `svm` at its address; throws if one was not built. */
export function loadPrograms(svm: LiteSVM, dir = programsDir()): Record<ProgramName, string> {
  for (const name of PROGRAM_NAMES) {
    const so = programPath(name, dir);
    if (!fs.existsSync(so)) throw new Error(`${so} is missing: run \`npm run build\` first`);
    svm.addProgramFromFile(address(PROGRAM_IDS[name]), so);
  }
  return PROGRAM_IDS;
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
export function createSvm(upgradeAuthority: PublicKey | null = null, dir = programsDir()): LiteSVM {
  const svm = new LiteSVM();
  const ids = loadPrograms(svm, dir);
  svm.addProgramFromFile(address(TOKEN_METADATA_PROGRAM_ID.toBase58()), tokenMetadataPath());
  for (const name of PROGRAM_NAMES) setUpgradeAuthority(svm, new PublicKey(ids[name]), upgradeAuthority);
  return svm;
}
