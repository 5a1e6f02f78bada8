import { sql } from "drizzle-orm";
import { boolean, check, date, index, integer, jsonb, pgTable, serial, text, timestamp } from "drizzle-orm/pg-core";

// Enumerations are plain text checked by the zod schemas at every edge, so a
// new indicator or group is a code change, not a database migration.

export const sources = pgTable("sources", {
  id: text("id").primaryKey(),
  name: text("name").notNull(),
  short: text("short").notNull(),
  kind: text("kind").notNull(),
  reliability: text("reliability").notNull(),
  reliabilityReason: text("reliability_reason").notNull(),
  url: text("url"),
  notes: text("notes"),
  partOf: text("part_of"),
});

export const locations = pgTable("locations", {
  id: text("id").primaryKey(),
  name: text("name").notNull(),
  names: jsonb("names").$type<{ en: string; ar?: string; ku?: string }>().notNull(),
  kind: text("kind").notNull(),
  geometry: jsonb("geometry"),
  geometrySource: text("geometry_source").notNull(),
  approximate: boolean("approximate").notNull(),
  parentId: text("parent_id"),
});

export const figures = pgTable(
  "figures",
  {
    id: text("id").primaryKey(),
    indicator: text("indicator").notNull(),
    group: text("group").notNull(),
    value: integer("value").notNull(),
    qualifier: text("qualifier").notNull(),
    valueHigh: integer("value_high"),
    unit: text("unit").notNull(),
    locationIds: text("location_ids").array().notNull(),
    countKind: text("count_kind").notNull().default("cumulative"),
    periodStart: date("period_start", { mode: "string" }),
    periodEnd: date("period_end", { mode: "string" }),
    reportedAt: date("reported_at", { mode: "string" }),
    dateNote: text("date_note").notNull(),
    sourceId: text("source_id")
      .notNull()
      .references(() => sources.id),
    via: text("via").references(() => sources.id),
    url: text("url"),
    quote: text("quote").notNull(),
    quoteLanguage: text("quote_language").notNull(),
    translation: text("translation"),
    notes: text("notes"),
    status: text("status").notNull(),
    supersedes: text("supersedes"),
    pinnedReason: text("pinned_reason"),
    /** Bumped on every update; the ETag of a figure, so stale edits are refused. */
    version: integer("version").notNull().default(1),
  },
  (table) => [check("figures_value_non_negative", sql`${table.value} >= 0`)],
);

export const derivedFigures = pgTable("derived_figures", {
  id: text("id").primaryKey(),
  indicator: text("indicator").notNull(),
  group: text("group").notNull(),
  unit: text("unit").notNull(),
  locationIds: text("location_ids").array().notNull(),
  partIds: text("part_ids").array().notNull(),
  label: text("label").notNull(),
  pinnedReason: text("pinned_reason"),
});

export const events = pgTable("events", {
  id: text("id").primaryKey(),
  kind: text("kind").notNull(),
  facilityStatus: text("facility_status"),
  title: text("title").notNull(),
  description: text("description").notNull(),
  dayIndex: integer("day_index"),
  dayLabel: text("day_label"),
  date: date("date", { mode: "string" }),
  dateBasis: text("date_basis").notNull(),
  locationIds: text("location_ids").array().notNull(),
  sourceId: text("source_id")
    .notNull()
    .references(() => sources.id),
  via: text("via").references(() => sources.id),
  url: text("url"),
  quote: text("quote").notNull(),
  quoteLanguage: text("quote_language").notNull(),
  translation: text("translation"),
  notes: text("notes"),
  after: text("after"),
  orderBasis: text("order_basis"),
});

/** Append-only log: every create or update of a record is a row here. */
export const revisions = pgTable(
  "revisions",
  {
    id: serial("id").primaryKey(),
    entity: text("entity").notNull(),
    entityId: text("entity_id").notNull(),
    action: text("action").notNull(),
    author: text("author").notNull(),
    at: timestamp("at", { withTimezone: true, mode: "string" }).notNull().defaultNow(),
    reason: text("reason").notNull(),
    changes: jsonb("changes").$type<Record<string, unknown>>().notNull(),
  },
  // A figure's page reads its history; reads filter the in-memory model, so this is the one lookup the database serves.
  (table) => [index("revisions_entity_idx").on(table.entity, table.entityId, table.id)],
);

/**
 * One row: the data version. Every write (import, edit, revert, first-start
 * seeding) increments it in its own transaction, so readers can cache per version.
 */
export const dataVersion = pgTable(
  "data_version",
  {
    id: integer("id").primaryKey().default(1),
    version: integer("version").notNull().default(0),
    changedAt: timestamp("changed_at", { withTimezone: true, mode: "string" }).notNull().defaultNow(),
  },
  (table) => [check("data_version_single_row", sql`${table.id} = 1`)],
);

/** Reviewed changes to the bundled dataset (data/updates/*) already applied to this database, each once. */
export const bundledUpdates = pgTable("bundled_updates", {
  name: text("name").primaryKey(),
  appliedAt: timestamp("applied_at", { withTimezone: true, mode: "string" }).notNull().defaultNow(),
});
