import { getMessages } from "@/lib/i18n/messages";
import { getStaffMessages } from "@/lib/i18n/staff-messages";
import { placeName } from "@/lib/i18n/place-name";
import { indicators, languageAutonyms, populationGroups, qualifiers, QuoteLanguage, Unit, type Situation } from "@/lib/model";
import { placesOfSituation } from "./context";
import type { Snapshot } from "@/lib/queries/snapshot";
import type { IntakeOptions } from "@/components/staff/report-intake";

/** The choices of the report form, in the reader's language; its places are those the extractor reads a report against. */
export function intakeOptions(snapshot: Snapshot, situation: Situation): IntakeOptions {
  const t = getMessages();
  const s = getStaffMessages();
  const own = placesOfSituation({ situation, locations: snapshot.locations, firstSituationId: snapshot.firstSituationId });
  return {
    sources: snapshot.sources.map((source) => ({ value: source.id, label: source.short === source.name ? source.name : `${source.short}: ${source.name}` })),
    places: own.map((place) => ({ value: place.id, label: placeName(place) })),
    indicators: indicators.map((i) => ({ value: i, label: t.indicator[i] })),
    groups: populationGroups.map((g) => ({ value: g, label: t.group[g] })),
    qualifiers: qualifiers.map((q) => ({ value: q, label: t.qualifier[q] || s.form.exact })),
    units: Unit.options.map((u) => ({ value: u, label: t.unit[u] })),
    languages: QuoteLanguage.options.map((l) => ({ value: l, label: `${languageAutonyms[l]} (${l})` })),
  };
}
