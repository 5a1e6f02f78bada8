import type { RowError } from "./errors";

/** "#Affected+num+Killed" and "#affected+killed+num" are one hashtag: HXL attributes have no order and no case. */
export function normaliseHashtag(cell: string): string {
  const [tag = "", ...attributes] = cell.trim().toLowerCase().split("+");
  return [tag.trim(), ...attributes.map((a) => a.trim()).sort()].join("+");
}

/**
 * HXL rows are the second row of a file and hold hashtags. A data row's id
 * never starts with '#', but its quote or notes may ("#city: ..."), so one
 * hashtag-like cell is not enough: the first cell or most cells must be tags.
 */
export function looksLikeHxlRow(cells: string[]): boolean {
  const filled = cells.map((cell) => cell.trim()).filter(Boolean);
  const tags = filled.filter((cell) => cell.startsWith("#"));
  return (cells[0] ?? "").trim().startsWith("#") || tags.length * 2 > filled.length;
}

/**
 * Every hashtag must be the one for its column: a shifted, wrong or missing
 * hashtag would send HXL tools the wrong numbers under the right name.
 */
export function checkHxlRow(columns: string[], cells: string[], expected: Map<string, string>, file?: string): RowError[] {
  const errors: RowError[] = [];
  columns.forEach((column, i) => {
    const want = expected.get(column);
    if (!want) return;
    const found = (cells[i] ?? "").trim();
    if (!found) errors.push({ file, row: 2, column, message: `HXL hashtag is missing; expected ${want}` });
    else if (normaliseHashtag(found) !== normaliseHashtag(want)) {
      errors.push({ file, row: 2, column, message: `HXL hashtag ${found} does not match this column; expected ${want}` });
    }
  });
  cells.slice(columns.length).forEach((cell, i) => {
    if (cell.trim()) errors.push({ file, row: 2, column: `(column ${columns.length + i + 1})`, message: `HXL hashtag ${cell.trim()} has no column in the header` });
  });
  return errors;
}
