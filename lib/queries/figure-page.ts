import "server-only";
import { cache } from "react";
import { getDb } from "@/lib/db";
import { figureDetail } from "./figures";
import { toDetailView } from "./figure-detail-view";
import { pageSnapshot } from "./page-snapshot";
import { perVersionInLocale } from "./read-model";

/** One figure's view, built once per data version however many pages, panels and metadata ask. */
export const figurePageView = cache(async (id: string) => {
  const snapshot = await pageSnapshot();
  if (!snapshot.claimsById.has(id)) return null;
  const db = await getDb();
  const detail = await perVersionInLocale(snapshot, `figure:${id}`, () => figureDetail(db, snapshot, id));
  return detail && toDetailView(detail, snapshot);
});
