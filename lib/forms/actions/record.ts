"use server";
import { redirect } from "next/navigation";
import { actionWriter } from "@/lib/auth/page-session";
import { getDb } from "@/lib/db";
import { getStaffMessages } from "@/lib/i18n/staff-messages";
import { currentSnapshot } from "@/lib/queries/read-model";
import type { Snapshot } from "@/lib/queries/snapshot";
import { createRecord, type RecordEntity } from "@/lib/write/records";
import { kindsOf, recordFromForm, valuesFromForm } from "../field-spec";
import type { FormState } from "../form-state";
import { newId } from "@/lib/write/new-id";
import { eventFields, placeFields, sourceFields } from "../record-specs";
import { formStateFromError } from "../write-outcome";
import { shapeFromGeoJson, ShapeTextError } from "@/lib/map/shape-from-geojson";
import { uploadedText, UploadTooLargeError } from "../uploaded-text";

/** A textarea of names, one a line, as a list: absent when none is given. */
function linesOf(text: unknown): { aliases?: string[] } {
  const lines = typeof text === "string" ? text.split(/\r?\n/).map((line) => line.trim()).filter(Boolean) : [];
  return lines.length ? { aliases: lines } : {};
}

/** Records made with the editor's short forms; a situation has its own (lib/forms/actions/situation.ts). */
type FormEntity = Exclude<RecordEntity, "situation">;

/** How each kind of record is read from its form, named, and where the browser goes once it is saved. */
const forms = {
  source: {
    fields: sourceFields,
    toRecord: ({ aliases, ...r }: Record<string, unknown>) => ({ ...r, ...linesOf(aliases) }),
    idFrom: (r: Record<string, unknown>) => [r.short as string],
    taken: (s: Snapshot, id: string) => s.sourcesById.has(id),
    fieldOf: (column: string) => column,
    after: (locale: string) => `/${locale}/sources`,
  },
  event: {
    fields: eventFields,
    toRecord: (r: Record<string, unknown>) => ({ locationIds: [], ...r }),
    idFrom: (r: Record<string, unknown>) => [r.sourceId as string, r.kind as string, r.date as string],
    taken: (s: Snapshot, id: string) => s.eventsById.has(id),
    fieldOf: (column: string) => column,
    after: (locale: string, id: string) => `/${locale}/events/${id}`,
  },
  location: {
    fields: placeFields,
    // A pasted or uploaded shape, else the latitude and longitude as a GeoJSON point; no position is no geometry.
    toRecord: ({ latitude, longitude, nameAr, nameKu, shape, situationIds, aliases, ...r }: Record<string, unknown>) => ({
      ...r,
      ...linesOf(aliases),
      names: { en: r.name, ...(nameAr ? { ar: nameAr } : {}), ...(nameKu ? { ku: nameKu } : {}) },
      ...(Array.isArray(situationIds) && situationIds.length ? { situationIds } : {}),
      geometry:
        typeof shape === "string"
          ? shapeFromGeoJson(shape)
          : typeof latitude === "number" && typeof longitude === "number"
            ? { type: "Point", coordinates: [longitude, latitude] }
            : null,
    }),
    idFrom: (r: Record<string, unknown>) => [r.name as string],
    taken: (s: Snapshot, id: string) => s.locationsById.has(id),
    fieldOf: (column: string) => (column.startsWith("geometry.") ? "shape" : ({ "names.ar": "nameAr", "names.ku": "nameKu", geometry: "latitude" })[column] ?? column),
    after: (locale: string) => `/${locale}/map`,
  },
} satisfies Record<FormEntity, unknown>;

/** Saves a new source, event or place from its form, or shows what to fix next to each field. */
export async function saveRecord(context: { locale: string; entity: FormEntity }, _previous: FormState, formData: FormData): Promise<FormState> {
  const form = forms[context.entity];
  const auth = await actionWriter("editor");
  const snapshot = await currentSnapshot();
  const kinds = kindsOf(form.fields(snapshot));
  const values = { ...valuesFromForm(formData, kinds), reason: String(formData.get("reason") ?? "") };
  if (!auth) return { values, errors: {}, formError: getStaffMessages().signIn.title };
  const fields = recordFromForm(formData, kinds);
  const id = (fields.id as string | undefined) ?? newId(form.idFrom(fields), (x) => form.taken(snapshot, x));
  const reason = String(formData.get("reason") ?? "").trim() || "Added in the editor";
  try {
    // A chosen file stands for the text field it sits under ("shapeFile" for "shape").
    for (const [name, kind] of Object.entries(kinds)) {
      const text = kind === "file" ? await uploadedText(formData, name) : undefined;
      if (text !== undefined) fields[name.replace(/File$/, "")] = text;
    }
    await createRecord(await getDb(), auth.writer, context.entity, { ...form.toRecord(fields), id }, reason);
  } catch (error) {
    if (error instanceof ShapeTextError) return { values, errors: { shape: error.message } };
    if (error instanceof UploadTooLargeError) return { values, errors: { [error.field]: error.message } };
    return formStateFromError(error, values, form.fieldOf);
  }
  redirect(form.after(context.locale, id));
}
