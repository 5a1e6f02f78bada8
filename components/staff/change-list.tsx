import { formatDateTime } from "@/lib/format/dates";
import { Link } from "@/lib/i18n/navigation";
import { getStaffMessages } from "@/lib/i18n/staff-messages";
import { changeText, type ChangeEntry } from "@/lib/queries/changes";

/** The change feed as a page: each change with what it counts, old → new, who, when and why. */
export function ChangeList({ entries }: { entries: ChangeEntry[] }) {
  const s = getStaffMessages().changes;
  if (!entries.length) return <p>{s.none}</p>;
  return (
    <ol className="panel" reversed>
      {entries.map((entry) => (
        <li key={entry.revisionId} id={`revision-${entry.revisionId}`}>
          <p>
            <strong>{s[entry.action === "create" ? "created" : entry.action === "remove" ? "removed" : "updated"]}</strong>: {entry.what}:{" "}
            <Link href={entry.href}>{changeText(entry)}</Link>
            {entry.after && entry.otherFields.length > 0 && ` (${entry.otherFields.join(", ")})`}
            <br />
            <span className="muted">
              {formatDateTime(entry.at)} {s.by(entry.author)}: {entry.reason}
            </span>
          </p>
        </li>
      ))}
    </ol>
  );
}
