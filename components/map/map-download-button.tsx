"use client";
import { useState } from "react";
import { exportFileName } from "@/lib/export/file-name";
import { todayIso } from "@/lib/format/dates";
import { useHydrated } from "@/lib/hooks/use-hydrated";
import { useActionStatus } from "@/lib/hooks/use-action-status";
import { getMessages } from "@/lib/i18n/messages";
import type { MapModel, ShadeIndicator } from "@/lib/map/map-model";

export function MapDownloadButton({ model, indicator }: { model: MapModel; indicator: ShadeIndicator }) {
  const t = getMessages();
  const [busy, setBusy] = useState(false);
  const hydrated = useHydrated();
  const { status, run } = useActionStatus();
  const download = (format: "png" | "pdf") =>
    run(async () => {
      setBusy(true);
      try {
        // The export code loads when a reader asks for a download, not with the page.
        const [{ captionedMapSvg }, { downloadBlob, embeddedFontCss, svgToPngWithSize }] = await Promise.all([
          import("@/lib/export/captioned-map-svg"),
          import("@/lib/export/rasterize"),
        ]);
        const today = todayIso();
        const { png, width, height } = await svgToPngWithSize(captionedMapSvg(model, indicator, today, await embeddedFontCss()), 2);
        const name = exportFileName({ item: `map-${indicator}`, date: model.dataDate ?? today, ext: format });
        if (format === "png") return downloadBlob(png, name);
        const { pngToPdf } = await import("@/lib/export/png-to-pdf");
        downloadBlob(await pngToPdf(png, { width, height }, { title: t.map.mapTitle, subject: t.map.sourcesLine(model.sources, model.relays) }), name);
      } finally {
        setBusy(false);
      }
    });
  return (
    <p className="needs-js" style={{ display: "flex", flexWrap: "wrap", gap: "0.5rem", alignItems: "center" }}>
      <button type="button" className="button" onClick={() => download("png")} disabled={busy || !hydrated}>
        {t.map.download}
      </button>
      <button type="button" className="button" onClick={() => download("pdf")} disabled={busy || !hydrated}>
        {t.map.downloadPdf}
      </button>
      <span role="status">{status}</span>
    </p>
  );
}
