import fs from "node:fs/promises";
import path from "node:path";
import type { DatasetFiles } from "./dataset";
import { decodeCsvFile } from "./decode-csv";

const bundledDataDir = () => path.join(process.cwd(), "data");

async function readJson(dir: string, name: string): Promise<unknown> {
  return JSON.parse(await fs.readFile(path.join(dir, name), "utf8"));
}

/** The files in data/, read as an upload would arrive: the importer validates them. */
export async function readBundledData(dir = bundledDataDir()): Promise<DatasetFiles> {
  const [sources, locations, events, derived, figuresCsv] = await Promise.all([
    readJson(dir, "sources.json"),
    readJson(dir, "locations.geojson"),
    readJson(dir, "events.json"),
    readJson(dir, "derived.json"),
    fs.readFile(path.join(dir, "figures.csv")).then((bytes) => decodeCsvFile(bytes, "figures.csv")),
  ]);
  return { sources, locations, events, derived, figuresCsv };
}
