CREATE INDEX "events_situation_ids_idx" ON "events" USING gin ("situation_ids");--> statement-breakpoint
CREATE INDEX "figures_situation_ids_idx" ON "figures" USING gin ("situation_ids");