/**
 * Writes a synthetic dataset for load tests, deterministic for a given seed,
 * in the files the importer reads:
 *
 *   npm run generate -- --claims 100000 --places 500 --days 90 --seed 1 [--out generated]
 *   npm run import -- generated
 *
 * With --situations N the places are shared out among N generated
 * situations, each claim belongs to its places' situation, and with
 * --part-size the claims are written in folders of at most that many rows
 * (the importer takes up to 200,000 rows and 32 MB at a time), imported one after another:
 *
 *   npm run generate -- --claims 1000000 --situations 100 --part-size 100000 --out generated
 *   npm run import -- generated/base && for p in generated/part-*; do npm run import -- "$p"; done
 *
 * Places are small schematic squares around Aleppo (marked as generated);
 * claims name the bundled sources and are labelled as generated in their
 * quotes, so no generated number can pass for a real one.
 */
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { figuresToCsv } from "@/lib/export/figures-csv";
import type { Figure, Indicator, Location, Qualifier } from "@/lib/model";
import { indicators, qualifiers } from "@/lib/model";

const { values } = parseArgs({
  options: {
    claims: { type: "string", default: "100000" },
    places: { type: "string", default: "500" },
    days: { type: "string", default: "90" },
    seed: { type: "string", default: "1" },
    out: { type: "string", default: "generated" },
    situations: { type: "string", default: "0" },
    "part-size": { type: "string", default: "0" },
  },
});

const count = (name: string, raw: string | undefined) => {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a whole number above 0`);
  return n;
};
const claimCount = count("claims", values.claims);
const placeCount = count("places", values.places);
const dayCount = count("days", values.days);
const situationCount = Number(values.situations);
const partSize = Number(values["part-size"]);
if (!Number.isInteger(situationCount) || situationCount < 0) throw new Error("--situations must be a whole number, 0 for none");
if (!Number.isInteger(partSize) || partSize < 0) throw new Error("--part-size must be a whole number, 0 for one file");

/** mulberry32: small, fast, and the same sequence for the same seed on every machine. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = prng(count("seed", values.seed));
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
const pad = (n: number, width: number) => String(n).padStart(width, "0");

const ALEPPO = { lat: 36.2, lng: 37.15 };
const places: (Location & { type?: never })[] = Array.from({ length: placeCount }, (_, i) => {
  const lat = ALEPPO.lat + (random() - 0.5) * 0.6;
  const lng = ALEPPO.lng + (random() - 0.5) * 0.8;
  const half = 0.004;
  const ring = [
    [lng - half, lat - half],
    [lng + half, lat - half],
    [lng + half, lat + half],
    [lng - half, lat + half],
    [lng - half, lat - half],
  ] as [number, number][];
  return {
    id: `generated-place-${pad(i + 1, 4)}`,
    name: `Generated place ${i + 1}`,
    names: { en: `Generated place ${i + 1}` },
    kind: "neighbourhood",
    geometry: { type: "Polygon", coordinates: [ring] },
    geometrySource: "Generated for load tests: a schematic square at a random point near Aleppo.",
    approximate: true,
  };
});

/** Situation i holds every place whose number is i modulo the number of situations. */
const situationOfPlace = (placeIndex: number) => `generated-situation-${pad((placeIndex % situationCount) + 1, 3)}`;
const situations = Array.from({ length: situationCount }, (_, i) => ({
  id: `generated-situation-${pad(i + 1, 3)}`,
  titles: { en: `Generated situation ${i + 1}` },
  shortTitles: { en: `Generated ${i + 1}` },
  summary: { en: "Generated for load tests: not a real crisis." },
  period: { start: "2026-01-06" },
  status: "active",
  placeIds: places.filter((_, p) => p % situationCount === i).map((p) => p.id),
  headline: [{ indicator: "displaced" }, { indicator: "killed" }, { indicator: "injured" }],
  charts: ["displaced-over-time", "killed-and-injured"],
}));
const placesOfSituation = situations.map((_, i) => places.filter((__, p) => p % situationCount === i));
if (situations.some((s) => s.placeIds.length === 0)) throw new Error("--places must be at least --situations: each situation needs a place");

const sources = (JSON.parse(fs.readFileSync(path.join(process.cwd(), "data", "sources.json"), "utf8")) as { id: string }[]).map((s) => s.id);
const START = Date.parse("2026-01-06T00:00:00Z");
const scale: Record<Indicator, number> = {
  displaced: 200_000,
  still_displaced: 150_000,
  returned: 50_000,
  killed: 300,
  injured: 800,
  missing: 400,
  evacuated: 500,
  arrived: 100_000,
  population: 400_000,
};
const words: Record<Qualifier, string> = { exact: "", about: "about ", "at-least": "at least ", "more-than": "more than ", "up-to": "up to " };

const figures: Figure[] = Array.from({ length: claimCount }, (_, i) => {
  const indicator = pick(indicators);
  const qualifier = pick(qualifiers.filter((q) => q !== "up-to"));
  const value = Math.max(1, Math.round(random() * scale[indicator]));
  // With situations, a claim names places of one situation only: its own.
  const home = situationCount ? Math.floor(random() * placeCount) % situationCount : 0;
  const candidates = situationCount ? placesOfSituation[home] : places;
  const placeIds = [...new Set(Array.from({ length: 1 + Math.floor(random() * 2) }, () => pick(candidates).id))];
  const reportedAt = new Date(START + Math.floor(random() * dayCount) * 86_400_000).toISOString().slice(0, 10);
  return {
    id: `generated-claim-${pad(i + 1, 7)}`,
    indicator,
    group: "all",
    value,
    qualifier,
    unit: "people",
    locationIds: placeIds,
    countKind: "cumulative",
    reportedAt,
    dateNote: "Generated for load tests.",
    sourceId: pick(sources),
    quote: `Generated test claim ${i + 1}: ${words[qualifier]}${value} people ${indicator.replace("_", " ")}.`,
    quoteLanguage: "en",
    status: "current",
    ...(situationCount ? { situationIds: [situationOfPlace(home)] } : {}),
  };
});

const out = path.resolve(values.out as string);
const readme = `# Generated load-test data\n\nSynthetic: ${claimCount} claims over ${placeCount} places${situationCount ? ` and ${situationCount} situations` : ""} and ${dayCount} days (seed ${values.seed}), from npm run generate. Not real figures.\n`;
const placesFile = JSON.stringify({ type: "FeatureCollection", features: places.map(({ geometry, ...properties }) => ({ type: "Feature", geometry, properties })) });

if (!partSize) {
  fs.mkdirSync(out, { recursive: true });
  fs.writeFileSync(path.join(out, "locations.geojson"), placesFile);
  if (situationCount) fs.writeFileSync(path.join(out, "situations.json"), JSON.stringify(situations));
  fs.writeFileSync(path.join(out, "figures.csv"), figuresToCsv(figures, (id) => id));
  fs.writeFileSync(path.join(out, "README.md"), readme);
  const bytes = fs.statSync(path.join(out, "figures.csv")).size;
  console.log(`Wrote ${claimCount} claims and ${placeCount} places to ${out} (figures.csv ${(bytes / 1024 / 1024).toFixed(1)} MB).`);
} else {
  // Places and situations first (base), then the claims in parts: each folder one import.
  const base = path.join(out, "base");
  fs.mkdirSync(base, { recursive: true });
  fs.writeFileSync(path.join(base, "locations.geojson"), placesFile);
  if (situationCount) fs.writeFileSync(path.join(base, "situations.json"), JSON.stringify(situations));
  fs.writeFileSync(path.join(out, "README.md"), readme);
  const parts = Math.ceil(claimCount / partSize);
  for (let part = 0; part < parts; part++) {
    const folder = path.join(out, `part-${pad(part + 1, 2)}`);
    fs.mkdirSync(folder, { recursive: true });
    fs.writeFileSync(path.join(folder, "figures.csv"), figuresToCsv(figures.slice(part * partSize, (part + 1) * partSize), (id) => id));
  }
  console.log(`Wrote ${claimCount} claims in ${parts} parts, ${placeCount} places and ${situationCount} situations to ${out}.`);
}
