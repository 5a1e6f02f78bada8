import { sql } from "drizzle-orm";
import { boolean, check, date, index, integer, jsonb, pgTable, serial, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";

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
  /** Other names texts call it by, in any language: how a pasted report's attribution finds it (lib/intake). */
  aliases: text("aliases").array(),
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
  pcodes: jsonb("pcodes").$type<{ admin1?: string; admin2?: string; admin3?: string; admin4?: string }>(),
  /** The situations that follow this place; none means the default situation (lib/situations/membership.ts). */
  situationIds: text("situation_ids").array(),
  /** Other spellings texts use ("Sheikh Maqsood", "Achrafieh"): how a pasted report's places are found (lib/intake). */
  aliases: text("aliases").array(),
});

/** One crisis Sitrep follows (lib/model/situation.ts); its texts and lists are the record's own fields. */
export const situations = pgTable("situations", {
  id: text("id").primaryKey(),
  titles: jsonb("titles").notNull(),
  shortTitles: jsonb("short_titles").notNull(),
  summary: jsonb("summary").notNull(),
  period: jsonb("period").notNull(),
  status: text("status").notNull(),
  placeIds: text("place_ids").array().notNull(),
  facilityIds: text("facility_ids").array().notNull(),
  headline: jsonb("headline").notNull(),
  charts: text("charts").array().notNull(),
  mapView: jsonb("map_view").notNull(),
  leadSourceId: text("lead_source_id"),
  keywords: text("keywords").array().notNull(),
  /** Creation order: the first situation is the default one. */
  position: serial("position").notNull(),
});

/**
 * The text a claim's quote was taken from, archived so the evidence outlives
 * its link. Stored once per text: the id comes from the SHA-256 of the text,
 * so pasting the same report again finds the same document.
 */
export const documents = pgTable(
  "documents",
  {
    id: text("id").primaryKey(),
    sha256: text("sha256").notNull(),
    text: text("text").notNull(),
    url: text("url"),
    /** The source whose page or file this is. */
    outlet: text("outlet").references(() => sources.id),
    publishedAt: date("published_at", { mode: "string" }),
    language: text("language"),
    /** The situation it was pasted into, whose places its figures were matched against. */
    situationId: text("situation_id"),
    archivedBy: text("archived_by").notNull(),
    archivedAt: timestamp("archived_at", { withTimezone: true, mode: "string" }).notNull().defaultNow(),
    userId: integer("user_id").references(() => users.id),
  },
  (table) => [uniqueIndex("documents_sha256_idx").on(table.sha256)],
);

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
    /** The claim whose figure this one repeats (lib/claims/voice.ts). */
    takenFrom: text("taken_from"),
    pinnedReason: text("pinned_reason"),
    situationIds: text("situation_ids").array(),
    /** The archived text the quote was taken from (documents). */
    documentId: text("document_id").references(() => documents.id),
    /** A claim read from a dataset: the dataset and the row as published (lib/model/dataset-row.ts). */
    dataset: jsonb("dataset"),
    /** Bumped on every update; the ETag of a figure, so stale edits are refused. */
    version: integer("version").notNull().default(1),
  },
  (table) => [
    check("figures_value_non_negative", sql`${table.value} >= 0`),
    // A situation's read model reads its claims by membership (lib/queries/snapshot.ts).
    index("figures_situation_ids_idx").using("gin", table.situationIds),
    // A write of a few claims reads those that repeat it and its possible duplicates (lib/import/import-dataset.ts).
    index("figures_taken_from_idx").on(table.takenFrom).where(sql`${table.takenFrom} is not null`),
    index("figures_source_indicator_value_idx").on(table.sourceId, table.indicator, table.value),
  ],
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
  situationIds: text("situation_ids").array(),
});

export const events = pgTable(
  "events",
  {
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
    before: text("before"),
    reportedAt: date("reported_at", { mode: "string" }),
    orderBasis: text("order_basis"),
    situationIds: text("situation_ids").array(),
  },
  (table) => [index("events_situation_ids_idx").using("gin", table.situationIds)],
);

/** Staff who may write: editors add and revise; admins also manage accounts and read the audit log. */
export const users = pgTable("users", {
  id: serial("id").primaryKey(),
  /** Lower-cased; the sign-in name. */
  email: text("email").notNull().unique(),
  /** Shown with each revision the person makes. */
  name: text("name").notNull(),
  role: text("role").notNull(),
  passwordHash: text("password_hash").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true, mode: "string" }).notNull().defaultNow(),
  disabledAt: timestamp("disabled_at", { withTimezone: true, mode: "string" }),
});

/** A signed-in browser. The cookie holds a random token; only its SHA-256 is stored. */
export const sessions = pgTable("sessions", {
  tokenHash: text("token_hash").primaryKey(),
  userId: integer("user_id")
    .notNull()
    .references(() => users.id),
  createdAt: timestamp("created_at", { withTimezone: true, mode: "string" }).notNull().defaultNow(),
  expiresAt: timestamp("expires_at", { withTimezone: true, mode: "string" }).notNull(),
});

/** Personal tokens for scripts (Authorization: Bearer …), with their owner's role; only a hash is stored. */
export const apiTokens = pgTable("api_tokens", {
  id: serial("id").primaryKey(),
  userId: integer("user_id")
    .notNull()
    .references(() => users.id),
  name: text("name").notNull(),
  tokenHash: text("token_hash").notNull().unique(),
  createdAt: timestamp("created_at", { withTimezone: true, mode: "string" }).notNull().defaultNow(),
  lastUsedAt: timestamp("last_used_at", { withTimezone: true, mode: "string" }),
  revokedAt: timestamp("revoked_at", { withTimezone: true, mode: "string" }),
});

/**
 * Sign-in attempts per address ("ip:<address>") and per account
 * ("account:<email>") in a fixed window from the first. One row a key, so one
 * upsert counts an attempt and returns the count atomically, on PGlite and
 * across servers on PostgreSQL alike.
 */
export const signInAttempts = pgTable("sign_in_attempts", {
  key: text("key").primaryKey(),
  windowStartedAt: timestamp("window_started_at", { withTimezone: true, mode: "string" }).notNull().defaultNow(),
  attempts: integer("attempts").notNull(),
});

/** Every write and sign-in: who, when, from where. Admins read it. */
export const auditLog = pgTable(
  "audit_log",
  {
    id: serial("id").primaryKey(),
    at: timestamp("at", { withTimezone: true, mode: "string" }).notNull().defaultNow(),
    userId: integer("user_id").references(() => users.id),
    /** Who it was as given, also when no account matched (a failed sign-in). */
    actor: text("actor").notNull(),
    action: text("action").notNull(),
    target: text("target"),
    address: text("address"),
    detail: jsonb("detail").$type<Record<string, unknown>>(),
  },
  (table) => [index("audit_log_at_idx").on(table.at)],
);

/** A disagreement an editor has seen and set aside: the card stops flagging this claim against this headline. */
export const flagDismissals = pgTable("flag_dismissals", {
  figureId: text("figure_id").primaryKey(),
  headlineId: text("headline_id").notNull(),
  userId: integer("user_id").references(() => users.id),
  at: timestamp("at", { withTimezone: true, mode: "string" }).notNull().defaultNow(),
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
    /** The data version this revision's write produced: "new since you last looked" and the change feed read it. */
    dataVersion: integer("data_version"),
    /** The account that wrote it; null for the bundled data and the command line. */
    userId: integer("user_id").references(() => users.id),
    /** The revision this one reverts, if it is a revert. */
    reverts: integer("reverts"),
  },
  // A figure's page reads its history; reads filter the in-memory model, so this is the one lookup the database serves.
  (table) => [index("revisions_entity_idx").on(table.entity, table.entityId, table.id), index("revisions_version_idx").on(table.dataVersion)],
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

/**
 * The data version of each situation's latest change: a write bumps the
 * global version and records it here for every situation it touched, so a
 * situation's read model outlives writes to the others (lib/queries/situation-model.ts).
 */
export const situationVersions = pgTable("situation_versions", {
  situationId: text("situation_id").primaryKey(),
  version: integer("version").notNull(),
});

/** Reviewed changes to the bundled dataset (data/updates/*) already applied to this database, each once. */
export const bundledUpdates = pgTable("bundled_updates", {
  name: text("name").primaryKey(),
  appliedAt: timestamp("applied_at", { withTimezone: true, mode: "string" }).notNull().defaultNow(),
});

/**
 * Who hears about a situation's changes: an email address (after it confirms)
 * or an editor's webhook. Links in messages carry tokens derived from the
 * site secret and the id (lib/alerts/tokens.ts), so no token is stored.
 */
export const subscriptions = pgTable(
  "subscriptions",
  {
    id: text("id").primaryKey(),
    kind: text("kind").notNull(),
    target: text("target").notNull(),
    situationId: text("situation_id").notNull(),
    indicators: text("indicators").array(),
    locationIds: text("location_ids").array(),
    /** The kinds of notice it wants: headline, disagreement, claim, facility. */
    events: text("events").array().notNull(),
    /** none, hour or day: at most one message an hour or a day. */
    digest: text("digest").notNull().default("none"),
    locale: text("locale").notNull().default("en"),
    /** pending (email not yet confirmed), active, disabled (failing webhook), ended. */
    status: text("status").notNull(),
    /** The webhook's signing key, shown once when it is made; needed whole to sign each delivery. */
    secret: text("secret"),
    userId: integer("user_id").references(() => users.id),
    failures: integer("failures").notNull().default(0),
    disabledReason: text("disabled_reason"),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "string" }).notNull().defaultNow(),
    confirmedAt: timestamp("confirmed_at", { withTimezone: true, mode: "string" }),
  },
  (table) => [
    index("subscriptions_situation_idx").on(table.situationId, table.status),
    // One live subscription per address and situation: two requests at once cannot make two, and mail twice.
    uniqueIndex("subscriptions_live_target_idx").on(table.kind, table.target, table.situationId).where(sql`${table.status} in ('pending', 'active') and ${table.kind} = 'email'`),
  ],
);

/**
 * Notices waiting to go out, written in the same transaction that decides
 * them: a restart loses none, and the unique key stops a second server (or a
 * second pass) from queueing the same notice twice.
 */
export const outbox = pgTable(
  "outbox",
  {
    id: serial("id").primaryKey(),
    subscriptionId: text("subscription_id")
      .notNull()
      .references(() => subscriptions.id, { onDelete: "cascade" }),
    /** confirm (the opt-in message) or notice. */
    kind: text("kind").notNull(),
    notice: jsonb("notice"),
    dedupeKey: text("dedupe_key").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "string" }).notNull().defaultNow(),
    dueAt: timestamp("due_at", { withTimezone: true, mode: "string" }).notNull().defaultNow(),
    attempts: integer("attempts").notNull().default(0),
    /** A server sending it holds it until then; past it, another may take it over. */
    lockedUntil: timestamp("locked_until", { withTimezone: true, mode: "string" }),
    /** Which server's pass holds it: only that pass may send it and mark it sent. */
    lockedBy: text("locked_by"),
    sentAt: timestamp("sent_at", { withTimezone: true, mode: "string" }),
    /** Given up on: the subscription was disabled or ended before it went. */
    droppedAt: timestamp("dropped_at", { withTimezone: true, mode: "string" }),
    lastError: text("last_error"),
  },
  (table) => [
    uniqueIndex("outbox_dedupe_idx").on(table.subscriptionId, table.dedupeKey),
    index("outbox_due_idx").on(table.dueAt).where(sql`${table.sentAt} is null and ${table.droppedAt} is null`),
  ],
);

/** Per situation, the data version whose state notices were last decided against, and that state. */
export const noticeCursors = pgTable("notice_cursors", {
  situationId: text("situation_id").primaryKey(),
  dataVersion: integer("data_version").notNull(),
  state: jsonb("state").notNull(),
});

/** Secrets the site makes for itself on first use, shared by every server on the database. */
export const siteSecrets = pgTable("site_secrets", {
  name: text("name").primaryKey(),
  value: text("value").notNull(),
});
