CREATE TABLE "situations" (
	"id" text PRIMARY KEY NOT NULL,
	"titles" jsonb NOT NULL,
	"short_titles" jsonb NOT NULL,
	"summary" jsonb NOT NULL,
	"period" jsonb NOT NULL,
	"status" text NOT NULL,
	"place_ids" text[] NOT NULL,
	"facility_ids" text[] NOT NULL,
	"headline" jsonb NOT NULL,
	"charts" text[] NOT NULL,
	"map_view" jsonb NOT NULL,
	"lead_source_id" text,
	"keywords" text[] NOT NULL,
	"position" serial NOT NULL
);
--> statement-breakpoint
ALTER TABLE "derived_figures" ADD COLUMN "situation_ids" text[];--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "situation_ids" text[];--> statement-breakpoint
ALTER TABLE "figures" ADD COLUMN "situation_ids" text[];--> statement-breakpoint
ALTER TABLE "locations" ADD COLUMN "situation_ids" text[];