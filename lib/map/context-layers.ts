import "server-only";
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { Id } from "@/lib/model";

/** What a context layer's file says of where its shapes come from (data/context/README.md). */
const ContextSource = z.object({ name: z.string(), credit: z.string(), url: z.string(), licence: z.string(), status: z.string() });

const ContextLayerFile = z.object({
  type: z.literal("FeatureCollection"),
  source: ContextSource,
  features: z.array(
    z.object({
      type: z.literal("Feature"),
      properties: z.object({ name: z.string(), nameAr: z.string().optional() }),
      geometry: z.object({ type: z.literal("MultiPolygon"), coordinates: z.array(z.array(z.array(z.tuple([z.number(), z.number()])))) }),
    }),
  ),
});
export type ContextLayer = z.infer<typeof ContextLayerFile>;

const loaded = new Map<string, ContextLayer | null>();

/**
 * A layer of data/context/ by name, read once per process; none when there
 * is no such file. Names are ids, so a name can never leave the folder.
 */
export function contextLayer(name: string): ContextLayer | undefined {
  if (!Id.safeParse(name).success) return undefined;
  if (!loaded.has(name)) {
    const file = path.join(process.cwd(), "data", "context", `${name}.geojson`);
    const text = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : undefined;
    loaded.set(name, text === undefined ? null : ContextLayerFile.parse(JSON.parse(text)));
  }
  return loaded.get(name) ?? undefined;
}

/** "Boundaries: <layer>, <who> (MIT; <url>). Unofficial …": the credit beside the map and in its files. */
export function contextCredit(layer: ContextLayer, prefix: string): string {
  return `${prefix}: ${layer.source.name} (${layer.source.licence.split(",")[0]}; ${layer.source.url}). ${layer.source.status}`;
}

/** "Boundaries: <who> (MIT), unofficial": what the map's own corner says. */
export const contextShortCredit = (layer: ContextLayer, prefix: string) => `${prefix}: ${layer.source.credit}`;

/** The context shapes a map model draws, read on the server for files made there (the brief, PDFs). */
export function contextShapesOf(model: { context?: { layer: string } }): ContextLayer | undefined {
  return model.context ? contextLayer(model.context.layer) : undefined;
}

/** The layers data/context/ holds, by name, for a situation's form to offer. */
export function contextLayerNames(): string[] {
  const dir = path.join(process.cwd(), "data", "context");
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((file) => file.endsWith(".geojson"))
    .map((file) => file.replace(/\.geojson$/, ""))
    .sort();
}
