import { readBundledData, readBundledUpdates } from "@/lib/import/bundled-data";
import { parseDataset } from "@/lib/import/dataset";
import type { Location, Situation, Source } from "@/lib/model";

/**
 * The bundled data's sources, places and first situation as the updates leave
 * them, read from data/ without a database: what the intake benchmark and its
 * tests read reports against, as a running server would after first start.
 */
export async function bundledRecords(): Promise<{ situation: Situation; locations: Location[]; sources: Source[]; firstSituationId: string }> {
  const sources = new Map<string, Source>();
  const locations = new Map<string, Location>();
  const situations = new Map<string, Situation>();
  for (const files of [await readBundledData(), ...(await readBundledUpdates()).map((u) => u.files)]) {
    const { dataset } = parseDataset(files);
    for (const s of dataset.sources) sources.set(s.id, s);
    for (const l of dataset.locations) locations.set(l.id, l);
    for (const s of dataset.situations) situations.set(s.id, s);
  }
  const [situation] = situations.values();
  return { situation, locations: [...locations.values()], sources: [...sources.values()], firstSituationId: situation.id };
}
