import type { Database } from "@/lib/db/client";
import { bumpDataVersion } from "@/lib/data-version/store";
import { learnDataVersion } from "@/lib/data-version/known";
import { flagDismissals } from "@/lib/db/schema";
import { auditInTransaction, type Writer } from "./writer";

/**
 * An editor has seen that a new claim disagrees with the headline and leaves
 * the headline as it is: the card stops flagging it. A new data version, so
 * open pages drop the flag too.
 */
export async function dismissDisagreement(db: Database, writer: Writer, figureId: string, headlineId: string): Promise<number> {
  const version = await db.transaction(async (tx) => {
    await tx
      .insert(flagDismissals)
      .values({ figureId, headlineId, userId: writer.userId })
      .onConflictDoUpdate({ target: flagDismissals.figureId, set: { headlineId, userId: writer.userId } });
    await auditInTransaction(writer, "dismiss-flag", `figure:${figureId}`, { headline: headlineId })(tx as unknown as Database);
    return bumpDataVersion(tx as unknown as Database);
  });
  learnDataVersion(version);
  return version;
}
