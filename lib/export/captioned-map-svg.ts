import { getMessages } from "@/lib/i18n/messages";
import type { MapModel, ShadeIndicator } from "@/lib/map/map-model";
import { formatDate } from "@/lib/format/dates";
import { captionedSvg } from "./captioned-svg";
import { escapeXml } from "./svg-text";

const WIDTH = 800;
const BODY_HEIGHT = 460;

/** The map as a captioned SVG drawn from the same vector data as the page: title, map, legend, sources, date, disclaimer. */
export function captionedMapSvg(model: MapModel, indicator: ShadeIndicator, accessed: string, fontFaceCss?: string): string {
  const t = getMessages();
  const shading = model.shading.find((s) => s.indicator === indicator) ?? model.shading[0];
  const inner = WIDTH - 48;
  const [[south, west], [north, east]] = model.bounds;
  const kx = Math.cos((((south + north) / 2) * Math.PI) / 180);
  const pad = 40;
  const scale = Math.min((inner - 2 * pad) / ((east - west) * kx), (BODY_HEIGHT - 2 * pad) / (north - south));
  const project = ([lat, lng]: [number, number]) => [pad + (lng - west) * kx * scale, pad + (north - lat) * scale] as const;
  const path = (points: [number, number][], close: boolean) =>
    points.map((p, i) => `${i ? "L" : "M"}${project(p)[0].toFixed(1)},${project(p)[1].toFixed(1)}`).join("") + (close ? "Z" : "");

  const body: string[] = [`<rect width="${inner}" height="${BODY_HEIGHT}" fill="#eef1f4" stroke="#d5d9df"/>`];
  for (const area of model.areas) {
    body.push(
      `<path d="${path(area.positions, true)}" fill="${shading.figure ? shading.colour : "#ffffff"}" fill-opacity="${shading.figure ? 0.45 : 0.1}" stroke="#1b1f24" stroke-width="2" stroke-dasharray="6 4"/>`,
    );
    const xs = area.positions.map((p) => project(p)[0]);
    const ys = area.positions.map((p) => project(p)[1]);
    // Labels sit at the top of each shape: the hospital marker takes the centre.
    const cx = (Math.min(...xs) + Math.max(...xs)) / 2;
    const top = Math.min(...ys);
    body.push(`<text x="${cx.toFixed(1)}" y="${(top + 22).toFixed(1)}" font-size="15" font-weight="700" text-anchor="middle">${escapeXml(area.name)}</text>`);
  }
  if (model.route) {
    const end = project(model.route.positions.at(-1) as [number, number]);
    body.push(`<path d="${path(model.route.positions, false)}" fill="none" stroke="#1b1f24" stroke-width="3" stroke-dasharray="2 8"/>`);
    body.push(`<text x="${(end[0] - 4).toFixed(1)}" y="${(end[1] - 10).toFixed(1)}" font-size="12" text-anchor="end">${escapeXml(t.map.routeLabel)}</text>`);
  }
  if (model.hospital) {
    const [hx, hy] = project(model.hospital.position);
    const status = model.hospital.status ? t.facilityStatus[model.hospital.status] : "";
    body.push(`<circle cx="${hx.toFixed(1)}" cy="${hy.toFixed(1)}" r="9" fill="#ffffff" stroke="#1b1f24" stroke-width="3"/>`);
    body.push(`<text x="${(hx + 14).toFixed(1)}" y="${(hy + 4).toFixed(1)}" font-size="12" font-weight="700">${escapeXml(`${model.hospital.name}${status ? ` (${status})` : ""}, approximate position`)}</text>`);
  }

  const legend = shading.figure
    ? `${t.indicator[shading.indicator]}: ${shading.figure.valueText} (${shading.figure.placeText} ${t.map.together}), ${shading.figure.sourceShort}${shading.figure.viaShort ? ` via ${shading.figure.viaShort}` : ""}.`
    : `${t.indicator[shading.indicator]}: ${t.map.noFigure}`;
  return captionedSvg({
    width: WIDTH,
    title: `${t.map.mapTitle}: ${t.indicator[shading.indicator].toLowerCase()}`,
    subtitle: legend,
    body: body.join(""),
    bodyHeight: BODY_HEIGHT,
    footer: [
      t.map.sourcesLine(model.sources),
      model.dataDate ? t.map.dataAsOf(formatDate(model.dataDate)) : "",
      `${t.map.disclaimer} ${t.map.schematicNote}`,
      `${t.map.attribution} Sitrep, accessed ${formatDate(accessed)}.`,
    ].filter(Boolean),
    fontFaceCss,
  });
}
