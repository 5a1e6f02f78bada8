import { formatDate } from "@/lib/format/dates";
import { getMessages } from "@/lib/i18n/messages";
import type { FigureCard } from "@/lib/queries/overview";
import type { Messages } from "@/lib/i18n/messages";

/** A card's title: "People killed", or for one group "Killed: civilians". */
export function cardTitle(card: Pick<FigureCard, "indicator" | "group">, t: Messages = getMessages()): string {
  const own = (t.overview.cards as Partial<Record<string, string>>)[card.indicator];
  return card.group === "all" && own ? own : `${t.indicator[card.indicator]}: ${t.group[card.group]}`;
}

/** A figure that gives a card its scale, in words: "Still displaced: nearly 120,000 in the city (OCHA, 13 January 2026)". */
export function contextLine(claim: FigureCard["context"][number]): string {
  const t = getMessages();
  return t.overview.contextLine(t.indicator[claim.indicator], claim.valueText, claim.placeText, claim.sourceShort, claim.reportedAt ? formatDate(claim.reportedAt) : null);
}

/**
 * What a card's flag says, the same on the overview, the brief and the edit
 * page: a newer count from the figure's own source names itself and its date,
 * and for a part of a sum says it is not in the total.
 */
export function flagText(flag: FigureCard["flags"][number], headline: FigureCard["headline"]): string {
  const t = getMessages();
  const { claim, shown } = flag;
  const date = claim.reportedAt ? formatDate(claim.reportedAt) : null;
  if (flag.partOfSum) return t.overview.partNewer(claim.sourceShort, t.group[claim.group], claim.valueText, date, headline.valueText);
  if (flag.sameVoice) return t.overview.sameSourceNewer(claim.sourceShort, claim.valueText, date, shown.valueText);
  return t.overview.disagreement(claim.sourceShort, claim.valueText, shown.valueText);
}
