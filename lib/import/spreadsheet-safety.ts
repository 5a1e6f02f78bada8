/**
 * Spreadsheets run a cell that starts with = + - @ as a formula (CSV
 * injection). Exports prefix such text cells with an apostrophe; imports take
 * that apostrophe off again so a round trip changes nothing.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

export function restoreNeutralised(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;
}
