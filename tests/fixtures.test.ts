// The committed Metaplex Token Metadata binary is the one its provenance note (tests/fixtures/README.md) names,
// byte for byte: a fixture that was edited, or swapped for another build, fails here.
import { expect } from "chai";
import * as crypto from "crypto";
import * as fs from "fs";
import * as path from "path";
import { REPO_ROOT } from "./helpers";

describe("test fixtures", () => {
  it("mpl_token_metadata.so matches the sha256 and size in its provenance note", () => {
    const dir = path.join(REPO_ROOT, "tests", "fixtures");
    const note = fs.readFileSync(path.join(dir, "README.md"), "utf8");
    const binary = fs.readFileSync(path.join(dir, "mpl_token_metadata.so"));
    const sha256 = /sha256\s+`([0-9a-f]{64})`/.exec(note)![1];
    const size = Number(/([\d,]+) bytes/.exec(note)![1].replace(/,/g, ""));
    expect(crypto.createHash("sha256").update(binary).digest("hex")).to.equal(sha256);
    expect(binary.length).to.equal(size);
  });
});
