import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";

export interface BenchServer {
  base: string;
  pid: number;
  stop: () => Promise<void>;
}

/** One `next start` on its own data folder, as an operator would run it; resolves once /api/health says ok. */
export async function startServer({ port, distDir, dataDir, timeoutMs = 180_000, env = {} }: { port: number; distDir: string; dataDir: string; timeoutMs?: number; env?: Record<string, string> }): Promise<BenchServer> {
  const child: ChildProcess = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(port)], {
    env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: "", NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: "1", ...env },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk));
  const base = `http://127.0.0.1:${port}`;
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once("exit", () => resolve()).kill();
    });
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}:\n${stderr}`);
    const health = await fetch(`${base}/api/health`).then((r) => (r.ok ? (r.json() as Promise<{ status: string }>) : null), () => null);
    if (health?.status === "ok") return { base, pid: child.pid as number, stop };
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  throw new Error(`next start on ${port} was not ready within ${timeoutMs / 1000} s:\n${stderr}`);
}

/** Resident memory of a process in MB, from /proc (Linux). */
export function residentMegabytes(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
  return kb / 1024;
}
