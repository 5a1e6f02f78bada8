ALTER TABLE "events" ADD COLUMN "after" text;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "order_basis" text;--> statement-breakpoint
ALTER TABLE "figures" ADD COLUMN "count_kind" text DEFAULT 'cumulative' NOT NULL;--> statement-breakpoint
ALTER TABLE "sources" ADD COLUMN "part_of" text;