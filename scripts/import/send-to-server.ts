/**
 * `npm run import` while the server runs: PGlite belongs to the server's
 * process, so the file goes to the server's POST /api/import with a personal
 * API token, and the server writes it (with its revisions, data version and
 * audit entry) as it would from the browser.
 */
import path from "node:path";

export interface ServerImport {
  url: string;
  token: string;
}

/** Where the running server answers and the token to use, from SITREP_URL and SITREP_TOKEN. */
export function serverImportFromEnv(env: NodeJS.ProcessEnv = process.env): ServerImport | { missing: string } {
  const url = env.SITREP_URL || `http://127.0.0.1:${env.PORT || 3000}`;
  if (!env.SITREP_TOKEN) return { missing: url };
  return { url, token: env.SITREP_TOKEN };
}

interface ImportAnswer {
  error?: string;
  errors?: { row: number; column: string; message: string }[];
  dryRun?: boolean;
  added?: number;
  changed?: number;
  unchanged?: number;
  duplicates?: { id: string; of: string; row: number }[];
}

/** Sends one CSV file; resolves to the lines to print and the exit code. */
export async function sendToServer(server: ServerImport, bytes: Uint8Array, fileName: string, options: { dryRun: boolean; reason: string }) {
  const endpoint = new URL("/api/import", server.url);
  endpoint.searchParams.set("fileName", path.basename(fileName));
  endpoint.searchParams.set("reason", options.reason);
  if (options.dryRun) endpoint.searchParams.set("dryRun", "1");
  let response: Response;
  try {
    response = await fetch(endpoint, {
      method: "POST",
      headers: { "Content-Type": "text/csv; charset=utf-8", Authorization: `Bearer ${server.token}` },
      body: Buffer.from(bytes),
    });
  } catch (error) {
    return { code: 1, err: [`The data folder is in use, and no server answers at ${server.url} (${(error as Error).message}). Set SITREP_URL to the running server's address.`], out: [] };
  }
  const answer = (await response.json().catch(() => ({}))) as ImportAnswer;
  if (!response.ok) {
    const err = [`The server refused the import (${response.status}): ${answer.error ?? response.statusText}`];
    for (const e of answer.errors ?? []) err.push(`  row ${e.row}, ${e.column}: ${e.message}`);
    return { code: 1, err, out: [] };
  }
  const verb = answer.dryRun ? "would be" : "were";
  const out = [`Sent to ${server.url}: ${answer.added} claim(s) ${verb} added, ${answer.changed} changed, ${answer.unchanged} unchanged.`];
  for (const d of answer.duplicates ?? []) out.push(`  = row ${d.row} repeats the stored claim ${d.of}; not added again`);
  return { code: 0, err: [], out };
}
