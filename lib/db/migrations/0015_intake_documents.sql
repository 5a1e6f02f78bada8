CREATE TABLE "documents" (
	"id" text PRIMARY KEY NOT NULL,
	"sha256" text NOT NULL,
	"text" text NOT NULL,
	"url" text,
	"outlet" text,
	"published_at" date,
	"language" text,
	"situation_id" text,
	"archived_by" text NOT NULL,
	"archived_at" timestamp with time zone DEFAULT now() NOT NULL,
	"user_id" integer
);
--> statement-breakpoint
ALTER TABLE "figures" ADD COLUMN "document_id" text;--> statement-breakpoint
ALTER TABLE "locations" ADD COLUMN "aliases" text[];--> statement-breakpoint
ALTER TABLE "sources" ADD COLUMN "aliases" text[];--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_outlet_sources_id_fk" FOREIGN KEY ("outlet") REFERENCES "public"."sources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "documents_sha256_idx" ON "documents" USING btree ("sha256");--> statement-breakpoint
ALTER TABLE "figures" ADD CONSTRAINT "figures_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;