import { z } from "zod";
import { Id, NonEmptyText, PlainText } from "./common";
import { LocationKind } from "./enums";

const Position = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);

export const Geometry = z.discriminatedUnion("type", [
  z.object({ type: z.literal("Point"), coordinates: Position }),
  z.object({ type: z.literal("LineString"), coordinates: z.array(Position).min(2) }),
  z.object({ type: z.literal("Polygon"), coordinates: z.array(z.array(Position).min(4)).min(1) }),
]);
export type Geometry = z.infer<typeof Geometry>;

export const LocationNames = z.object({
  en: NonEmptyText,
  ar: PlainText.optional(),
  ku: PlainText.optional(),
});

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
});
export type Location = z.infer<typeof Location>;
