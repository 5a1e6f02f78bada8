"use client";
import { useEffect } from "react";

const MARKS = /[\u2066-\u2069]/g;
const HAS_MARKS = /[\u2066-\u2069]/;

/**
 * What a reader copies is the text they see: the Unicode isolates that keep
 * Arabic sentences and Latin names or numbers in order (lib/i18n/bidi.ts) are
 * left out of the clipboard, where they would travel invisibly into a report.
 */
export function PlainCopy() {
  useEffect(() => {
    const onCopy = (event: ClipboardEvent) => {
      const selected = window.getSelection()?.toString() ?? "";
      if (!HAS_MARKS.test(selected) || !event.clipboardData) return;
      event.clipboardData.setData("text/plain", selected.replace(MARKS, ""));
      event.preventDefault();
    };
    document.addEventListener("copy", onCopy);
    return () => document.removeEventListener("copy", onCopy);
  }, []);
  return null;
}
