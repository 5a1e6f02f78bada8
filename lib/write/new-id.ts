/** An id from words (kebab-case, as ids are), made unique against those in use with -2, -3, … */
export function newId(parts: (string | undefined)[], taken: (id: string) => boolean): string {
  const base =
    parts
      .filter(Boolean)
      .join("-")
      .normalize("NFKD")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 80) || "record";
  if (!taken(base)) return base;
  for (let n = 2; ; n++) if (!taken(`${base}-${n}`)) return `${base}-${n}`;
}
