/**
 * Spreadsheets run a cell that starts with = + - @ (or tab, carriage return)
 * as a formula: CSV injection. Exports prefix such text cells with an
 * apostrophe; imports take one off again. So that a round trip changes no
 * text, a cell that already starts with apostrophes before such a character
 * gets one more: export and import are inverses for every text.
 */
const GUARDED = /^'*[=+\-@\t\r]/;

export function neutraliseFormula(cell: string): string {
  return GUARDED.test(cell) ? `'${cell}` : cell;
}

export function restoreNeutralised(cell: string): string {
  return cell.startsWith("'") && GUARDED.test(cell) ? cell.slice(1) : cell;
}
