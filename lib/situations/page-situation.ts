import "server-only";
import { notFound } from "next/navigation";
import { enterLocale } from "@/lib/i18n/page-locale";
import type { Locale } from "@/lib/i18n/locales";
import { pageSituationSnapshot } from "@/lib/queries/page-snapshot";
import type { SituationSnapshot } from "@/lib/queries/snapshot";

export type SituationParams = Promise<{ locale: string; situation: string }>;

/**
 * Every page under /{locale}/{situation} calls this first: it enters the
 * locale and reads the situation's part of this render's snapshot; an
 * unknown situation is the site's 404.
 */
export async function enterSituation(params: SituationParams): Promise<{ locale: Locale; snapshot: SituationSnapshot }> {
  const locale = await enterLocale(params);
  const { situation: id } = await params;
  const snapshot = await pageSituationSnapshot(id);
  if (!snapshot) notFound();
  return { locale, snapshot };
}

/** A page's path within its situation: ("crisis-2026", "/map") → "/crisis-2026/map". */
export const situationPath = (situationId: string, path = "/") => (path === "/" ? `/${situationId}` : `/${situationId}${path}`);
