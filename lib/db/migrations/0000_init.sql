CREATE TABLE "derived_figures" (
	"id" text PRIMARY KEY NOT NULL,
	"indicator" text NOT NULL,
	"group" text NOT NULL,
	"unit" text NOT NULL,
	"location_ids" text[] NOT NULL,
	"part_ids" text[] NOT NULL,
	"label" text NOT NULL,
	"pinned_reason" text
);
--> statement-breakpoint
CREATE TABLE "events" (
	"id" text PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"facility_status" text,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"day_index" integer,
	"day_label" text,
	"date" date,
	"date_basis" text NOT NULL,
	"location_ids" text[] NOT NULL,
	"source_id" text NOT NULL,
	"via" text,
	"url" text,
	"quote" text NOT NULL,
	"quote_language" text NOT NULL,
	"translation" text,
	"notes" text
);
--> statement-breakpoint
CREATE TABLE "figures" (
	"id" text PRIMARY KEY NOT NULL,
	"indicator" text NOT NULL,
	"group" text NOT NULL,
	"value" integer NOT NULL,
	"qualifier" text NOT NULL,
	"value_high" integer,
	"unit" text NOT NULL,
	"location_ids" text[] NOT NULL,
	"period_start" date,
	"period_end" date,
	"reported_at" date,
	"date_note" text NOT NULL,
	"source_id" text NOT NULL,
	"via" text,
	"url" text,
	"quote" text NOT NULL,
	"quote_language" text NOT NULL,
	"translation" text,
	"notes" text,
	"status" text NOT NULL,
	"supersedes" text,
	"pinned_reason" text,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "figures_value_non_negative" CHECK ("figures"."value" >= 0)
);
--> statement-breakpoint
CREATE TABLE "locations" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"names" jsonb NOT NULL,
	"kind" text NOT NULL,
	"geometry" jsonb,
	"geometry_source" text NOT NULL,
	"approximate" boolean NOT NULL,
	"parent_id" text
);
--> statement-breakpoint
CREATE TABLE "revisions" (
	"id" serial PRIMARY KEY NOT NULL,
	"entity" text NOT NULL,
	"entity_id" text NOT NULL,
	"action" text NOT NULL,
	"author" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"reason" text NOT NULL,
	"changes" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sources" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"short" text NOT NULL,
	"kind" text NOT NULL,
	"reliability" text NOT NULL,
	"reliability_reason" text NOT NULL,
	"url" text,
	"notes" text
);
--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_via_sources_id_fk" FOREIGN KEY ("via") REFERENCES "public"."sources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "figures" ADD CONSTRAINT "figures_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "figures" ADD CONSTRAINT "figures_via_sources_id_fk" FOREIGN KEY ("via") REFERENCES "public"."sources"("id") ON DELETE no action ON UPDATE no action;