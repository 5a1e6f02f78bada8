CREATE TABLE "data_version" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"version" integer DEFAULT 0 NOT NULL,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "data_version_single_row" CHECK ("data_version"."id" = 1)
);
--> statement-breakpoint
-- The one row exists from the start; a database that already holds data starts at version 1.
INSERT INTO "data_version" ("id", "version") SELECT 1, CASE WHEN EXISTS (SELECT 1 FROM "sources") THEN 1 ELSE 0 END;
