import { and, count, desc, eq, inArray } from "drizzle-orm";
import { revisionsOfSituation } from "@/lib/situations/member-sql";
import type { Database } from "@/lib/db/client";
import { revisions } from "@/lib/db/schema";
import { formatQualified } from "@/lib/format/qualified-number";
import { storedMoment } from "@/lib/format/dates";
import { getMessages } from "@/lib/i18n/messages";
import { placeNameOf } from "@/lib/i18n/place-name";
import { getStaffMessages } from "@/lib/i18n/staff-messages";
import type { Qualifier } from "@/lib/model";
import { summarizeClaim } from "./claim-summary";
import { summarizeEvent } from "./event-summary";
import type { Snapshot } from "./snapshot";
import { situationTitle } from "@/lib/situations/texts";

/** What a change feed follows: claims, and the sources, accounts and places they rest on. */
export type ChangedEntity = "figure" | "source" | "event" | "location" | "situation" | "document";
const FOLLOWED: ChangedEntity[] = ["figure", "source", "event", "location", "situation", "document"];

/** One change, as the change feed says it: what changed, old → new (for a claim's value), who, when, why. */
export interface ChangeEntry {
  revisionId: number;
  at: string;
  author: string;
  action: "create" | "update" | "remove";
  entity: ChangedEntity;
  entityId: string;
  /** "SOHR: killed (civilians), A and B", or "Source: UN OCHA" */
  what: string;
  /** The value before, for a change of value; absent when only other fields changed. */
  before?: string;
  /** The value after it (or, for an added source, account or place, its name); absent when only other fields changed. */
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

/** The source, account or place a revision is about, as the feed names and links it; null once it is gone. */
function recordEntry(entity: Exclude<ChangedEntity, "figure" | "document">, id: string, snapshot: Snapshot): { name: string; href: string } | null {
  if (entity === "source") {
    const source = snapshot.sourcesById.get(id);
    return source ? { name: source.name, href: `/figures?source=${encodeURIComponent(id)}` } : null;
  }
  if (entity === "event") {
    const event = snapshot.eventsById.get(id);
    return event ? { name: summarizeEvent(event, snapshot).title, href: `/events/${encodeURIComponent(id)}` } : null;
  }
  if (entity === "situation") {
    const situation = snapshot.situationsById.get(id);
    return situation ? { name: situationTitle(situation), href: `/${encodeURIComponent(id)}` } : null;
  }
  return snapshot.locationsById.has(id) ? { name: placeNameOf(snapshot.locationsById, id), href: `/figures?location=${encodeURIComponent(id)}` } : null;
}

/** An archived report, named by its outlet or its address. */
function documentName(row: { entityId: string; changes: unknown }, snapshot: Snapshot): string {
  const { outlet, url } = row.changes as { outlet?: string | null; url?: string | null };
  return (outlet && snapshot.sourcesById.get(outlet)?.name) || url || row.entityId;
}

/** The name a revision that holds a whole record (an adding, a removal) gives it; else its id. */
function storedName(row: { action: string; entityId: string; changes: unknown }): string {
  if (row.action !== "create" && row.action !== "remove") return row.entityId;
  const record = row.changes as { name?: string; title?: string; names?: { en?: string }; titles?: { en?: string } };
  return record.name ?? record.title ?? record.names?.en ?? record.titles?.en ?? row.entityId;
}

const isoTime = (at: string) => storedMoment(at).toISOString();

/**
 * Changes to claims, sources, accounts and places, newest first, a page at a
 * time: what each is, the value a claim was given (old → new), or the fields
 * that changed.
 */
export async function loadChanges(db: Database, snapshot: Snapshot, page: number, situationId?: string, claimIds?: string[]): Promise<{ entries: ChangeEntry[]; pages: number }> {
  const t = getMessages();
  const kinds = getStaffMessages().changes.kinds;
  const ofSituation = situationId ? revisionsOfSituation(situationId, situationId === snapshot.firstSituationId) : undefined;
  // One figure's feed: the changes to the claims about the same thing (lib/queries/claim-groups.ts).
  const ofClaims = claimIds ? and(eq(revisions.entity, "figure"), inArray(revisions.entityId, claimIds.length ? claimIds : [""])) : undefined;
  const followed = and(inArray(revisions.entity, FOLLOWED), ofSituation, ofClaims);
  const [{ n }] = await db.select({ n: count() }).from(revisions).where(followed);
  const rows = await db
    .select()
    .from(revisions)
    .where(followed)
    .orderBy(desc(revisions.id))
    .limit(CHANGES_PAGE_SIZE)
    .offset((page - 1) * CHANGES_PAGE_SIZE);
  const entries = rows.flatMap((row): ChangeEntry[] => {
    const changes = (row.action === "update" ? row.changes : {}) as Record<string, Change>;
    const common = { revisionId: row.id, at: isoTime(row.at), author: row.author, action: row.action as ChangeEntry["action"], entityId: row.entityId, reason: row.reason };
    if (row.entity === "document") {
      return [{ ...common, entity: "document", what: kinds.document, after: documentName(row, snapshot), otherFields: [], href: `/documents/${encodeURIComponent(row.entityId)}` }];
    }
    if (row.entity !== "figure") {
      const entity = row.entity as Exclude<ChangedEntity, "figure" | "document">;
      // A removed record is named as its adding or removal kept it (whole), and links to its place in the feed.
      const record = recordEntry(entity, row.entityId, snapshot) ?? { name: storedName(row), href: `/changes#revision-${row.id}` };
      const named = row.action === "create" || row.action === "remove";
      return [{ ...common, entity, what: named ? kinds[entity] : `${kinds[entity]}: ${record.name}`, after: named ? record.name : undefined, otherFields: Object.keys(changes), href: record.href }];
    }
    const claim = snapshot.claimsById.get(row.entityId);
    if (!claim || claim.kind !== "reported") return [];
    const summary = summarizeClaim(claim, snapshot);
    const created = row.action === "create" ? (row.changes as Partial<Valued>) : null;
    const current: Valued = { value: claim.value, qualifier: claim.qualifier, valueHigh: claim.valueHigh };
    return [
      {
        ...common,
        entity: "figure",
        what: `${summary.sourceShort}: ${t.indicator[claim.indicator].toLowerCase()} (${t.group[claim.group]}), ${summary.placeText}`,
        before: valueAt(changes, current, "from") ?? undefined,
        after: created ? formatQualified({ ...current, ...created }) : (valueAt(changes, current, "to") ?? undefined),
        otherFields: Object.keys(changes).filter((f) => !["value", "qualifier", "valueHigh"].includes(f)),
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
