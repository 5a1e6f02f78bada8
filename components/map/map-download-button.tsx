"use client";
import { useState } from "react";
import { exportFileName } from "@/lib/export/file-name";
import { todayIso } from "@/lib/format/dates";
import { useHydrated } from "@/lib/hooks/use-hydrated";
import { useActionStatus } from "@/lib/hooks/use-action-status";
import { useMessages } from "@/lib/i18n/use-messages";
import { useLocale } from "@/lib/i18n/navigation";
import type { MapModel, ShadeIndicator } from "@/lib/map/map-model";

export function MapDownloadButton({ model, indicator }: { model: MapModel; indicator?: ShadeIndicator }) {
  const item = indicator ? `map-${indicator}` : "map";
  const t = useMessages();
  const locale = useLocale();
  const [busy, setBusy] = useState(false);
  const hydrated = useHydrated();
  const { status, run } = useActionStatus();
  const download = (resolution: "screen" | "print") =>
    run(async () => {
      setBusy(true);
      try {
        // The export code loads when a reader asks for a download, not with the page.
        const [{ captionedMapSvg }, { downloadBlob, embeddedFontCss, svgToPng, svgToPrintPng }] = await Promise.all([
          import("@/lib/export/captioned-map-svg"),
          import("@/lib/export/rasterize"),
        ]);
        const today = todayIso();
        const context = model.context ? await fetch(model.context.url).then((r) => (r.ok ? r.json() : undefined)).catch(() => undefined) : undefined;
        const svg = captionedMapSvg(model, indicator, today, t, { fontFaceCss: await embeddedFontCss(), url: `${window.location.origin}/${locale}/${model.situationId}/map`, context });
        const png = resolution === "print" ? await svgToPrintPng(svg) : await svgToPng(svg, 2);
        downloadBlob(png, exportFileName({ situation: model.situationId, item: resolution === "print" ? `${item}-print` : item, date: model.dataDate ?? "undated", ext: "png" }));
      } finally {
        setBusy(false);
      }
    });
  return (
    <p className="needs-js" style={{ display: "flex", flexWrap: "wrap", gap: "0.5rem", alignItems: "center" }}>
      <button type="button" className="button" onClick={() => download("screen")} disabled={busy || !hydrated}>
        {t.map.download}
      </button>
      <button type="button" className="button" onClick={() => download("print")} disabled={busy || !hydrated}>
        {t.export.downloadPrintPng}
      </button>
      {/* Made on the server as vectors, once per data version: a plain link. */}
      <a className="button" href={`/api/map?${new URLSearchParams({ format: "pdf", situation: model.situationId, ...(indicator ? { indicator } : {}), lang: locale })}`} download>
        {t.map.downloadPdf}
      </a>
      <a className="button" href={`/api/map?${new URLSearchParams({ format: "pdf", situation: model.situationId, ...(indicator ? { indicator } : {}), paper: "letter", lang: locale })}`} download>
        {t.export.downloadPdfLetter}
      </a>
      <span role="status">{status}</span>
    </p>
  );
}
