// The @solana/kit clients (sdk/src/kit, rendered by Codama) against the Anchor-based builders: for every instruction
// of every program, random arguments and accounts must give the same bytes and the same account metas; and a
// transaction built with kit alone runs on LiteSVM, its account read back with kit's decoder.
import { expect } from "chai";
import { BN, Idl, Program } from "@coral-xyz/anchor";
import { TOKEN_PROGRAM_ID } from "@solana/spl-token";
import { Connection, Keypair, PublicKey } from "@solana/web3.js";
import {
  AccountRole,
  address,
  appendTransactionMessageInstruction,
  createKeyPairSignerFromBytes,
  createNoopSigner,
  createTransactionMessage,
  pipe,
  setTransactionMessageFeePayerSigner,
  setTransactionMessageLifetimeUsingBlockhash,
  signTransactionMessageWithSigners,
  type Address,
  type Instruction,
} from "@solana/kit";
import { FailedTransactionMetadata } from "litesvm";
import { createAta, IDLS, ioStaking, KeypairWallet, mintTo, RpcProvider } from "@io-compute/sdk";
import * as kit from "@io-compute/sdk/kit";
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { IO, REPO_ROOT, World } from "./helpers";

const KIT_CLIENTS: Record<string, Record<string, unknown>> = {
  io_staking: kit.ioStaking,
  iosd: kit.iosd,
  rental_escrow: kit.rentalEscrow,
  compute_tokens: kit.computeTokens,
};
const camel = (s: string) => s.replace(/_(\w)/g, (_, c: string) => c.toUpperCase());
const pascal = (s: string) => camel(s).replace(/^\w/, (c) => c.toUpperCase());

/** A deterministic generator, so a failure can be replayed (KIT_SEED). */
function random(seed: number) {
  let state = seed >>> 0 || 1;
  const next = () => ((state = (state * 1_103_515_245 + 12_345) >>> 0), state);
  return {
    int: (max: number) => next() % max,
    bytes: (n: number) => Uint8Array.from({ length: n }, () => next() & 0xff),
  };
}

type IdlArgType = string | { array: [string, number] };

/** One random value of `type`, as Anchor takes it and as the kit client takes it. */
function randomArg(type: IdlArgType, rng: ReturnType<typeof random>): { anchor: unknown; kit: unknown } {
  const unsigned = (bytes: number) => BigInt("0x" + Buffer.from(rng.bytes(bytes)).toString("hex"));
  if (typeof type === "object") {
    const [inner, length] = type.array;
    const items = Array.from({ length }, () => randomArg(inner, rng));
    const anchor = items.map((i) => i.anchor);
    // Codama turns [u8; N] into fixed-size bytes.
    return { anchor, kit: inner === "u8" ? Uint8Array.from(anchor as number[]) : items.map((i) => i.kit) };
  }
  switch (type) {
    case "u8":
      return ((v) => ({ anchor: v, kit: v }))(rng.int(256));
    case "u16":
      return ((v) => ({ anchor: v, kit: v }))(rng.int(65_536));
    case "u32":
      return ((v) => ({ anchor: v, kit: v }))(Number(unsigned(4)));
    case "u64": {
      const v = unsigned(8);
      return { anchor: new BN(v.toString()), kit: v };
    }
    case "i64": {
      const v = BigInt.asIntN(64, unsigned(8));
      return { anchor: new BN(v.toString()), kit: v };
    }
    case "pubkey": {
      const key = Keypair.generate().publicKey;
      return { anchor: key, kit: address(key.toBase58()) };
    }
    case "string": {
      const v = Buffer.from(rng.bytes(rng.int(24))).toString("base64");
      return { anchor: v, kit: v };
    }
    default:
      throw new Error(`no random value for IDL type ${type}`);
  }
}

const ROLES: Record<string, AccountRole> = {
  "false,false": AccountRole.READONLY,
  "false,true": AccountRole.WRITABLE,
  "true,false": AccountRole.READONLY_SIGNER,
  "true,true": AccountRole.WRITABLE_SIGNER,
};

describe("sdk: the kit clients", () => {
  // Building instructions needs no cluster: the connection is never used.
  const provider = new RpcProvider(new Connection("http://127.0.0.1:9"), new KeypairWallet(Keypair.generate()));
  const seed = Number(process.env.KIT_SEED ?? 20_261_201);

  for (const idl of IDLS) {
    const name = idl.metadata.name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
    it(`${name}: every instruction encodes byte for byte as Anchor's, with the same account metas (10 random draws each)`, async () => {
      const program = new Program(idl as Idl, provider);
      const client = KIT_CLIENTS[name];
      const rng = random(seed);
      for (const ix of idl.instructions) {
        const build = client[`get${pascal(ix.name)}Instruction`] as (input: Record<string, unknown>) => Instruction;
        expect(build, `kit builder for ${ix.name}`).to.be.a("function");
        for (let draw = 0; draw < 10; draw++) {
          const args = ix.args.map((a) => ({ name: camel(a.name), ...randomArg(a.type as IdlArgType, rng) }));
          const accounts = (ix.accounts as { name: string; signer?: boolean; address?: string }[]).map((a) => ({
            name: camel(a.name),
            key: a.address ? new PublicKey(a.address) : Keypair.generate().publicKey,
            signer: !!a.signer,
          }));
          const viaAnchor = await (program.methods as Record<string, (...a: unknown[]) => { accountsStrict(a: object): { instruction(): Promise<{ data: Buffer; keys: { pubkey: PublicKey; isSigner: boolean; isWritable: boolean }[] }> } }>)[camel(ix.name)](
            ...args.map((a) => a.anchor),
          )
            .accountsStrict(Object.fromEntries(accounts.map((a) => [a.name, a.key])))
            .instruction();
          const input: Record<string, unknown> = Object.fromEntries(args.map((a) => [a.name, a.kit]));
          for (const a of accounts) input[a.name] = a.signer ? createNoopSigner(address(a.key.toBase58())) : address(a.key.toBase58());
          const viaKit = build(input);
          expect(Buffer.from(viaKit.data!).toString("hex"), `${ix.name} data`).to.equal(viaAnchor.data.toString("hex"));
          expect(
            viaKit.accounts!.map((m) => [m.address, m.role]),
            `${ix.name} accounts`,
          ).to.deep.equal(viaAnchor.keys.map((k) => [k.pubkey.toBase58(), ROLES[`${k.isSigner},${k.isWritable}`]]));
          expect(viaKit.programAddress).to.equal(idl.address);
        }
      }
    });
  }

  it("the committed clients are what scripts/gen-kit-clients.mjs renders from the committed IDLs", () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), "kit-clients-"));
    try {
      execFileSync("node", ["scripts/gen-kit-clients.mjs"], { cwd: REPO_ROOT, env: { ...process.env, KIT_CLIENTS_DIR: out } });
      const committed = path.join(REPO_ROOT, "sdk/src/kit");
      for (const folder of ["ioStaking", "iosd", "rentalEscrow", "computeTokens"]) {
        const files = (dir: string) => (fs.readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith(".ts")).sort();
        expect(files(path.join(out, folder)), folder).to.deep.equal(files(path.join(committed, folder)));
        for (const file of files(path.join(out, folder))) {
          expect(fs.readFileSync(path.join(out, folder, file), "utf8"), `${folder}/${file}`).to.equal(fs.readFileSync(path.join(committed, folder, file), "utf8"));
        }
      }
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  });

  it("no rendered client defaults a token program: the caller must name SPL Token or Token-2022", () => {
    const key = () => address(Keypair.generate().publicKey.toBase58());
    const input = { owner: createNoopSigner(key()), config: key(), position: key(), ownerToken: key(), stakeVault: key(), ioMint: key(), amount: 1n };
    // @ts-expect-error tokenProgram is required (Codama would default it to the legacy Token program)
    const untyped = kit.ioStaking.getStakeInstruction(input);
    // Forced past the type check, the slot holds the io_staking address (Codama's placeholder), which the program
    // refuses as a token program; never the legacy Token program.
    expect(untyped.accounts[6].address).to.equal(kit.ioStaking.IO_STAKING_PROGRAM_ADDRESS);
    const token2022 = address("TokenzQdBNbLqP5VEhdkAS6EPFLC1PHnBqCXEpPxuEb");
    expect(kit.ioStaking.getStakeInstruction({ ...input, tokenProgram: token2022 }).accounts[6].address).to.equal(token2022);
  });

  it("a transaction built with kit alone (PDAs resolved by the kit client) stakes on LiteSVM; kit decodes the position", async () => {
    const world = await new World().createIo();
    await world.initStaking();
    const owner = Keypair.generate();
    world.provider.airdrop(owner.publicKey, 10n ** 9n);
    const ownerIo = await createAta(world.provider, world.ioMint, owner.publicKey, TOKEN_PROGRAM_ID);
    await mintTo(world.provider, world.ioMint, ownerIo, world.ioMintAuthority, 7n * IO, TOKEN_PROGRAM_ID);

    const signer = await createKeyPairSignerFromBytes(owner.secretKey);
    const stake = await kit.ioStaking.getStakeInstructionAsync({
      owner: signer,
      ownerToken: address(ownerIo.toBase58()),
      ioMint: address(world.ioMint.toBase58()),
      tokenProgram: address(TOKEN_PROGRAM_ID.toBase58()),
      amount: 7n * IO,
    });
    const message = pipe(
      createTransactionMessage({ version: 0 }),
      (m) => setTransactionMessageFeePayerSigner(signer, m),
      (m) => setTransactionMessageLifetimeUsingBlockhash({ blockhash: world.provider.svm.latestBlockhash() as never, lastValidBlockHeight: 0n }, m),
      (m) => appendTransactionMessageInstruction(stake, m),
    );
    const result = world.provider.svm.sendTransaction((await signTransactionMessageWithSigners(message)) as never);
    expect(result instanceof FailedTransactionMetadata ? result.meta().logs() : "ok").to.equal("ok");

    const position = ioStaking.positionPda(owner.publicKey);
    const [kitPosition] = await kit.ioStaking.findPositionPda({ owner: signer.address });
    expect(kitPosition).to.equal(position.toBase58() as Address);
    const account = world.provider.svm.getAccount(address(position.toBase58()));
    if (!account.exists) throw new Error("no position account");
    const decoded = kit.ioStaking.getStakePositionDecoder().decode(account.data);
    expect([decoded.owner, decoded.staked]).to.deep.equal([signer.address, 7n * IO]);
    const viaAnchor = (await ioStaking.fetchPosition(world.staking, owner.publicKey))!;
    expect(BigInt(viaAnchor.staked.toString())).to.equal(decoded.staked);
  });
});
