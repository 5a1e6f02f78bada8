import { and, eq, inArray, or, sql, type SQL } from "drizzle-orm";
import { documents, events, figures, locations, revisions } from "@/lib/db/schema";

/** A row of a table with `situation_ids` that belongs to the situation, as lib/situations/membership.ts decides in memory. */
export function memberOf(column: typeof figures.situationIds | typeof events.situationIds | typeof locations.situationIds, situationId: string, ownsUnassigned: boolean): SQL {
  const listed = sql`${column} @> ARRAY[${situationId}]::text[]`;
  // The first situation created also holds every record that names none (lib/situations/membership.ts).
  return ownsUnassigned ? sql`(${listed} OR ${column} IS NULL OR cardinality(${column}) = 0)` : listed;
}

/** Revisions about one situation: of its claims, accounts, places and archived reports, and of the situation itself. */
export function revisionsOfSituation(situationId: string, ownsUnassigned: boolean): SQL {
  return or(
    and(eq(revisions.entity, "figure"), inArray(revisions.entityId, sql`(select ${figures.id} from ${figures} where ${memberOf(figures.situationIds, situationId, ownsUnassigned)})`)),
    and(eq(revisions.entity, "event"), inArray(revisions.entityId, sql`(select ${events.id} from ${events} where ${memberOf(events.situationIds, situationId, ownsUnassigned)})`)),
    and(eq(revisions.entity, "location"), inArray(revisions.entityId, sql`(select ${locations.id} from ${locations} where ${memberOf(locations.situationIds, situationId, ownsUnassigned)})`)),
    and(eq(revisions.entity, "situation"), eq(revisions.entityId, situationId)),
    and(eq(revisions.entity, "document"), inArray(revisions.entityId, sql`(select ${documents.id} from ${documents} where ${documents.situationId} = ${situationId})`)),
  ) as SQL;
}
