import { count } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { figures, revisions } from "@/lib/db/schema";
import { importDataset } from "@/lib/import/import-dataset";
import { ImportValidationError } from "@/lib/import/errors";
import { GET as getFigures } from "@/app/api/figures/route";
import { FIGURES_CSV_HEAD, figureCsvRow } from "../fixtures/figure-builder";

const options = { author: "test", reason: "import test" };

async function rowCounts() {
  const db = await getDb();
  const [[f], [r]] = await Promise.all([
    db.select({ n: count() }).from(figures),
    db.select({ n: count() }).from(revisions),
  ]);
  return { figures: f.n, revisions: r.n };
}

async function rejection(promise: Promise<unknown>): Promise<ImportValidationError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ImportValidationError);
  return error as ImportValidationError;
}

describe("importDataset", () => {
  it("loaded the bundled data on first start", async () => {
    const counts = await rowCounts();
    expect(counts.figures).toBeGreaterThan(20);
    expect(counts.revisions).toBeGreaterThan(counts.figures);
  });

  it("rejects a CSV with bad rows, names row and column, and writes nothing", async () => {
    const before = await rowCounts();
    const csv = [
      FIGURES_CSV_HEAD,
      figureCsvRow({ id: "fine-row" }),
      figureCsvRow({ id: "negative-value", killed: "-4" }),
      figureCsvRow({ id: "unknown-source", sourceId: "nobody-at-all" }),
      figureCsvRow({ id: "missing-quote", quote: "" }),
      figureCsvRow({ id: "odd-qualifier", qualifier: "roughly" }),
    ].join("\n");
    const error = await rejection(importDataset(await getDb(), { figuresCsv: csv }, options));
    // All four bad rows in one answer, the unknown source among them.
    expect(error.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ row: 4, column: "killed" }),
        expect.objectContaining({ row: 5, column: "source_id", message: "unknown source 'nobody-at-all'" }),
        expect.objectContaining({ row: 6, column: "quote" }),
        expect.objectContaining({ row: 7, column: "qualifier" }),
      ]),
    );
    expect(await rowCounts()).toEqual(before);
  });

  it("checks references against the database and writes nothing when one is unknown", async () => {
    const before = await rowCounts();
    const csv = [FIGURES_CSV_HEAD, figureCsvRow({ id: "fine-row" }), figureCsvRow({ id: "unknown-source", sourceId: "nobody-at-all" })].join("\n");
    const error = await rejection(importDataset(await getDb(), { figuresCsv: csv }, options));
    expect(error.errors).toEqual([expect.objectContaining({ row: 4, column: "source_id", message: "unknown source 'nobody-at-all'" })]);
    expect(await rowCounts()).toEqual(before);
  });

  it("previews with dryRun, then writes a new claim with its revision", async () => {
    const csv = [FIGURES_CSV_HEAD, figureCsvRow({ id: "new-sohr-claim", killed: "44" })].join("\n");
    const before = await rowCounts();
    const preview = await importDataset(await getDb(), { figuresCsv: csv }, { ...options, dryRun: true });
    expect(preview.created).toEqual([{ entity: "figure", id: "new-sohr-claim" }]);
    expect(await rowCounts()).toEqual(before);

    await importDataset(await getDb(), { figuresCsv: csv }, options);
    expect(await rowCounts()).toEqual({ figures: before.figures + 1, revisions: before.revisions + 1 });
  });

  it("re-imports its own export as unchanged", async () => {
    const csv = await (await getFigures(new Request("http://localhost/api/figures?format=csv"))).text();
    const result = await importDataset(await getDb(), { figuresCsv: csv }, options);
    expect(result.created).toEqual([]);
    expect(result.updated).toEqual([]);
    expect(result.unchanged).toBe((await rowCounts()).figures);
  });

  it("keeps stored fields whose columns a file leaves out", async () => {
    const db = await getDb();
    const before = (await db.select().from(figures)).find((f) => f.id === "aleppo-authorities-seed-displaced");
    expect(before?.pinnedReason).toBeTruthy();
    const csv = [
      "id,displaced,group,qualifier,unit,location_ids,date_note,source_id,quote,quote_language,status",
      `aleppo-authorities-seed-displaced,155000,all,about,people,sheikh-maqsoud;ashrafiyeh,"${before?.dateNote}",aleppo-authorities,"${before?.quote}",en,current`,
    ].join("\n");
    const result = await importDataset(db, { figuresCsv: csv }, options);
    expect(result.updated).toEqual([]);
    const after = (await db.select().from(figures)).find((f) => f.id === "aleppo-authorities-seed-displaced");
    expect(after?.pinnedReason).toBe(before?.pinnedReason);
    expect(after?.reportedAt).toBe(before?.reportedAt);
  });

  it("records what changed when a claim is updated", async () => {
    const csv = [FIGURES_CSV_HEAD, figureCsvRow({ id: "new-sohr-claim", killed: "45" })].join("\n");
    const result = await importDataset(await getDb(), { figuresCsv: csv }, options);
    expect(result.updated).toEqual([{ entity: "figure", id: "new-sohr-claim", changes: { value: { from: 44, to: 45 } } }]);
  });
});
