#!/usr/bin/env node
// Renders a @solana/kit client per program from the committed IDLs (sdk/idl/*.json) into sdk/src/kit/<program>/,
// with Codama. Pinned: codama and @codama/* 1.9.0, @codama/nodes-from-anchor 1.5.2, @codama/renderers-js 2.2.0
// (renderers-js 2.2.0 crashes with @codama/nodes 1.10; see package.json's overrides). Two changes to its output:
// - Codama defaults accounts named `token_program` to the legacy Token program; ours take SPL Token or Token-2022,
//   so the default is removed and callers must pass the mint's program.
// - renderers-js 2.2.0 annotates each program plugin's return type in a way kit 6.10+'s `extendClient` no longer
//   satisfies; the annotation is dropped (the inferred type is the same object) so the clients type-check against
//   the kit this SDK uses (8.x).
import { createFromRoot } from "codama";
import { bottomUpTransformerVisitor, instructionAccountNode } from "codama";
import { rootNodeFromAnchor } from "@codama/nodes-from-anchor";
import { renderVisitor } from "@codama/renderers-js";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
// KIT_CLIENTS_DIR renders elsewhere (the tests compare a fresh rendering with the committed one).
const outRoot = process.env.KIT_CLIENTS_DIR ? path.resolve(process.env.KIT_CLIENTS_DIR) : path.join(root, "sdk/src/kit");
const PROGRAMS = { io_staking: "ioStaking", iosd: "iosd", rental_escrow: "rentalEscrow", compute_tokens: "computeTokens" };

for (const [name, folder] of Object.entries(PROGRAMS)) {
  const idl = JSON.parse(fs.readFileSync(path.join(root, "sdk/idl", `${name}.json`), "utf8"));
  const codama = createFromRoot(rootNodeFromAnchor(idl));
  codama.update(
    bottomUpTransformerVisitor([
      {
        select: "[instructionAccountNode]tokenProgram",
        transform: (node) => instructionAccountNode({ ...node, defaultValue: undefined }),
      },
    ]),
  );
  const out = path.join(outRoot, folder);
  await codama.accept(
    renderVisitor(out, { generatedFolder: ".", syncPackageJson: false, deleteFolderBeforeRendering: true, kitImportStrategy: "rootOnly" }),
  );
  const plugin = path.join(out, "programs", `${folder}.ts`);
  const source = fs.readFileSync(plugin, "utf8");
  const patched = source.replace(/\n  \): Omit<T, "\w+"> & \{ \w+: \w+Plugin \} => \{/, "\n  ) => {");
  if (patched === source) throw new Error(`${plugin}: the plugin's return annotation was not found`);
  fs.writeFileSync(plugin, patched);
}
