#!/usr/bin/env node
// Writes sdk/src/idl/<name>.ts from sdk/idl/<name>.json: the IDL as a TypeScript type with literal types, the
// same camelCase shape `anchor build` writes to target/types, so `Program<IoStaking>` gives typed methods,
// accounts and events.
const fs = require("fs");
const path = require("path");
const root = path.resolve(__dirname, "..");
const { convertIdlToCamelCase } = require("@coral-xyz/anchor/dist/cjs/idl");
const pascal = (s) => s.replace(/(^|_)(\w)/g, (_, __, c) => c.toUpperCase());
for (const file of fs.readdirSync(path.join(root, "sdk/idl")).filter((f) => f.endsWith(".json")).sort()) {
  const name = file.replace(/\.json$/, "");
  const idl = JSON.parse(fs.readFileSync(path.join(root, "sdk/idl", file), "utf8"));
  // Arrays of numbers (discriminators, seeds) on one line each, as in Anchor's own output.
  const json = JSON.stringify(convertIdlToCamelCase(idl), null, 2).replace(/\[\s*(\d+(?:,\s*\d+)*)\s*\]/g, (_, nums) =>
    `[${nums.split(/,\s*/).join(", ")}]`,
  );
  const type = pascal(name);
  // The value is the IDL as committed (what Anchor's Program reads), inline so that bundlers and browsers need
  // no JSON loader; its type is the camelCase shape, as Anchor's target/types pairs them.
  const source = `// Generated from sdk/idl/${file} by scripts/gen-idl-types.js: do not edit.
export type ${type} = ${json};

export const ${name.toUpperCase()}_IDL = ${JSON.stringify(idl)} as unknown as ${type};
`;
  const out = path.join(root, "sdk/src/idl", `${name}.ts`);
  if (!fs.existsSync(out) || fs.readFileSync(out, "utf8") !== source) fs.writeFileSync(out, source);
}
