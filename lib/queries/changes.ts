import { count, desc, eq } from "drizzle-orm";
import type { Database } from "@/lib/db/client";
import { revisions } from "@/lib/db/schema";
import { formatQualified } from "@/lib/format/qualified-number";
import { getMessages } from "@/lib/i18n/messages";
import type { Qualifier } from "@/lib/model";
import { summarizeClaim } from "./claim-summary";
import type { Snapshot } from "./snapshot";

/** One change to a claim, as the change feed says it: what it counts, old → new, who, when, why. */
export interface ChangeEntry {
  revisionId: number;
  at: string;
  author: string;
  action: "create" | "update";
  claimId: string;
  /** "SOHR: killed (civilians), Sheikh Maqsoud and Ashrafiyeh" */
  what: string;
  /** The value before, for a change of value; absent when only other fields changed. */
  before?: string;
  /** The value after it, for an addition or a change of value; absent when only other fields changed (the value then was not this one's business). */
  after?: string;
  /** Other fields that changed, by name. */
  otherFields: string[];
  reason: string;
  href: string;
}

export const CHANGES_PAGE_SIZE = 50;

type Change = { from?: unknown; to?: unknown };

type Valued = { value: number; qualifier: Qualifier; valueHigh?: number };

/** The value on one side of an update (fields it left alone as they are now), or null when it did not touch the value. */
function valueAt(changes: Record<string, Change>, current: Valued, side: "from" | "to"): string | null {
  if (!("value" in changes || "qualifier" in changes || "valueHigh" in changes)) return null;
  const pick = <K extends keyof Valued>(key: K) => (key in changes ? (changes[key][side] ?? undefined) : current[key]) as Valued[K];
  return formatQualified({ value: pick("value"), qualifier: pick("qualifier"), valueHigh: pick("valueHigh") });
}

/**
 * Changes to claims, newest first, a page at a time: what each claim counts
 * and who said it, the value it was given (old → new), or the fields it changed.
 */
export async function loadChanges(db: Database, snapshot: Snapshot, page: number): Promise<{ entries: ChangeEntry[]; pages: number }> {
  const t = getMessages();
  const [{ n }] = await db.select({ n: count() }).from(revisions).where(eq(revisions.entity, "figure"));
  const rows = await db
    .select()
    .from(revisions)
    .where(eq(revisions.entity, "figure"))
    .orderBy(desc(revisions.id))
    .limit(CHANGES_PAGE_SIZE)
    .offset((page - 1) * CHANGES_PAGE_SIZE);
  const entries = rows.flatMap((row): ChangeEntry[] => {
    const claim = snapshot.claimsById.get(row.entityId);
    if (!claim || claim.kind !== "reported") return [];
    const summary = summarizeClaim(claim, snapshot);
    const changes = (row.action === "update" ? row.changes : {}) as Record<string, Change>;
    const created = row.action === "create" ? (row.changes as Partial<Valued>) : null;
    const current: Valued = { value: claim.value, qualifier: claim.qualifier, valueHigh: claim.valueHigh };
    return [
      {
        revisionId: row.id,
        at: new Date(row.at.replace(" ", "T").replace(/([+-]\d\d)$/, "$1:00")).toISOString(),
        author: row.author,
        action: row.action as ChangeEntry["action"],
        claimId: claim.id,
        what: `${summary.sourceShort}: ${t.indicator[claim.indicator].toLowerCase()} (${t.group[claim.group]}), ${summary.placeText}`,
        before: valueAt(changes, current, "from") ?? undefined,
        after: created ? formatQualified({ ...current, ...created }) : (valueAt(changes, current, "to") ?? undefined),
        otherFields: Object.keys(changes).filter((f) => !["value", "qualifier", "valueHigh"].includes(f)),
        reason: row.reason,
        href: summary.href,
      },
    ];
  });
  return { entries, pages: Math.max(1, Math.ceil(n / CHANGES_PAGE_SIZE)) };
}

/** "55 → 56", "about 155,000" for an addition, or the fields changed when the value was not. */
export function changeText(entry: ChangeEntry): string {
  if (entry.before && entry.after) return `${entry.before} → ${entry.after}`;
  return entry.after ?? entry.otherFields.join(", ");
}
