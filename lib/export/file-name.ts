function slug(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/**
 * `sitrep-<situation>-<item>-<data date or accessed date>.<ext>`: the name says
 * what the file is and which situation it is from; files that span every
 * situation (all claims) leave the situation out.
 */
export function exportFileName({ situation, item, date, ext }: { situation?: string; item: string; date: string; ext: string }): string {
  return [`sitrep`, situation && slug(situation), slug(item), date].filter(Boolean).join("-") + `.${ext}`;
}
