import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect } from "@playwright/test";

/** SIGTERM, and SIGKILL a few seconds later for a server still holding open connections (a page that polls it). */
export async function stopServer(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) return;
  const exited = new Promise((resolve) => server.once("exit", resolve));
  server.kill("SIGTERM");
  const hard = setTimeout(() => server.kill("SIGKILL"), 5_000);
  await exited;
  clearTimeout(hard);
}

export interface OwnServer {
  url: string;
  dataDir: string;
  /** Stops the server; its database is removed unless kept for a server started after it. */
  stop: (options?: { keepData?: boolean }) => Promise<void>;
}

/**
 * A server of a spec's own, on a fresh embedded database, for tests that
 * write: the shared browser-test server's figures stay as the other specs
 * expect them.
 */
export async function startOwnServer(port: number, env: Record<string, string> = {}, options: { dataDir?: string } = {}): Promise<OwnServer> {
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), `sitrep-e2e-own-${port}-`));
  const logs: string[] = [];
  const server: ChildProcess = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(port)], {
    env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: "", NEXT_DIST_DIR: process.env.NEXT_DIST_DIR || ".next-test", TILE_URL: "http://127.0.0.1:9/{z}/{x}/{y}.png", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  server.stdout?.on("data", (chunk: Buffer) => logs.push(String(chunk)));
  server.stderr?.on("data", (chunk: Buffer) => logs.push(String(chunk)));
  const url = `http://127.0.0.1:${port}`;
  await expect
    .poll(() => fetch(`${url}/api/health`).then((r) => r.status, () => 0), { timeout: 60_000 })
    .toBe(200)
    .catch((error: Error) => {
      server.kill();
      throw new Error(`the server on ${port} did not become ready: ${error.message}\n${logs.join("")}`);
    });
  return {
    url,
    dataDir,
    stop: async ({ keepData = false } = {}) => {
      await stopServer(server);
      if (!keepData) fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
