import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

function runImport(...args: string[]) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "sitrep-cli-"));
  try {
    return spawnSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/import.ts", ...args], {
      encoding: "utf8",
      env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: "" },
      timeout: 60_000,
    });
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

describe("npm run import", () => {
  it("imports a generated folder of places and claims in one go", () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), "sitrep-generated-"));
    try {
      const generated = spawnSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/generate.ts", "--claims", "1500", "--places", "20", "--out", out], { encoding: "utf8" });
      expect(generated.status, generated.stderr).toBe(0);
      const result = runImport(out);
      expect(result.stderr).toBe("");
      // 20 places and 1,500 claims.
      expect(result.stdout).toContain("1520 record(s) were added, 0 changed, 0 unchanged.");
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  }, 60_000);

  it("says in one line that a file does not exist, with no stack trace", () => {
    const result = runImport("no-such-file.csv");
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe("Cannot read no-such-file.csv: no such file or folder");
  });

  it("refuses a file that is not UTF-8 before opening the database, naming row and column", () => {
    const file = path.join(os.tmpdir(), `sitrep-latin1-${process.pid}.csv`);
    fs.writeFileSync(file, Buffer.concat([Buffer.from("id,quote\nok,fine\nbad,caf"), Buffer.from([0xe9]), Buffer.from("\n")]));
    try {
      const result = runImport(file, "--dry-run");
      expect(result.status).toBe(1);
      expect(result.stderr).toContain("row 3, quote: is not UTF-8 text");
      expect(result.stderr).not.toMatch(/\n\s+at /);
    } finally {
      fs.rmSync(file, { force: true });
    }
  });
});
