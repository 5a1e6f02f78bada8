import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { POST as postImport } from "@/app/api/import/route";
import { POST as postSource } from "@/app/api/sources/route";
import { GET as getFigure } from "@/app/api/figures/[id]/route";
import { GET as getFigures } from "@/app/api/figures/route";
import { getDb } from "@/lib/db";
import { documents, figures } from "@/lib/db/schema";
import { apiRequest, BASE } from "../fixtures/api-request";
import { createStaffTokens } from "../fixtures/staff-tokens";

const fixture = (name: string) => readFileSync(path.join(__dirname, "../fixtures/datasets", name), "utf8");
const dtm = fixture("dtm-style-round.csv");
const query = "dataset=Test%20DTM%20round%207&datasetPublisher=Test%20DTM&datasetVersion=Round%207&fileName=dtm-round-7.csv";
let editorToken = "";

const importCsv = (csv: string, params = query) => postImport(apiRequest(`/api/import?${params}`, { csv, token: editorToken }));
const figureCount = async () => (await (await getDb()).select({ id: figures.id }).from(figures)).length;

beforeAll(async () => {
  ({ editorToken } = await createStaffTokens());
  const source = { id: "test-dtm", name: "Test DTM", short: "Test DTM", kind: "un-agency", reliability: "B", reliabilityReason: "A made-up tracking matrix for tests" };
  expect((await postSource(apiRequest("/api/sources", { body: source, token: editorToken }))).status).toBe(201);
});

describe("POST /api/import with an HXL dataset", () => {
  it("previews the mapping, every ignored column with why, and the claims each row would add, writing nothing", async () => {
    const before = await figureCount();
    const response = await importCsv(dtm, `${query}&dryRun=1`);
    expect(response.status).toBe(200);
    const body = await response.json();
    const byHashtag = Object.fromEntries(body.dataset.columns.map((c: { hashtag: string }) => [c.hashtag, c]));
    expect(byHashtag["#affected+idps+ind"]).toMatchObject({ header: "IDP Individuals", role: "value", indicator: "still_displaced", unit: "people" });
    expect(byHashtag["#affected+idps+hh"]).toMatchObject({ role: "value", unit: "households" });
    expect(byHashtag["#adm4+name"]).toMatchObject({ role: "place", level: "adm4" });
    expect(byHashtag["#date+reported"]).toMatchObject({ role: "date" });
    expect(byHashtag["#affected+idps+f+ind"]).toMatchObject({ role: "ignored", why: expect.stringContaining("breakdown by sex or age") });
    expect(byHashtag["#description"]).toMatchObject({ role: "ignored", why: expect.stringContaining("not a count of people") });
    expect(body.rows.map((r: { row: number; action: string; adds: { value: number } }) => [r.row, r.action, r.adds.value])).toEqual([
      [3, "add", 41250],
      [3, "add", 8250],
      [4, "add", 12400],
      [5, "add", 43900],
    ]);
    expect(await figureCount()).toBe(before);
  });

  it("imports each count as a claim whose evidence is the dataset and its row, the file archived and the row's line its quote", async () => {
    const response = await importCsv(dtm);
    expect(response.status).toBe(200);
    expect((await response.json()).added).toBe(4);
    const id = "test-dtm-round-7-row-3-still-displaced";
    const detail = await (await getFigure(new Request(`${BASE}/api/figures/${id}`), { params: Promise.resolve({ id }) })).json();
    const claim = detail.claim;
    expect(claim).toMatchObject({ value: 41250, qualifier: "exact", unit: "people", locationIds: ["sheikh-maqsoud"], reportedAt: "2026-01-13", sourceId: "test-dtm" });
    expect(claim.dataset).toMatchObject({ title: "Test DTM round 7", publisher: "Test DTM", version: "Round 7", url: "https://dtm.example.org/syria/round-7", row: 3 });
    expect(claim.dataset.values).toContainEqual({ column: "IDP Individuals", hashtag: "#affected+idps+ind", value: "41250" });
    const [archived] = await (await getDb()).select().from(documents).where(eq(documents.id, claim.documentId));
    expect(archived.text).toContain(claim.quote);
    expect(claim.quote).toBe(dtm.split("\r\n")[2]);
    // The other spelling of the place and the thousands separator are read; households are their own claim.
    const [later] = await (await getDb()).select().from(figures).where(eq(figures.id, "test-dtm-round-7-row-5-still-displaced"));
    expect(later).toMatchObject({ locationIds: ["sheikh-maqsoud"], value: 43900 });
    const [households] = await (await getDb()).select().from(figures).where(eq(figures.id, "test-dtm-round-7-row-3-still-displaced-hh"));
    expect(households).toMatchObject({ unit: "households", value: 8250 });
  });

  it("answers the same file again as unchanged: one claim per row and count, however often it is imported", async () => {
    const body = await (await importCsv(dtm)).json();
    expect([body.added, body.changed, body.unchanged]).toEqual([0, 0, 4]);
  });

  it("exports dataset claims with their dataset and row, and the export imports back unchanged", async () => {
    const csv = await (await getFigures(new Request(`${BASE}/api/figures?format=csv&source=test-dtm`))).text();
    expect(csv.split("\r\n")[1]).toContain("#meta+dataset");
    expect(csv).toContain("Test DTM round 7");
    const body = await (await postImport(apiRequest("/api/import?fileName=export.csv", { csv, token: editorToken }))).json();
    expect([body.added, body.changed, body.unchanged]).toEqual([0, 0, 4]);
  });

  it("refuses to overwrite another dataset's claims that would take the same ids", async () => {
    // The same title without its version: the ids would be those of round 7's claims.
    const response = await importCsv(dtm.replace("41250", "41300"), "dataset=Test%20DTM%20round%207&fileName=again.csv");
    expect(response.status).toBe(422);
    expect((await response.json()).errors[0]).toMatchObject({ row: 3, message: expect.stringContaining("from another dataset ('Test DTM round 7', Round 7)") });
  });

  it("refuses a file without a required hashtag, naming it, and writes nothing", async () => {
    const before = await figureCount();
    const response = await importCsv(fixture("dtm-style-no-date.csv"));
    expect(response.status).toBe(422);
    const { errors } = await response.json();
    expect(errors).toEqual([expect.objectContaining({ row: 2, column: "(hashtags)", message: expect.stringContaining("#date+reported") })]);
    expect(await figureCount()).toBe(before);
  });

  it("refuses a row whose narrowest place is not one of the situation's, a bad count and an unknown source, by row and column", async () => {
    const lines = dtm.trimEnd().split("\r\n");
    const bad = [
      ...lines.slice(0, 3),
      // Governorate and district only: Aleppo city is not the governorate, so nothing wider stands in.
      "2026-01-13,Aleppo,SY02,Jebel Saman,SY0200,,2100,,,Test DTM,https://dtm.example.org/x,",
      "2026-01-13,Aleppo,SY02,Jebel Saman,SY0200,Ashrafiyeh,about 900,,,Test DTM,https://dtm.example.org/x,",
      "2026-01-13,Aleppo,SY02,Jebel Saman,SY0200,Ashrafiyeh,900,,,Nobody Known,https://dtm.example.org/x,",
    ].join("\r\n");
    const before = await figureCount();
    const response = await importCsv(bad, "fileName=bad.csv");
    expect(response.status).toBe(422);
    const { errors } = await response.json();
    expect(errors).toEqual([
      expect.objectContaining({ row: 4, column: "District (#adm2+name)", message: expect.stringContaining("no place of this situation is 'Jebel Saman'") }),
      expect.objectContaining({ row: 5, column: "IDP Individuals (#affected+idps+ind)", message: expect.stringContaining("'about 900' is not a whole number") }),
      expect.objectContaining({ row: 6, column: "Source (#meta+source)", message: expect.stringContaining("no source is called 'Nobody Known'") }),
    ]);
    expect(await figureCount()).toBe(before);
  });
});
