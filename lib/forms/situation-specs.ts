import { getMessages } from "@/lib/i18n/messages";
import { getStaffMessages } from "@/lib/i18n/staff-messages";
import { placeName } from "@/lib/i18n/place-name";
import { chartIds, indicators, populationGroups, SituationStatus, type Situation } from "@/lib/model";
import type { Snapshot } from "@/lib/queries/snapshot";
import { contextLayerNames } from "@/lib/map/context-layers";
import type { FieldValue } from "./form-state";
import type { FieldSpec } from "./field-spec";

const option = (value: string, label = value) => ({ value, label });

/** A headline figure as one choice of the form: "killed:civilians". */
export const headlineChoice = (card: { indicator: string; group: string }) => `${card.indicator}:${card.group}`;

/**
 * The situation form's fields; its id only when opening one (an id is an
 * address and never changes); for an editor, only what an editor may change.
 */
export function situationFields(snapshot: Snapshot, { opening, role = "admin" }: { opening: boolean; role?: string }): FieldSpec[] {
  const all = allSituationFields(snapshot, opening);
  return role === "admin" ? all : all.filter((spec) => EDITOR_FORM_FIELDS.has(spec.name));
}

/** The form's fields an editor sees: those that make up what an editor may change (lib/write/situations.ts). */
const EDITOR_FORM_FIELDS = new Set(["placeIds", "facilityIds", "headline", "charts", "countryCode", "locatorPlaceId", "contextLayer", "leadSourceId", "keywords"]);

function allSituationFields(snapshot: Snapshot, opening: boolean): FieldSpec[] {
  const t = getMessages();
  const s = getStaffMessages();
  const f = s.situation.fields;
  const places = snapshot.locations.filter((l) => l.kind !== "facility" && l.kind !== "route").map((l) => option(l.id, placeName(l)));
  const facilities = snapshot.locations.filter((l) => l.kind === "facility").map((l) => option(l.id, placeName(l)));
  const points = snapshot.locations.filter((l) => l.geometry?.type === "Point").map((l) => option(l.id, placeName(l)));
  return [
    ...(opening ? [{ name: "id", label: f.id, kind: "text" as const, required: true, dir: "ltr" as const }] : []),
    { name: "titleEn", label: f.titleEn, kind: "text", required: true },
    { name: "titleAr", label: f.titleAr, kind: "text", dir: "rtl" },
    { name: "titleKu", label: f.titleKu, kind: "text", dir: "auto" },
    { name: "shortTitleEn", label: f.shortTitleEn, kind: "text", required: true },
    { name: "shortTitleAr", label: f.shortTitleAr, kind: "text", dir: "rtl" },
    { name: "shortTitleKu", label: f.shortTitleKu, kind: "text", dir: "auto" },
    { name: "summaryEn", label: f.summaryEn, kind: "textarea", required: true },
    { name: "summaryAr", label: f.summaryAr, kind: "textarea", dir: "rtl" },
    { name: "summaryKu", label: f.summaryKu, kind: "textarea", dir: "auto" },
    { name: "periodStart", label: f.periodStart, kind: "date", required: true },
    { name: "periodEnd", label: f.periodEnd, kind: "date" },
    { name: "status", label: f.status, kind: "select", required: true, options: SituationStatus.options.map((v) => option(v, s.situation.statuses[v])) },
    { name: "placeIds", label: f.placeIds, kind: "multiselect", required: true, options: places, hint: s.form.multiHint },
    { name: "facilityIds", label: f.facilityIds, kind: "multiselect", options: facilities, hint: s.form.multiHint },
    {
      name: "headline",
      label: f.headline,
      kind: "multiselect",
      required: true,
      options: indicators.flatMap((indicator) => populationGroups.map((group) => option(headlineChoice({ indicator, group }), `${t.indicator[indicator]}: ${t.group[group]}`))),
      hint: s.form.multiHint,
    },
    { name: "charts", label: f.charts, kind: "multiselect", options: chartIds.map((id) => option(id)), hint: s.form.multiHint },
    { name: "countryCode", label: f.countryCode, kind: "text", dir: "ltr" },
    { name: "locatorPlaceId", label: f.locatorPlaceId, kind: "select", options: [option("", s.form.none), ...points] },
    { name: "contextLayer", label: f.contextLayer, kind: "select", options: [option("", s.form.none), ...contextLayerNames().map((name) => option(name))] },
    { name: "leadSourceId", label: f.leadSourceId, kind: "select", options: [option("", s.form.none), ...snapshot.sources.map((source) => option(source.id, source.short))] },
    { name: "keywords", label: f.keywords, kind: "text" },
  ];
}

const texts = (en: unknown, ar: unknown, ku: unknown) => ({ en, ...(ar ? { ar } : {}), ...(ku ? { ku } : {}) });

/** The record the form's values make; the situation schema checks it. */
export function situationFromForm(values: Record<string, unknown>): Record<string, unknown> {
  const list = (name: string) => (Array.isArray(values[name]) ? (values[name] as string[]) : []);
  return {
    ...(values.id ? { id: values.id } : {}),
    titles: texts(values.titleEn, values.titleAr, values.titleKu),
    shortTitles: texts(values.shortTitleEn, values.shortTitleAr, values.shortTitleKu),
    summary: texts(values.summaryEn, values.summaryAr, values.summaryKu),
    period: { start: values.periodStart, ...(values.periodEnd ? { end: values.periodEnd } : {}) },
    status: values.status,
    placeIds: list("placeIds"),
    facilityIds: list("facilityIds"),
    headline: list("headline").map((choice) => {
      const [indicator, group] = choice.split(":");
      return { indicator, group };
    }),
    charts: list("charts"),
    mapView: {
      ...(values.countryCode ? { countryCode: values.countryCode } : {}),
      ...(values.locatorPlaceId ? { locatorPlaceId: values.locatorPlaceId } : {}),
      ...(values.contextLayer ? { contextLayer: values.contextLayer } : {}),
    },
    ...(values.leadSourceId ? { leadSourceId: values.leadSourceId } : {}),
    keywords: typeof values.keywords === "string" ? values.keywords.split(",").map((k) => k.trim()).filter(Boolean) : [],
  };
}

/** A stored situation as the form shows it. */
export function formValuesOf(situation: Situation): Record<string, FieldValue> {
  return {
    titleEn: situation.titles.en,
    titleAr: situation.titles.ar ?? "",
    titleKu: situation.titles.ku ?? "",
    shortTitleEn: situation.shortTitles.en,
    shortTitleAr: situation.shortTitles.ar ?? "",
    shortTitleKu: situation.shortTitles.ku ?? "",
    summaryEn: situation.summary.en,
    summaryAr: situation.summary.ar ?? "",
    summaryKu: situation.summary.ku ?? "",
    periodStart: situation.period.start,
    periodEnd: situation.period.end ?? "",
    status: situation.status,
    placeIds: situation.placeIds,
    facilityIds: situation.facilityIds,
    headline: situation.headline.map(headlineChoice),
    charts: situation.charts,
    countryCode: situation.mapView.countryCode ?? "",
    locatorPlaceId: situation.mapView.locatorPlaceId ?? "",
    contextLayer: situation.mapView.contextLayer ?? "",
    leadSourceId: situation.leadSourceId ?? "",
    keywords: situation.keywords.join(", "),
  };
}

/** Where the schema's error on a field of the record shows on the form. */
export function situationFieldOf(column: string): string {
  const exact: Record<string, string> = {
    "titles.en": "titleEn",
    "titles.ar": "titleAr",
    "titles.ku": "titleKu",
    "shortTitles.en": "shortTitleEn",
    "shortTitles.ar": "shortTitleAr",
    "shortTitles.ku": "shortTitleKu",
    "summary.en": "summaryEn",
    "summary.ar": "summaryAr",
    "summary.ku": "summaryKu",
    "period.start": "periodStart",
    "period.end": "periodEnd",
    "mapView.countryCode": "countryCode",
    "mapView.locatorPlaceId": "locatorPlaceId",
    "mapView.contextLayer": "contextLayer",
  };
  if (exact[column]) return exact[column];
  const first = column.split(".")[0];
  return first === "headline" ? "headline" : first;
}
