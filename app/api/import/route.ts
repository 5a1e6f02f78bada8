import { z } from "zod";
import { IMPORT_LIMITS } from "@/lib/import/limits";
import { bodyBytes, writeRoute } from "@/lib/http/write-route";
import { HttpUrl, Id, NonEmptyText } from "@/lib/model";
import { importFiguresCsv } from "@/lib/write/import-csv";

const Query = z.object({
  dryRun: z.enum(["0", "1", "true", "false"]).optional(),
  reason: NonEmptyText.optional(),
  fileName: z.string().max(200).optional(),
  // For an HXL dataset published elsewhere (DESIGN.md, "Evidence").
  situation: Id.optional(),
  dataset: NonEmptyText.optional(),
  datasetPublisher: NonEmptyText.optional(),
  datasetUrl: HttpUrl.optional(),
  datasetVersion: NonEmptyText.optional(),
});

/**
 * Imports a CSV sent as the body (Content-Type: text/csv): the columns
 * GET /api/figures?format=csv exports, or an HXL-tagged dataset (an IOM DTM
 * round, an OCHA table), recognised by its hashtag row, whose rows become
 * claims with the dataset row as evidence. All rows or none. ?dryRun=1
 * answers what would happen to each row (and, for a dataset, what each column
 * maps to or why it is ignored) and writes nothing. 422 names each bad row
 * and column; 413 above 32 MB.
 */
export const POST = writeRoute("editor", async ({ db, writer }, request: Request) => {
  const query = Query.parse(Object.fromEntries(new URL(request.url).searchParams));
  const type = request.headers.get("content-type") ?? "";
  if (!/^text\/csv\b/i.test(type)) return Response.json({ error: "Send the CSV as the body with Content-Type: text/csv." }, { status: 415 });
  const bytes = await bodyBytes(request, IMPORT_LIMITS.bytes);
  const dryRun = query.dryRun === "1" || query.dryRun === "true";
  const dataset = { title: query.dataset, publisher: query.datasetPublisher, url: query.datasetUrl, version: query.datasetVersion };
  const result = await importFiguresCsv(db, writer, bytes, {
    dryRun,
    reason: query.reason ?? "Imported through the API",
    fileName: query.fileName,
    situation: query.situation,
    dataset: Object.fromEntries(Object.entries(dataset).filter(([, value]) => value !== undefined)),
  });
  return Response.json({
    dryRun: result.dryRun,
    dataVersion: result.version ?? null,
    added: result.created.length,
    changed: result.updated.length,
    unchanged: result.unchanged,
    duplicates: result.duplicates,
    rows: result.figureRows,
    ...(result.datasetColumns
      ? {
          dataset: {
            columns: result.datasetColumns.map(({ position, header, hashtag, role }) => ({ position, header, hashtag, ...role })),
          },
        }
      : {}),
  });
});
