import { getMessages } from "@/lib/i18n/messages";
import { getStaffMessages } from "@/lib/i18n/staff-messages";
import { placeName } from "@/lib/i18n/place-name";
import { indicators, populationGroups, qualifiers, QuoteLanguage, Unit, type Situation } from "@/lib/model";
import { belongsTo } from "@/lib/situations/membership";
import type { Snapshot } from "@/lib/queries/snapshot";
import type { IntakeOptions } from "@/components/staff/report-intake";

/** The choices of the report form, in the reader's language: the situation's places first, then every other place. */
export function intakeOptions(snapshot: Snapshot, situation: Situation): IntakeOptions {
  const t = getMessages();
  const s = getStaffMessages();
  const own = snapshot.locations.filter((l) => situation.placeIds.includes(l.id) || situation.facilityIds.includes(l.id) || belongsTo(l, situation.id, snapshot.firstSituationId));
  return {
    sources: snapshot.sources.map((source) => ({ value: source.id, label: source.short === source.name ? source.name : `${source.short}: ${source.name}` })),
    places: own.map((place) => ({ value: place.id, label: placeName(place) })),
    indicators: indicators.map((i) => ({ value: i, label: t.indicator[i] })),
    groups: populationGroups.map((g) => ({ value: g, label: t.group[g] })),
    qualifiers: qualifiers.map((q) => ({ value: q, label: t.qualifier[q] || s.form.exact })),
    units: Unit.options.map((u) => ({ value: u, label: t.unit[u] })),
    languages: QuoteLanguage.options.map((l) => ({ value: l, label: l })),
  };
}
