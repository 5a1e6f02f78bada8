import "server-only";
import { cache } from "react";
import { getDb } from "@/lib/db";
import { todayIso } from "@/lib/format/dates";
import { figureDetail } from "./figures";
import { toDetailView } from "./figure-detail-view";
import { pageSnapshot } from "./page-snapshot";

/** One figure's view, built once per request however many of metadata, page and panel ask. */
export const figurePageView = cache(async (id: string) => {
  const snapshot = await pageSnapshot();
  const detail = await figureDetail(await getDb(), snapshot, id);
  return detail && toDetailView(detail, snapshot, todayIso());
});
