import type { Messages } from "@/lib/i18n/messages";
import type { MapModel, ShadeIndicator } from "@/lib/map/map-model";
import { formatDate } from "@/lib/format/dates";
import { captionedSvg } from "./captioned-svg";
import { citationText } from "./citation";
import { escapeXml } from "./svg-text";
import { extentOf, minOf } from "@/lib/math/extent";

const WIDTH = 800;
const BODY_HEIGHT = 460;

/** The map as a captioned SVG drawn from the same vector data as the page: title, map, legend, sources, date, disclaimer. */
export function captionedMapSvg(model: MapModel, indicator: ShadeIndicator, accessed: string, t: Messages, fontFaceCss?: string, url?: string): string {
  const shading = model.shading.find((s) => s.indicator === indicator) ?? model.shading[0];
  const inner = WIDTH - 48;
  const [[south, west], [north, east]] = model.bounds;
  const kx = Math.cos((((south + north) / 2) * Math.PI) / 180);
  const pad = 40;
  const scale = Math.min((inner - 2 * pad) / ((east - west) * kx), (BODY_HEIGHT - 2 * pad) / (north - south));
  const project = ([lat, lng]: [number, number]) => [pad + (lng - west) * kx * scale, pad + (north - lat) * scale] as const;
  const path = (points: [number, number][], close: boolean) =>
    points.map((p, i) => `${i ? "L" : "M"}${project(p)[0].toFixed(1)},${project(p)[1].toFixed(1)}`).join("") + (close ? "Z" : "");

  const body: string[] = [
    `<defs><marker id="route-arrow" viewBox="0 0 10 10" refX="8" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0L10,5L0,10z" fill="#1b1f24"/></marker></defs>`,
    `<rect width="${inner}" height="${BODY_HEIGHT}" fill="#eef1f4" stroke="#d5d9df"/>`,
  ];
  for (const area of model.areas) {
    body.push(
      `<path d="${path(area.positions, true)}" fill="${shading.figure ? shading.colour : "#ffffff"}" fill-opacity="${shading.figure ? 0.45 : 0.1}" stroke="#1b1f24" stroke-width="2" stroke-dasharray="6 4"/>`,
    );
    const xs = area.positions.map((p) => project(p)[0]);
    const ys = area.positions.map((p) => project(p)[1]);
    // Labels sit at the top of each shape: the hospital marker takes the centre.
    const across = extentOf(xs);
    const cx = (across.min + across.max) / 2;
    const top = minOf(ys);
    body.push(`<text x="${cx.toFixed(1)}" y="${(top + 22).toFixed(1)}" font-size="15" font-weight="700" text-anchor="middle">${escapeXml(area.name)}</text>`);
  }
  if (model.route) {
    const end = project(model.route.positions.at(-1) as [number, number]);
    body.push(`<path d="${path(model.route.positions, false)}" fill="none" stroke="#1b1f24" stroke-width="3" stroke-dasharray="2 8" marker-end="url(#route-arrow)"/>`);
    body.push(`<text x="${(end[0] - 4).toFixed(1)}" y="${(end[1] - 10).toFixed(1)}" font-size="12" text-anchor="end">${escapeXml(t.map.routeLabel)}</text>`);
  }
  if (model.hospital) {
    const [hx, hy] = project(model.hospital.position);
    const status = model.hospital.status ? t.facilityStatus[model.hospital.status] : "";
    body.push(`<circle cx="${hx.toFixed(1)}" cy="${hy.toFixed(1)}" r="9" fill="#ffffff" stroke="#1b1f24" stroke-width="3"/>`);
    body.push(`<text x="${(hx + 14).toFixed(1)}" y="${(hy + 4).toFixed(1)}" font-size="12" font-weight="700" paint-order="stroke" stroke="#ffffff" stroke-width="4">${escapeXml(t.map.hospitalExportLabel(model.hospital.name, status))}</text>`);
  }

  if (model.inset) {
    // Locator inset in the lower right: Syria, Aleppo and the direction of the evacuation.
    const { width: w, height: h, syriaPath, point, arrow } = model.inset;
    const x0 = inner - w - 12;
    const y0 = BODY_HEIGHT - h - 30;
    body.push(
      `<g transform="translate(${x0},${y0})"><rect x="-6" y="-6" width="${w + 12}" height="${h + 30}" fill="#ffffff" stroke="#d5d9df"/>` +
        `<path d="${syriaPath}" fill="#e6e9ed" stroke="#4a5360" stroke-width="1"/>` +
        `<line x1="${arrow.x1}" y1="${arrow.y1}" x2="${arrow.x2}" y2="${arrow.y2}" stroke="#1b1f24" stroke-width="1.5" stroke-dasharray="3 3" marker-end="url(#route-arrow)"/>` +
        `<circle cx="${point.x}" cy="${point.y}" r="4" fill="#D55E00" stroke="#1b1f24"/>` +
        `<text x="${point.x - 6}" y="${point.y - 7}" font-size="11" text-anchor="end">${escapeXml(t.map.aleppo)}</text>` +
        `<text x="0" y="${h + 16}" font-size="11" fill="#4a5360">${escapeXml(t.map.insetTitle)}</text></g>`,
    );
  }

  const legend = shading.figure
    ? `${t.indicator[shading.indicator]}: ${shading.figure.valueText} (${shading.figure.placeText} ${t.map.together}), ${shading.figure.sourceShort}${shading.figure.viaShort ? ` ${t.charts.via} ${shading.figure.viaShort}` : ""}.`
    : `${t.indicator[shading.indicator]}: ${t.map.noFigure}`;
  const title = `${t.map.mapTitle}: ${t.indicator[shading.indicator].toLowerCase()}`;
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
      `${t.map.disclaimer} ${t.map.schematicNote}`,
      `${t.map.attribution} ${t.map.accessedBy(formatDate(accessed, t.locale))}`,
      t.charts.licence,
      url ? citationText({ title, originalSources: model.sources, relays: model.relays, accessed, url }, t) : "",
    ].filter(Boolean),
    fontFaceCss,
    direction: t.dir,
  });
}
