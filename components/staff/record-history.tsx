import { and, asc, eq } from "drizzle-orm";
import { getDb } from "@/lib/db";
import { revisions } from "@/lib/db/schema";
import { formatDateTime } from "@/lib/format/dates";
import { describeChanges } from "@/lib/format/revision-changes";
import { revertPreview } from "@/lib/format/revert-preview";
import { revertAction } from "@/lib/forms/actions/history";
import { getStaffMessages } from "@/lib/i18n/staff-messages";
import { RevertForm } from "./revert-form";

/**
 * A record's revisions, oldest first, each with who, when, why and what
 * changed, and its own revert: it says what will change and asks why.
 */
export async function RecordHistory({ entity, id, page }: { entity: string; id: string; page: string }) {
  const s = getStaffMessages();
  const rows = await (await getDb()).select().from(revisions).where(and(eq(revisions.entity, entity), eq(revisions.entityId, id))).orderBy(asc(revisions.id));
  if (!rows.length) return <p>{s.history.none}</p>;
  return (
    <ol data-testid="record-history">
      {rows.map((revision) => {
        const at = formatDateTime(revision.at);
        return (
          <li key={revision.id} id={`revision-${revision.id}`}>
            <p>
              {at}, {revision.author}: {revision.reason}
              {revision.action === "update" && ` (${describeChanges(revision.changes)})`}
              {revision.reverts && ` · ${s.history.revertOf(revision.reverts)}`}
            </p>
            <RevertForm
              action={revertAction.bind(null, { revisionId: revision.id, page })}
              revisionId={revision.id}
              preview={revertPreview(revision, s.history)}
              accessibleLabel={`${s.history.revertOpen} ${at}, ${revision.reason}`}
            />
          </li>
        );
      })}
    </ol>
  );
}
