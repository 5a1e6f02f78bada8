import type { Messages } from "@/lib/i18n/messages";
import type { LatLng, MapModel, ShadeIndicator } from "@/lib/map/map-model";
import { formatDate } from "@/lib/format/dates";
import { captionedSvg } from "./captioned-svg";
import { citationText } from "./citation";
import { escapeXml } from "./svg-text";
import { extentOf, minOf } from "@/lib/math/extent";
import { clipPolygon } from "lineclip";

const WIDTH = 800;
const BODY_HEIGHT = 460;

/** The context layer's shapes as the map fetches them (data/context/). */
export interface ContextShapes {
  features: { properties: { name: string; nameAr?: string }; geometry: { type: "MultiPolygon"; coordinates: number[][][][] } }[];
}

export interface MapSvgOptions {
  fontFaceCss?: string;
  /** The page the map is from, for the citation. */
  url?: string;
  context?: ContextShapes;
}

/** A round length for the scale bar, about a fifth of the map's width: 1, 2 or 5 times a power of ten, in metres. */
function scaleLength(metresAcross: number): number {
  const target = metresAcross / 5;
  const power = 10 ** Math.floor(Math.log10(target));
  return [5, 2, 1].map((k) => k * power).find((length) => length <= target) ?? power;
}

/** The map as a captioned SVG drawn from the same vector data as the page: title, map, legend, scale, sources, date, credit, disclaimer. */
export function captionedMapSvg(model: MapModel, indicator: ShadeIndicator | undefined, accessed: string, t: Messages, { fontFaceCss, url, context }: MapSvgOptions = {}): string {
  const shading = model.shading.find((s) => s.indicator === indicator) ?? model.shading[0];
  const inner = WIDTH - 48;
  const [[south, west], [north, east]] = model.bounds;
  const kx = Math.cos((((south + north) / 2) * Math.PI) / 180);
  const pad = 40;
  const scale = Math.min((inner - 2 * pad) / ((east - west) * kx), (BODY_HEIGHT - 2 * pad) / (north - south));
  const project = ([lat, lng]: LatLng) => [pad + (lng - west) * kx * scale, pad + (north - lat) * scale] as const;
  const path = (points: LatLng[], close: boolean) =>
    points.map((p, i) => `${i ? "L" : "M"}${project(p)[0].toFixed(1)},${project(p)[1].toFixed(1)}`).join("") + (close ? "Z" : "");

  const body: string[] = [
    `<defs><marker id="route-arrow" viewBox="0 0 10 10" refX="8" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0L10,5L0,10z" fill="#1b1f24"/></marker></defs>`,
    `<rect width="${inner}" height="${BODY_HEIGHT}" fill="#eef1f4" stroke="#d5d9df"/>`,
  ];
  const framed: string[] = [];
  if (context) {
    const own = model.areas.map((a) => a.name.toLowerCase());
    const frame: [number, number, number, number] = [0, 0, inner, BODY_HEIGHT];
    for (const feature of context.features) {
      // Cut to the frame, not hidden by a clip path: the file holds only what it shows, and nothing in it reaches past its edge.
      const rings = feature.geometry.coordinates
        .map((polygon) => clipPolygon(polygon[0].map(([lng, lat]) => [...project([lat, lng])] as [number, number]), frame))
        .filter((ring) => ring.length >= 3);
      if (!rings.length) continue;
      framed.push(`<path d="${rings.map((ring) => ring.map(([x, y], i) => `${i ? "L" : "M"}${x.toFixed(1)},${y.toFixed(1)}`).join("") + "Z").join("")}" fill="#ffffff" fill-opacity="0.5" stroke="#8a939e" stroke-width="0.8"/>`);
      const points = feature.geometry.coordinates.flatMap((polygon) => polygon[0].map(([lng, lat]) => project([lat, lng])));
      const xs = extentOf(points.map((p) => p[0]));
      const ys = extentOf(points.map((p) => p[1]));
      const inside = xs.min > 0 && xs.max < inner && ys.min > 0 && ys.max < BODY_HEIGHT;
      const name = (t.locale === "ar" && feature.properties.nameAr) || feature.properties.name;
      if (inside && xs.max - xs.min > 60 && !own.some((o) => feature.properties.name.toLowerCase().includes(o))) {
        framed.push(`<text x="${((xs.min + xs.max) / 2).toFixed(1)}" y="${((ys.min + ys.max) / 2).toFixed(1)}" font-size="9" fill="#5b6470" text-anchor="middle">${escapeXml(name)}</text>`);
      }
    }
  }
  // The places sources count together: one shape, one shade.
  framed.push(
    `<path d="${model.areas.flatMap((area) => area.outlines.map((ring) => path(ring, true))).join("")}" fill="${shading?.figure ? shading.colour : "#ffffff"}" fill-opacity="${shading?.figure ? 0.45 : 0.1}" stroke="none"/>`,
  );
  for (const area of model.areas) {
    framed.push(`<path d="${area.outlines.map((ring) => path(ring, true)).join("")}" fill="none" stroke="#1b1f24" stroke-width="2" stroke-dasharray="6 4"/>`);
    const points = area.outlines.flat().map(project);
    // Labels sit at the top of each shape: a facility's marker may take the centre.
    const across = extentOf(points.map((p) => p[0]));
    const cx = (across.min + across.max) / 2;
    const top = minOf(points.map((p) => p[1]));
    framed.push(`<text x="${cx.toFixed(1)}" y="${(top + 22).toFixed(1)}" font-size="15" font-weight="700" text-anchor="middle" paint-order="stroke" stroke="#ffffff" stroke-width="3">${escapeXml(area.name)}</text>`);
  }
  body.push(`<g>${framed.join("")}</g>`);
  if (model.route) {
    const end = project(model.route.positions.at(-1) as LatLng);
    body.push(`<path d="${path(model.route.positions, false)}" fill="none" stroke="#1b1f24" stroke-width="3" stroke-dasharray="2 8" marker-end="url(#route-arrow)"/>`);
    body.push(`<text x="${(end[0] - 4).toFixed(1)}" y="${(end[1] - 10).toFixed(1)}" font-size="12" text-anchor="end" paint-order="stroke" stroke="#ffffff" stroke-width="3">${escapeXml(t.map.directionOnly(model.route.name))}</text>`);
  }
  for (const facility of model.facilities) {
    const [hx, hy] = project(facility.position);
    const status = facility.status ? t.facilityStatus[facility.status] : "";
    body.push(`<circle cx="${hx.toFixed(1)}" cy="${hy.toFixed(1)}" r="9" fill="#ffffff" stroke="#1b1f24" stroke-width="3"/>`);
    body.push(`<text x="${(hx + 14).toFixed(1)}" y="${(hy + 4).toFixed(1)}" font-size="12" font-weight="700" paint-order="stroke" stroke="#ffffff" stroke-width="4">${escapeXml(t.map.facilityExportLabel(facility.name, status))}</text>`);
  }

  // Scale bar, lower left: metres per SVG unit from the projection.
  const metresPerUnit = ((Math.PI / 180) * 6_371_008.8) / scale;
  const metres = scaleLength(inner * metresPerUnit);
  const barLength = metres / metresPerUnit;
  const barText = metres >= 1000 ? `${metres / 1000} km` : `${metres} m`;
  body.push(
    `<g transform="translate(16,${BODY_HEIGHT - 20})" data-scale-bar="${metres}"><rect x="-4" y="-18" width="${(barLength + 8).toFixed(1)}" height="26" fill="#ffffff" fill-opacity="0.85"/>` +
      `<path d="M0,-4V4H${barLength.toFixed(1)}V-4" fill="none" stroke="#1b1f24" stroke-width="2"/>` +
      `<text x="0" y="-7" font-size="11" direction="ltr">${escapeXml(barText)}</text></g>`,
  );

  if (model.inset) {
    // Locator inset in the lower right: the country, the situation's place and the direction of its route.
    const { width: w, height: h, countryPath, point, arrow } = model.inset;
    const x0 = inner - w - 12;
    const y0 = BODY_HEIGHT - h - 30;
    body.push(
      `<g transform="translate(${x0},${y0})"><rect x="-6" y="-6" width="${w + 12}" height="${h + 30}" fill="#ffffff" stroke="#d5d9df"/>` +
        `<path d="${countryPath}" fill="#e6e9ed" stroke="#4a5360" stroke-width="1"/>` +
        (arrow ? `<line x1="${arrow.x1}" y1="${arrow.y1}" x2="${arrow.x2}" y2="${arrow.y2}" stroke="#1b1f24" stroke-width="1.5" stroke-dasharray="3 3" marker-end="url(#route-arrow)"/>` : "") +
        `<circle cx="${point.x}" cy="${point.y}" r="4" fill="#D55E00" stroke="#1b1f24"/>` +
        `<text x="${point.x - 6}" y="${point.y - 7}" font-size="11" text-anchor="end">${escapeXml(model.inset.placeName)}</text>` +
        `<text x="0" y="${h + 16}" font-size="11" fill="#4a5360">${escapeXml(t.map.insetTitle(model.inset.countryName))}</text></g>`,
    );
  }

  const legend = !shading
    ? ""
    : shading.figure
      ? `${t.indicator[shading.indicator]}: ${shading.figure.valueText} (${shading.figure.placeText} ${t.map.together}), ${shading.figure.sourceShort}${shading.figure.viaShort ? ` ${t.charts.via} ${shading.figure.viaShort}` : ""}.${model.areas.length > 1 ? ` ${t.map.shadedTogether(model.areasText)}` : ""}`
      : `${t.indicator[shading.indicator]}: ${t.map.noFigure}`;
  const title = shading ? `${model.title}: ${t.indicator[shading.indicator].toLowerCase()}` : model.title;
  return captionedSvg({
    width: WIDTH,
    title,
    subtitle: legend,
    // Labels are placed on the geography, left of or right of a point whatever the language.
    body: `<g direction="ltr">${body.join("")}</g>`,
    bodyHeight: BODY_HEIGHT,
    footer: [
      t.map.sourcesLine(model.sources, model.relays),
      model.dataDate ? t.map.dataAsOf(formatDate(model.dataDate, t.locale)) : "",
      t.map.disclaimer,
      model.context?.credit ?? "",
      `${t.map.attribution} ${t.map.accessedBy(formatDate(accessed, t.locale))}`,
      t.charts.licence,
      url ? citationText({ title, originalSources: model.sources, relays: model.relays, accessed, url }, t) : "",
    ].filter(Boolean),
    fontFaceCss,
    direction: t.dir,
  });
}
