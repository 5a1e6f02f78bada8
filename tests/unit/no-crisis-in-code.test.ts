import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * A crisis is data (DESIGN.md, "Situations"): nothing under app/, components/
 * or lib/ names a place, facility or situation of the bundled data, so the
 * next crisis needs no developer. Ids are checked in every file; English
 * names in code (the rules' worked examples in lib/**.md may quote the data).
 */
const root = process.cwd();

function featuresOf(file: string): { id: string; name: string }[] {
  const collection = JSON.parse(fs.readFileSync(file, "utf8")) as { features: { properties: { id: string; name: string } }[] };
  return collection.features.map((f) => f.properties);
}

function dataFiles(name: string): string[] {
  const updates = path.join(root, "data", "updates");
  return [path.join(root, "data", name), ...fs.readdirSync(updates).map((u) => path.join(updates, u, name))].filter((f) => fs.existsSync(f));
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "migrations" ? [] : sourceFiles(full);
    return /\.(ts|tsx|js|css|md)$/.test(entry.name) ? [full] : [];
  });
}

const places = dataFiles("locations.geojson").flatMap(featuresOf);
const situations = dataFiles("situations.json").flatMap((file) => JSON.parse(fs.readFileSync(file, "utf8")) as { id: string }[]);
const ids = [...new Set([...places.map((p) => p.id), ...situations.map((s) => s.id)])];
// Country names may stand in the languages' own notes (Arabic "as written for readers in Syria"); places and facilities may not.
const names = [...new Set(places.filter((p) => !["country", "region"].includes(String((p as { kind?: string }).kind))).map((p) => p.name))];
const files = ["app", "components", "lib"].flatMap((dir) => sourceFiles(path.join(root, dir)));

describe("no crisis in code", () => {
  it("reads the bundled data's places and situations", () => {
    expect(ids).toEqual(expect.arrayContaining(["sheikh-maqsoud", "ashrafiyeh", "khalid-fajr-hospital", "aleppo-city"]));
    expect(files.length).toBeGreaterThan(100);
  });

  it("names none of their ids in app/, components/ or lib/", () => {
    const found = files.flatMap((file) => {
      const text = fs.readFileSync(file, "utf8");
      return ids.filter((id) => new RegExp(`(^|[^a-z0-9-])${id}($|[^a-z0-9-])`).test(text)).map((id) => `${path.relative(root, file)}: ${id}`);
    });
    expect(found).toEqual([]);
  });

  it("names none of their places or facilities in code", () => {
    const found = files
      .filter((file) => !file.endsWith(".md"))
      .flatMap((file) => {
        const text = fs.readFileSync(file, "utf8");
        return names.filter((name) => text.includes(name)).map((name) => `${path.relative(root, file)}: ${name}`);
      });
    expect(found).toEqual([]);
  });
});
