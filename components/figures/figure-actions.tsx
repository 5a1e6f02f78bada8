"use client";
import { useState } from "react";
import { citationText, type CitationInput } from "@/lib/export/citation";
import { todayIso } from "@/lib/format/dates";
import { useMessages } from "@/lib/i18n/use-messages";

/**
 * Copy citation and CSV download for one figure; the CSV link also works
 * without JavaScript. The page may come from a cache made days ago, so the
 * date of access is today's, added when the reader copies.
 */
export function FigureActions({ citation, csvHref }: { citation: CitationInput; csvHref: string }) {
  const t = useMessages();
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    await navigator.clipboard.writeText(citationText({ ...citation, accessed: todayIso() }, t));
    setCopied(true);
  };
  return (
    <div>
      <p className="muted">{citationText(citation, t)}</p>
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
