const DATASET_SLUG = "sitrep-aleppo";

function slug(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** `<dataset>-<item>-<data date or accessed date>.<ext>`: the name says what the file is. */
export function exportFileName({ item, date, ext }: { item: string; date: string; ext: string }): string {
  return `${DATASET_SLUG}-${slug(item)}-${date}.${ext}`;
}
