import { getMessages } from "@/lib/i18n/messages";
import { getStaffMessages } from "@/lib/i18n/staff-messages";
import {
  CountKind,
  EventKind,
  FacilityStatus,
  FigureStatus,
  indicators,
  LocationKind,
  populationGroups,
  qualifiers,
  QuoteLanguage,
  languageAutonyms,
  reliabilityGrades,
  sourceKinds,
  Unit,
} from "@/lib/model";
import type { Snapshot } from "@/lib/queries/snapshot";
import type { FieldSpec } from "./field-spec";
import { situationShortTitle } from "@/lib/situations/texts";
import { placeName } from "@/lib/i18n/place-name";

const option = (value: string, label: string = value) => ({ value, label });

function sourceOptions(snapshot: Snapshot) {
  return snapshot.sources.map((s) => option(s.id, s.short === s.name ? s.name : `${s.short}: ${s.name}`));
}
function placeOptions(snapshot: Snapshot) {
  return snapshot.locations.map((l) => option(l.id, placeName(l)));
}
function situationOptions(snapshot: Snapshot) {
  return snapshot.situations.map((s) => option(s.id, situationShortTitle(s)));
}
const languageOptions = () => QuoteLanguage.options.map((l) => option(l, `${languageAutonyms[l]} (${l})`));

/** The claim form: every field of a claim, in the order a person reads a report. */
export function claimFields(snapshot: Snapshot): FieldSpec[] {
  const t = getMessages();
  const f = getStaffMessages().claim.fields;
  const s = getStaffMessages();
  return [
    { name: "sourceId", label: f.sourceId, kind: "select", required: true, options: sourceOptions(snapshot) },
    { name: "quote", label: f.quote, kind: "textarea", required: true, dir: "auto" },
    { name: "value", label: f.value, kind: "number", required: true },
    // Chosen by its words, as the quote words it: "about" is "around", "nearly", "some", "an estimated".
    { name: "qualifier", label: f.qualifier, kind: "select", required: true, options: qualifiers.map((q) => option(q, q === "exact" ? s.form.exact : `${t.qualifier[q]} — ${s.claim.qualifierWords[q]}`)) },
    { name: "indicator", label: f.indicator, kind: "select", required: true, options: indicators.map((i) => option(i, t.indicator[i])) },
    { name: "group", label: f.group, kind: "select", required: true, options: populationGroups.map((g) => option(g, t.group[g])) },
    { name: "locationIds", label: f.locationIds, kind: "checkboxes", required: true, options: placeOptions(snapshot) },
    { name: "reportedAt", label: f.reportedAt, kind: "date" },
    { name: "dateNote", label: f.dateNote, kind: "text", required: true },
    { name: "url", label: f.url, kind: "url" },
    { name: "quoteLanguage", label: f.quoteLanguage, kind: "select", required: true, options: languageOptions() },
    { name: "translation", label: f.translation, kind: "textarea" },
    { name: "situationIds", label: f.situationIds, kind: "checkboxes", options: situationOptions(snapshot), more: snapshot.situations.length < 2 },
    { name: "via", label: f.via, kind: "select", options: [option("", s.form.none), ...sourceOptions(snapshot)], more: true },
    { name: "valueHigh", label: f.valueHigh, kind: "number", more: true },
    { name: "unit", label: f.unit, kind: "select", required: true, options: Unit.options.map((u) => option(u, t.unit[u])), more: true },
    { name: "countKind", label: f.countKind, kind: "select", required: true, options: CountKind.options.map((k) => option(k, s.claim.countKinds[k])), more: true },
    { name: "periodStart", label: f.periodStart, kind: "date", more: true },
    { name: "periodEnd", label: f.periodEnd, kind: "date", more: true },
    { name: "status", label: f.status, kind: "select", required: true, options: FigureStatus.options.map((k) => option(k, s.claim.statuses[k])), more: true },
    { name: "supersedes", label: f.supersedes, kind: "text", more: true },
    { name: "takenFrom", label: f.takenFrom, kind: "text", hint: s.claim.takenFromHint, more: true },
    { name: "pinnedReason", label: f.pinnedReason, kind: "text", more: true },
    { name: "notes", label: f.notes, kind: "textarea", more: true },
    { name: "id", label: f.id, kind: "text", hint: s.form.idHint, more: true },
  ];
}

export function sourceFields(snapshot: Snapshot): FieldSpec[] {
  const t = getMessages();
  const f = getStaffMessages().source.fields;
  return [
    { name: "name", label: f.name, kind: "text", required: true },
    { name: "short", label: f.short, kind: "text", required: true },
    { name: "kind", label: f.kind, kind: "select", required: true, options: sourceKinds.map((k) => option(k, t.sourceKind[k])) },
    { name: "reliability", label: f.reliability, kind: "select", required: true, options: reliabilityGrades.map((g) => option(g)) },
    { name: "reliabilityReason", label: f.reliabilityReason, kind: "text", required: true },
    { name: "url", label: f.url, kind: "url" },
    { name: "aliases", label: f.aliases, kind: "textarea", hint: f.aliasesHint, dir: "auto" },
    { name: "partOf", label: f.partOf, kind: "select", options: [option("", getStaffMessages().form.none), ...sourceOptions(snapshot)], more: true },
    { name: "notes", label: f.notes, kind: "textarea", more: true },
    { name: "id", label: f.id, kind: "text", hint: getStaffMessages().form.idHint, more: true },
  ];
}

export function eventFields(snapshot: Snapshot): FieldSpec[] {
  const t = getMessages();
  const s = getStaffMessages();
  const f = s.event.fields;
  return [
    { name: "sourceId", label: f.sourceId, kind: "select", required: true, options: sourceOptions(snapshot) },
    { name: "via", label: f.via, kind: "select", options: [option("", s.form.none), ...sourceOptions(snapshot)], more: true },
    { name: "kind", label: f.kind, kind: "select", required: true, options: EventKind.options.map((k) => option(k, t.eventKind[k])) },
    { name: "facilityStatus", label: f.facilityStatus, kind: "select", options: [option("", s.form.none), ...FacilityStatus.options.map((k) => option(k, t.facilityStatus[k]))] },
    { name: "title", label: f.title, kind: "text", required: true },
    { name: "description", label: f.description, kind: "textarea", required: true },
    { name: "date", label: f.date, kind: "date" },
    { name: "dayLabel", label: f.dayLabel, kind: "text", more: true },
    { name: "dateBasis", label: f.dateBasis, kind: "text", required: true },
    { name: "locationIds", label: f.locationIds, kind: "checkboxes", options: placeOptions(snapshot) },
    { name: "quote", label: f.quote, kind: "textarea", required: true, dir: "auto" },
    { name: "quoteLanguage", label: f.quoteLanguage, kind: "select", required: true, options: languageOptions() },
    { name: "translation", label: f.translation, kind: "textarea" },
    { name: "url", label: f.url, kind: "url" },
    { name: "notes", label: f.notes, kind: "textarea", more: true },
    { name: "id", label: f.id, kind: "text", hint: s.form.idHint, more: true },
  ];
}

export function placeFields(snapshot: Snapshot): FieldSpec[] {
  const s = getStaffMessages();
  const f = s.place.fields;
  return [
    { name: "name", label: f.name, kind: "text", required: true },
    { name: "nameAr", label: f.nameAr, kind: "text", dir: "rtl" },
    { name: "nameKu", label: f.nameKu, kind: "text", dir: "auto" },
    { name: "kind", label: f.kind, kind: "select", required: true, options: LocationKind.options.filter((k) => k !== "country").map((k) => option(k, s.place.kinds[k as keyof typeof s.place.kinds])) },
    { name: "shape", label: f.shape, kind: "textarea", hint: s.place.shapeHint, dir: "ltr" },
    { name: "shapeFile", label: f.shapeFile, kind: "file", accept: ".geojson,.json,application/geo+json,application/json" },
    { name: "latitude", label: f.latitude, kind: "number", more: true },
    { name: "longitude", label: f.longitude, kind: "number", more: true },
    { name: "geometrySource", label: f.geometrySource, kind: "text", required: true },
    { name: "approximate", label: f.approximate, kind: "checkbox" },
    { name: "aliases", label: f.aliases, kind: "textarea", hint: s.source.fields.aliasesHint, dir: "auto" },
    { name: "parentId", label: f.parentId, kind: "select", options: [option("", s.form.none), ...placeOptions(snapshot)], more: true },
    { name: "situationIds", label: f.situationIds, kind: "checkboxes", options: situationOptions(snapshot), hint: s.place.situationsHint },
    { name: "id", label: f.id, kind: "text", hint: s.form.idHint, more: true },
  ];
}
