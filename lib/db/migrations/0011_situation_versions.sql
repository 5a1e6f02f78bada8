CREATE TABLE "situation_versions" (
	"situation_id" text PRIMARY KEY NOT NULL,
	"version" integer NOT NULL
);
