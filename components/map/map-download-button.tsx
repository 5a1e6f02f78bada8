"use client";
import { useState } from "react";
import { captionedMapSvg } from "@/lib/export/captioned-map-svg";
import { exportFileName } from "@/lib/export/file-name";
import { downloadBlob, embeddedFontCss, svgToPng } from "@/lib/export/rasterize";
import { getMessages } from "@/lib/i18n/messages";
import type { MapModel, ShadeIndicator } from "@/lib/map/map-model";

export function MapDownloadButton({ model, indicator }: { model: MapModel; indicator: ShadeIndicator }) {
  const t = getMessages();
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setBusy(true);
    try {
      const today = new Date().toISOString().slice(0, 10);
      const svg = captionedMapSvg(model, indicator, today, await embeddedFontCss());
      const png = await svgToPng(svg, 2);
      downloadBlob(png, exportFileName({ item: `map-${indicator}`, date: model.dataDate ?? today, ext: "png" }));
    } finally {
      setBusy(false);
    }
  };
  return (
    <p>
      <button type="button" className="button" onClick={download} disabled={busy}>
        {t.map.download}
      </button>
    </p>
  );
}
