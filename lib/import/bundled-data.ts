import fs from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import type { DatasetFiles } from "./dataset";
import { decodeCsvFile } from "./decode-csv";

const bundledDataDir = () => path.join(process.cwd(), "data");

async function readJsonIfPresent(dir: string, name: string): Promise<unknown> {
  const text = await fs.readFile(path.join(dir, name), "utf8").catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return undefined;
    throw error;
  });
  return text === undefined ? undefined : JSON.parse(text);
}

async function readCsvIfPresent(dir: string, name: string): Promise<string | undefined> {
  const bytes = await fs.readFile(path.join(dir, name)).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return undefined;
    throw error;
  });
  return bytes && decodeCsvFile(bytes, name);
}

/** The dataset files of one folder, read as an upload would arrive: the importer validates them. Any may be absent. */
export async function readDatasetFolder(dir: string): Promise<DatasetFiles> {
  const [sources, locations, events, derived, situations, figuresCsv] = await Promise.all([
    readJsonIfPresent(dir, "sources.json"),
    readJsonIfPresent(dir, "locations.geojson"),
    readJsonIfPresent(dir, "events.json"),
    readJsonIfPresent(dir, "derived.json"),
    readJsonIfPresent(dir, "situations.json"),
    readCsvIfPresent(dir, "figures.csv"),
  ]);
  return { sources, locations, events, derived, situations, figuresCsv };
}

/** The dataset as first bundled, in data/. */
export function readBundledData(dir = bundledDataDir()): Promise<DatasetFiles> {
  return readDatasetFolder(dir);
}

/** A record a reviewed update takes out (a duplicate merged into another): `removals.json` in its folder. */
const BundledRemoval = z.object({ entity: z.enum(["source", "event", "location"]), id: z.string(), revisionReason: z.string().min(1) }).strict();
export type BundledRemoval = z.infer<typeof BundledRemoval>;

export interface BundledUpdate {
  /** The folder name, e.g. "0001-truth-rules": updates apply in the order of updates/order.json, each once. */
  name: string;
  /** The first paragraph of the folder's README.md: the revision reason of every record without its own. */
  reason: string;
  files: DatasetFiles;
  /** Records to take out after the files are applied, each with its reason; nothing may still name them. */
  removals: BundledRemoval[];
}

/**
 * Reviewed changes to the bundled dataset, in data/updates/<name>/, applied
 * through the importer as an editor's import would be: each change a revision
 * with its reason, nothing overwritten without a trace.
 */
export async function readBundledUpdates(): Promise<BundledUpdate[]> {
  // A list, not a directory listing: the order is explicit. Paths stay under data/ for the server's file tracing.
  const listed = await readJsonIfPresent(path.join(process.cwd(), "data", "updates"), "order.json");
  const names = z.array(z.string().regex(/^\d{4}-[a-z0-9-]+$/)).parse(listed ?? []);
  return Promise.all(
    names.map(async (name) => {
      const folder = path.join(process.cwd(), "data", "updates", name);
      const readme = await fs.readFile(path.join(folder, "README.md"), "utf8");
      const reason = readme.replace(/^#.*\n/, "").trim().split(/\n\s*\n/)[0].replace(/\s+/g, " ");
      const removals = z.array(BundledRemoval).parse((await readJsonIfPresent(folder, "removals.json")) ?? []);
      return { name, reason, files: await readDatasetFolder(folder), removals };
    }),
  );
}
