export interface TileConfig {
  template: string;
  attribution: string;
}

/**
 * The optional raster base layer, read when the server runs (not baked in at
 * build). TILE_URL is a template such as https://tile.example.org/{z}/{x}/{y}.png;
 * NEXT_PUBLIC_TILE_URL, the name DESIGN.md gives, is accepted too.
 */
export function tileConfig(): TileConfig | null {
  const env = process.env;
  const template = env.TILE_URL ?? env[["NEXT_PUBLIC", "TILE_URL"].join("_")];
  if (!template) return null;
  const attribution = env.TILE_ATTRIBUTION ?? env[["NEXT_PUBLIC", "TILE_ATTRIBUTION"].join("_")] ?? "";
  return { template, attribution };
}

export function tileUrl(template: string, z: number, x: number, y: number): string {
  return template.replace("{z}", String(z)).replace("{x}", String(x)).replace("{y}", String(y)).replace("{s}", "a");
}
