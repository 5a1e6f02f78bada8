import type { Event, Location, Source } from "@/lib/model";
import { hxlCsv, listCell, type HxlColumn } from "./hxl-table";

const sourceColumns: HxlColumn<Source>[] = [
  { column: "id", hxl: "#org+code", cell: (s) => s.id },
  { column: "name", hxl: "#org+name", cell: (s) => s.name },
  { column: "short", hxl: "#org+name+short", cell: (s) => s.short },
  { column: "kind", hxl: "#org+type", cell: (s) => s.kind },
  { column: "reliability", hxl: "#meta+reliability", cell: (s) => s.reliability },
  { column: "reliability_reason", hxl: "#meta+reliability+reason", cell: (s) => s.reliabilityReason },
  { column: "part_of", hxl: "#org+code+parent", cell: (s) => s.partOf },
  { column: "url", hxl: "#meta+url", cell: (s) => s.url },
];

const eventColumns: HxlColumn<Event>[] = [
  { column: "id", hxl: "#event+code", cell: (e) => e.id },
  { column: "kind", hxl: "#event+type", cell: (e) => e.kind },
  { column: "facility_status", hxl: "#status", cell: (e) => e.facilityStatus },
  { column: "title", hxl: "#event+name", cell: (e) => e.title },
  { column: "date", hxl: "#date+occurred", cell: (e) => e.date },
  { column: "day_label", hxl: "#date+description", cell: (e) => e.dayLabel },
  { column: "date_basis", hxl: "#meta+date_basis", cell: (e) => e.dateBasis },
  { column: "reported_at", hxl: "#date+reported", cell: (e) => e.reportedAt },
  { column: "location_ids", hxl: "#loc+code", cell: (e) => listCell(e.locationIds) },
  { column: "source_id", hxl: "#meta+source", cell: (e) => e.sourceId },
  { column: "via", hxl: "#meta+via", cell: (e) => e.via },
  { column: "url", hxl: "#meta+url", cell: (e) => e.url },
  { column: "quote", hxl: "#meta+quote", cell: (e) => e.quote },
  { column: "quote_language", hxl: "#meta+lang", cell: (e) => e.quoteLanguage },
  { column: "translation", hxl: "#meta+translation", cell: (e) => e.translation },
  { column: "notes", hxl: "#description+notes", cell: (e) => e.notes },
];

/** A point's coordinates, or a shape's bounding-box centre: where a table-only tool can put the place. */
function centreOf(place: Location): [number, number] | undefined {
  const g = place.geometry;
  if (!g) return undefined;
  if (g.type === "Point") return g.coordinates as [number, number];
  const positions = g.type === "LineString" ? g.coordinates : g.type === "Polygon" ? g.coordinates[0] : g.coordinates.flatMap((p) => p[0]);
  const xs = positions.map((p) => p[0]);
  const ys = positions.map((p) => p[1]);
  return [(Math.min(...xs) + Math.max(...xs)) / 2, (Math.min(...ys) + Math.max(...ys)) / 2];
}

const round = (n: number | undefined) => (n === undefined ? undefined : Math.round(n * 1e5) / 1e5);

const placeColumns: HxlColumn<Location>[] = [
  { column: "id", hxl: "#loc+code", cell: (p) => p.id },
  { column: "name", hxl: "#loc+name", cell: (p) => p.name },
  { column: "name_ar", hxl: "#loc+name+i_ar", cell: (p) => p.names.ar },
  { column: "name_ku", hxl: "#loc+name+i_ku", cell: (p) => p.names.ku },
  { column: "kind", hxl: "#loc+type", cell: (p) => p.kind },
  { column: "parent_id", hxl: "#loc+code+parent", cell: (p) => p.parentId },
  { column: "admin1_pcode", hxl: "#adm1+code", cell: (p) => p.pcodes?.admin1 },
  { column: "admin2_pcode", hxl: "#adm2+code", cell: (p) => p.pcodes?.admin2 },
  { column: "admin3_pcode", hxl: "#adm3+code", cell: (p) => p.pcodes?.admin3 },
  { column: "admin4_pcode", hxl: "#adm4+code", cell: (p) => p.pcodes?.admin4 },
  { column: "lat", hxl: "#geo+lat", cell: (p) => round(centreOf(p)?.[1]) },
  { column: "lon", hxl: "#geo+lon", cell: (p) => round(centreOf(p)?.[0]) },
  { column: "approximate", hxl: "#meta+approximate", cell: (p) => (p.approximate ? "yes" : "no") },
  { column: "geometry_source", hxl: "#meta+source+geometry", cell: (p) => p.geometrySource },
];

export const sourcesCsv = (sources: Source[]) => hxlCsv(sourceColumns, sources);
export const eventsCsv = (events: Event[]) => hxlCsv(eventColumns, events);
export const placesCsv = (places: Location[]) => hxlCsv(placeColumns, places);
