import JSZip from "jszip";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { GET as getPackage } from "@/app/api/situations/[id]/package.zip/route";
import { BASE } from "../fixtures/api-request";

const download = (id: string, query = "", headers: Record<string, string> = {}) =>
  getPackage(new Request(`${BASE}/api/situations/${id}/package.zip${query}`, { headers }), { params: Promise.resolve({ id }) });

describe("GET /api/situations/:id/package.zip", () => {
  it("unzips into CSVs with HXL rows that parse, GeoJSON places and a README naming the licence, data date, citation, rules and caveats", async () => {
    const response = await download("aleppo-2026");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/zip");
    expect(response.headers.get("content-disposition")).toMatch(/filename="sitrep-aleppo-2026-data-package-\d{4}-\d{2}-\d{2}\.zip"/);
    const zip = await JSZip.loadAsync(await response.arrayBuffer());
    expect(Object.keys(zip.files).sort()).toEqual(["README.md", "claims.csv", "events.csv", "places.csv", "places.geojson", "sources.csv"]);

    const csv = async (name: string) => Papa.parse<string[]>(await zip.file(name)!.async("string"), { skipEmptyLines: true });
    for (const name of ["claims.csv", "sources.csv", "events.csv", "places.csv"]) {
      const parsed = await csv(name);
      expect(parsed.errors, name).toEqual([]);
      const [header, hashtags, ...rows] = parsed.data;
      expect(hashtags.every((tag) => tag.startsWith("#")), name).toBe(true);
      expect(hashtags.length, name).toBe(header.length);
      expect(rows.length, name).toBeGreaterThan(0);
    }
    const claims = (await csv("claims.csv")).data;
    expect(claims[0]).toContain("quote");
    expect(claims.flat()).toContain("155000");
    const sources = (await csv("sources.csv")).data.map((r) => r[0]);
    expect(sources).toContain("sohr");
    const places = JSON.parse(await zip.file("places.geojson")!.async("string"));
    expect(places.type).toBe("FeatureCollection");
    expect(places.features.map((f: { id: string }) => f.id)).toEqual(expect.arrayContaining(["sheikh-maqsoud", "ashrafiyeh"]));

    const readme = await zip.file("README.md")!.async("string");
    expect(readme).toContain("## Licence");
    expect(readme).toContain("CC BY 4.0");
    expect(readme).toMatch(/## Data as of\n\n\d+ \w+ 2026 \(2026-\d{2}-\d{2}\)/);
    expect(readme).toContain("## How to cite");
    expect(readme).toContain("SOHR");
    expect(readme).toContain("## Caveats");
    expect(readme).toContain("### 2. Independent voices");
  });

  it("answers a repeat of the same version with 304, the README in the language asked for, and 404 for an unknown situation", async () => {
    const first = await download("aleppo-2026");
    const etag = first.headers.get("etag")!;
    expect((await download("aleppo-2026", "", { "If-None-Match": etag })).status).toBe(304);
    const arabic = await JSZip.loadAsync(await (await download("aleppo-2026", "?lang=ar")).arrayBuffer());
    expect(await arabic.file("README.md")!.async("string")).toContain("## الترخيص");
    expect((await download("nowhere")).status).toBe(404);
    expect((await download("aleppo-2026", "?lang=xx")).status).toBe(400);
  });
});
