/**
 * Imports a figures CSV (the same columns /api/figures?format=csv exports),
 * or a folder of dataset files (figures.csv, sources.json, events.json,
 * locations.geojson, derived.json, any of them), all records or none.
 *
 *   npm run import -- new-reports.csv [--dry-run] [--author "Name"] [--reason "Why"]
 *   npm run import -- generated/
 *
 * PGlite belongs to one process: while the server runs, a CSV file goes to
 * the server's POST /api/import instead, with a personal API token
 * (SITREP_TOKEN; SITREP_URL, default http://127.0.0.1:$PORT or :3000).
 */
import fs from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { openAndSeed } from "@/lib/db/bootstrap";
import { DataDirBusyError } from "@/lib/db/data-dir-lock";
import { ImportValidationError } from "@/lib/import/errors";
import { decodeCsvFile } from "@/lib/import/decode-csv";
import { importDataset } from "@/lib/import/import-dataset";
import { readDatasetFolder } from "@/lib/import/bundled-data";
import type { DatasetFiles } from "@/lib/import/dataset";
import { ImportTooLargeError } from "@/lib/import/limits";
import { sendToServer, serverImportFromEnv } from "./import/send-to-server";

/** A problem the user can fix, said in one line, without a stack trace. */
class CommandError extends Error {}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    "dry-run": { type: "boolean", default: false },
    author: { type: "string", default: process.env.USER ?? "command line" },
    reason: { type: "string", default: "Imported from the command line" },
  },
});

/** A CSV file or a folder of dataset files, read as an upload would arrive. */
async function readInput(input: string): Promise<DatasetFiles> {
  const stat = await fs.stat(input).catch((error: NodeJS.ErrnoException) => {
    throw new CommandError(`Cannot read ${input}: ${error.code === "ENOENT" ? "no such file or folder" : error.message}`);
  });
  if (stat.isDirectory()) return readDatasetFolder(input);
  const bytes = await fs.readFile(input).catch((error: NodeJS.ErrnoException) => {
    throw new CommandError(`Cannot read ${input}: ${error.message}`);
  });
  return { figuresCsv: decodeCsvFile(bytes, path.basename(input)), figuresFileName: path.basename(input) };
}

async function main(): Promise<number> {
  if (positionals.length !== 1) {
    console.error("Usage: npm run import -- <figures.csv | folder> [--dry-run] [--author NAME] [--reason TEXT]");
    return 2;
  }
  const files = await readInput(positionals[0]);
  const database = await openAndSeed().catch((error: unknown) => {
    if (error instanceof DataDirBusyError) return error;
    throw error;
  });
  if (database instanceof DataDirBusyError) return importThroughServer(positionals[0], database);
  try {
    const result = await importDataset(database.db, files, {
      author: values.author as string,
      reason: values.reason as string,
      dryRun: values["dry-run"],
    });
    const verb = result.dryRun ? "would be" : "were";
    console.log(`${result.created.length} record(s) ${verb} added, ${result.updated.length} changed, ${result.unchanged} unchanged.`);
    // A generated folder adds 100,000 rows: list them only when a reader can take them in.
    if (result.created.length + result.updated.length <= 200) {
      for (const { id } of result.created) console.log(`  + ${id}`);
      for (const { id, changes } of result.updated) console.log(`  ~ ${id}: ${Object.keys(changes).join(", ")}`);
    }
    return 0;
  } finally {
    await database.close();
  }
}

/** The server holds the data folder: send it a CSV file with a token, or say how to. */
async function importThroughServer(input: string, busy: DataDirBusyError): Promise<number> {
  const server = serverImportFromEnv();
  if ("missing" in server) {
    throw new CommandError(
      `${busy.message}\nOr, to import while it runs, create a token on the account page (${server.missing}/en/account) and run again with SITREP_TOKEN=<token> (and SITREP_URL if the server is not at ${server.missing}).`,
    );
  }
  if ((await fs.stat(input)).isDirectory()) throw new CommandError(`${busy.message}\nA folder imports only with the server stopped; a CSV file can go through the running server.`);
  const { code, out, err } = await sendToServer(server, await fs.readFile(input), input, { dryRun: Boolean(values["dry-run"]), reason: values.reason as string });
  for (const line of out) console.log(line);
  for (const line of err) console.error(line);
  return code;
}

main()
  .then((code) => process.exit(code))
  .catch((error: unknown) => {
    if (error instanceof ImportValidationError) {
      console.error("Import rejected; nothing was written.");
      for (const e of error.errors) console.error(`  ${e.file ?? ""} row ${e.row}, ${e.column}: ${e.message}`);
      if (error.notListed) console.error(`  … and ${error.notListed} more.`);
    } else if (error instanceof DataDirBusyError || error instanceof CommandError || error instanceof ImportTooLargeError) {
      console.error(error.message);
    } else {
      console.error(error);
    }
    process.exit(1);
  });
