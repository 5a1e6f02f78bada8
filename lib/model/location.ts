import { z } from "zod";
import { Id, NonEmptyText, PlainText } from "./common";
import { LocationKind } from "./enums";
import { areaM2 } from "@/lib/map/geometry";

const MAX_RING_POSITIONS = 50_000;
const MIN_AREA_M2 = 10;
/** Larger than any country but a few: a place in a situation is a neighbourhood, a city, a region. */
const MAX_AREA_M2 = 3_000_000 * 1e6;

/** WGS 84, [longitude, latitude] as GeoJSON orders them. */
const Position = z.tuple([
  z.number().min(-180, "longitude must be between -180 and 180 (WGS 84, [longitude, latitude])").max(180, "longitude must be between -180 and 180 (WGS 84, [longitude, latitude])"),
  z.number().min(-90, "latitude must be between -90 and 90 (WGS 84, [longitude, latitude])").max(90, "latitude must be between -90 and 90 (WGS 84, [longitude, latitude])"),
]);

/** A closed ring: at least four positions, the last the same as the first. */
const LinearRing = z
  .array(Position)
  .min(4, "a ring needs at least 4 positions, the last repeating the first")
  .max(MAX_RING_POSITIONS, `a ring may have at most ${MAX_RING_POSITIONS} positions`)
  .refine((ring) => ring.length < 4 || (ring[0][0] === ring.at(-1)![0] && ring[0][1] === ring.at(-1)![1]), "a ring must end where it starts (its last position repeats the first)");

const PolygonCoordinates = z.array(LinearRing).min(1, "a polygon needs its outer ring");

export const Geometry = z
  .discriminatedUnion("type", [
    z.object({ type: z.literal("Point"), coordinates: Position }),
    z.object({ type: z.literal("LineString"), coordinates: z.array(Position).min(2) }),
    z.object({ type: z.literal("Polygon"), coordinates: PolygonCoordinates }),
    z.object({ type: z.literal("MultiPolygon"), coordinates: z.array(PolygonCoordinates).min(1, "a multipolygon needs at least one polygon") }),
  ])
  .superRefine((geometry, ctx) => {
    if (geometry.type !== "Polygon" && geometry.type !== "MultiPolygon") return;
    // A place's shape: a building at the least, a country at the most. Outside that, a shape is wrong (swapped or degenerate coordinates, a world-wide ring).
    const area = areaM2(geometry);
    if (!(area >= MIN_AREA_M2)) ctx.addIssue({ code: "custom", path: ["coordinates"], message: `covers ${Math.round(area)} m²: a place's shape must cover at least ${MIN_AREA_M2} m²` });
    if (area > MAX_AREA_M2) ctx.addIssue({ code: "custom", path: ["coordinates"], message: `covers ${Math.round(area / 1e6).toLocaleString("en")} km²: a place's shape must cover at most ${(MAX_AREA_M2 / 1e6).toLocaleString("en")} km²` });
  });
export type Geometry = z.infer<typeof Geometry>;

export const LocationNames = z.object({
  en: NonEmptyText,
  ar: PlainText.optional(),
  ku: PlainText.optional(),
});

/**
 * OCHA's P-codes of the administrative units a place lies in (COD-AB): its
 * join key with other humanitarian datasets. Only the levels a source gives.
 */
export const PCodes = z
  .object({
    admin1: z.string().regex(/^[A-Z]{2}\d{2}$/, "must be an admin-1 P-code, e.g. SY02").optional(),
    admin2: z.string().regex(/^[A-Z]{2}\d{4}$/, "must be an admin-2 P-code, e.g. SY0200").optional(),
    admin3: z.string().regex(/^[A-Z]{2}\d{6}$/, "must be an admin-3 P-code, e.g. SY020000").optional(),
    admin4: z.string().regex(/^[A-Z]\d{4,5}$/, "must be a community P-code, e.g. C1234").optional(),
  })
  .strict();
export type PCodes = z.infer<typeof PCodes>;

export const Location = z.object({
  id: Id,
  name: NonEmptyText,
  names: LocationNames,
  kind: LocationKind,
  /** Null where no source gives a position: we draw nothing rather than guess. */
  geometry: Geometry.nullable(),
  /** Where the shape comes from and how approximate it is; shown on the map. */
  geometrySource: NonEmptyText,
  approximate: z.boolean(),
  parentId: Id.optional(),
  pcodes: PCodes.optional(),
  /** The situations this belongs to; left out, the default one (lib/situations/membership.ts). */
  situationIds: z.array(Id).min(1, "must name at least one situation").optional(),
  /** Other spellings texts use ("Sheikh Maqsood", "Achrafieh"): how a pasted report's places are found (lib/intake). */
  aliases: z.array(NonEmptyText).optional(),
});
export type Location = z.infer<typeof Location>;
