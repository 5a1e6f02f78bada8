import { eq, sql } from "drizzle-orm";
import type { Database } from "@/lib/db/client";
import { documents } from "@/lib/db/schema";
import type { ArchivedDocument } from "@/lib/model";
import { archivedFromRow } from "@/lib/write/documents";

/** The archived copy a claim cites, as readers see it (no text), and whether its quote is in it. */
export type ClaimDocument = Pick<ArchivedDocument, "id" | "sha256" | "archivedAt" | "url" | "outlet"> & { quoteFound: boolean };

/**
 * The claim's archived document and whether the quote is found in it, asked
 * of the database so the text itself never leaves it for a reader's page.
 */
export async function claimDocument(db: Database, documentId: string | undefined, quote: string): Promise<ClaimDocument | undefined> {
  if (!documentId) return undefined;
  const [row] = await db
    .select({
      id: documents.id,
      sha256: documents.sha256,
      url: documents.url,
      outlet: documents.outlet,
      publishedAt: documents.publishedAt,
      language: documents.language,
      situationId: documents.situationId,
      archivedBy: documents.archivedBy,
      archivedAt: documents.archivedAt,
      userId: documents.userId,
      quoteFound: sql<boolean>`strpos(${documents.text}, ${quote}) > 0`,
    })
    .from(documents)
    .where(eq(documents.id, documentId));
  if (!row) return undefined;
  const { quoteFound, ...meta } = row;
  const archived = archivedFromRow(meta);
  return { id: archived.id, sha256: archived.sha256, archivedAt: archived.archivedAt, url: archived.url, outlet: archived.outlet, quoteFound: Boolean(quoteFound) };
}
