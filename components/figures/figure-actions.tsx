"use client";
import { useState } from "react";
import { getMessages } from "@/lib/i18n/messages";

/** Copy citation and CSV download for one figure; the CSV link also works without JavaScript. */
export function FigureActions({ citation, csvHref }: { citation: string; csvHref: string }) {
  const t = getMessages();
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    await navigator.clipboard.writeText(citation);
    setCopied(true);
  };
  return (
    <div>
      <p className="muted">{citation}</p>
      <p style={{ display: "flex", flexWrap: "wrap", gap: "0.75rem", alignItems: "center" }}>
        <button type="button" className="button" onClick={copy}>
          {t.export.copyCitation}
        </button>
        <a href={csvHref} download className="button">
          {t.figure.downloadClaimsCsv}
        </a>
        <span role="status">{copied ? t.export.copied : ""}</span>
      </p>
    </div>
  );
}
