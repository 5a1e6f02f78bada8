/**
 * Imports a figures CSV (the same columns /api/figures?format=csv exports)
 * into the embedded database, all rows or none.
 *
 *   npm run import -- new-reports.csv [--dry-run] [--author "Name"] [--reason "Why"]
 *
 * PGlite belongs to one process: while the server runs this refuses, naming
 * the process that holds the data folder.
 */
import fs from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { openAndSeed } from "@/lib/db/bootstrap";
import { DataDirBusyError } from "@/lib/db/data-dir-lock";
import { ImportValidationError } from "@/lib/import/errors";
import { decodeCsvFile } from "@/lib/import/decode-csv";
import { importDataset } from "@/lib/import/import-dataset";
import { ImportTooLargeError } from "@/lib/import/limits";

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

async function main(): Promise<number> {
  if (positionals.length !== 1) {
    console.error("Usage: npm run import -- <figures.csv> [--dry-run] [--author NAME] [--reason TEXT]");
    return 2;
  }
  const file = positionals[0];
  const bytes = await fs.readFile(file).catch((error: NodeJS.ErrnoException) => {
    throw new CommandError(`Cannot read ${file}: ${error.code === "ENOENT" ? "no such file" : error.message}`);
  });
  const csv = decodeCsvFile(bytes, path.basename(file));
  const database = await openAndSeed();
  try {
    const result = await importDataset(database.db, { figuresCsv: csv, figuresFileName: path.basename(file) }, {
      author: values.author as string,
      reason: values.reason as string,
      dryRun: values["dry-run"],
    });
    const verb = result.dryRun ? "would be" : "were";
    console.log(`${result.created.length} claim(s) ${verb} added, ${result.updated.length} changed, ${result.unchanged} unchanged.`);
    for (const { id } of result.created) console.log(`  + ${id}`);
    for (const { id, changes } of result.updated) console.log(`  ~ ${id}: ${Object.keys(changes).join(", ")}`);
    return 0;
  } finally {
    await database.close();
  }
}

main()
  .then((code) => process.exit(code))
  .catch((error: unknown) => {
    if (error instanceof ImportValidationError) {
      console.error("Import rejected; nothing was written.");
      for (const e of error.errors) console.error(`  ${e.file ?? ""} row ${e.row}, ${e.column}: ${e.message}`);
    } else if (error instanceof DataDirBusyError || error instanceof CommandError || error instanceof ImportTooLargeError) {
      console.error(error.message);
    } else {
      console.error(error);
    }
    process.exit(1);
  });
