import { inArray } from "drizzle-orm";
import type { Database } from "@/lib/db/client";
import { figureFromRow } from "@/lib/db/mappers";
import { figures } from "@/lib/db/schema";
import { importDataset, type ImportResult } from "@/lib/import/import-dataset";
import { RecordNotFoundError, StaleWriteError, WriteConflictError } from "./errors";
import { storedFigure } from "./figures";
import { auditInTransaction, type Writer } from "./writer";

/**
 * A source's newer count replaces the part of a computed total it counts
 * again: the part is marked superseded and the newer claim names it
 * (`supersedes`), in one write that the rules of lib/claims/README.md §3
 * check (the same source, the same thing, later and not lower). A total is
 * never fresher than its parts, so the total is superseded with it and the
 * card's headline follows the headline rule again.
 */
export async function supersedePart(db: Database, writer: Writer, newerId: string, partId: string): Promise<ImportResult> {
  const rows = await db.select().from(figures).where(inArray(figures.id, [newerId, partId]));
  const row = (id: string) => {
    const found = rows.find((r) => r.id === id);
    if (!found) throw new RecordNotFoundError("figure", id);
    return found;
  };
  const [newerRow, partRow] = [row(newerId), row(partId)];
  const [newer, part] = [figureFromRow(newerRow), figureFromRow(partRow)];
  if (newer.supersedes && newer.supersedes !== partId) {
    throw new WriteConflictError(`'${newerId}' already replaces '${newer.supersedes}'; one claim replaces one earlier count`, { supersedes: newer.supersedes });
  }
  return importDataset(
    db,
    { figures: [{ ...part, status: "superseded" }, { ...newer, supersedes: partId }] },
    {
      author: writer.author,
      userId: writer.userId,
      reason: `${newerId} replaces ${partId}: the same source's later count, so the total that counted ${partId} is superseded too`,
      // Both rows are written whole: an edit made to either since they were read would be lost, so it is a conflict.
      precondition: async (tx) => {
        for (const { id, version } of [newerRow, partRow]) {
          const now = await storedFigure(tx, id, true);
          if (!now || now.version !== version) throw new StaleWriteError(id, now?.version ?? 0);
        }
      },
      inTransaction: auditInTransaction(writer, "write", `figure:${newerId}`, { action: "supersede", replaces: partId }),
    },
  );
}
