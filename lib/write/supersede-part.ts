import { eq } from "drizzle-orm";
import type { Database } from "@/lib/db/client";
import { figureFromRow } from "@/lib/db/mappers";
import { figures } from "@/lib/db/schema";
import { importDataset, type ImportResult } from "@/lib/import/import-dataset";
import { RecordNotFoundError } from "./errors";
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
  const stored = async (id: string) => {
    const [row] = await db.select().from(figures).where(eq(figures.id, id));
    if (!row) throw new RecordNotFoundError("figure", id);
    return figureFromRow(row);
  };
  const [newer, part] = [await stored(newerId), await stored(partId)];
  return importDataset(
    db,
    { figures: [{ ...part, status: "superseded" }, { ...newer, supersedes: partId }] },
    {
      author: writer.author,
      userId: writer.userId,
      reason: `${newerId} replaces ${partId}: the same source's later count, so the total that counted ${partId} is superseded too`,
      inTransaction: auditInTransaction(writer, "write", `figure:${newerId}`, { action: "supersede", replaces: partId }),
    },
  );
}
