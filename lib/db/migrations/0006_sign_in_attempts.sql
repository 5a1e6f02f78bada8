-- Sign-in attempts are counted in one upsert per attempt (a row per address and per account), before the password is checked.
CREATE TABLE "sign_in_attempts" (
	"key" text PRIMARY KEY NOT NULL,
	"window_started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"attempts" integer NOT NULL
);

--> statement-breakpoint
DROP TABLE "sign_in_failures" CASCADE;
