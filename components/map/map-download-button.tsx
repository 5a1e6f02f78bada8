"use client";
import { useState } from "react";
import { captionedMapSvg } from "@/lib/export/captioned-map-svg";
import { exportFileName } from "@/lib/export/file-name";
import { pngToPdf } from "@/lib/export/png-to-pdf";
import { downloadBlob, embeddedFontCss, svgToPngWithSize } from "@/lib/export/rasterize";
import { todayIso } from "@/lib/format/dates";
import { useActionStatus } from "@/lib/hooks/use-action-status";
import { getMessages } from "@/lib/i18n/messages";
import type { MapModel, ShadeIndicator } from "@/lib/map/map-model";

export function MapDownloadButton({ model, indicator }: { model: MapModel; indicator: ShadeIndicator }) {
  const t = getMessages();
  const [busy, setBusy] = useState(false);
  const { status, run } = useActionStatus();
  const download = (format: "png" | "pdf") =>
    run(async () => {
      setBusy(true);
      try {
        const today = todayIso();
        const { png, width, height } = await svgToPngWithSize(captionedMapSvg(model, indicator, today, await embeddedFontCss()), 2);
        const name = exportFileName({ item: `map-${indicator}`, date: model.dataDate ?? today, ext: format });
        if (format === "png") downloadBlob(png, name);
        else downloadBlob(await pngToPdf(png, { width, height }, { title: t.map.mapTitle, subject: t.map.sourcesLine(model.sources, model.relays) }), name);
      } finally {
        setBusy(false);
      }
    });
  return (
    <p style={{ display: "flex", flexWrap: "wrap", gap: "0.5rem", alignItems: "center" }}>
      <button type="button" className="button" onClick={() => download("png")} disabled={busy}>
        {t.map.download}
      </button>
      <button type="button" className="button" onClick={() => download("pdf")} disabled={busy}>
        {t.map.downloadPdf}
      </button>
      <span role="status">{status}</span>
    </p>
  );
}
