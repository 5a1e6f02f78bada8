/** The largest id a database `integer` column holds. */
const MAX_RECORD_ID = 2 ** 31 - 1;

/**
 * A numeric id from a URL or a form: digits only, within what the database's
 * integer ids can hold. Anything else is an id no record has (null), never
 * "1e3" read as 1000 or a number the database refuses with an error.
 */
export function parseRecordId(raw: unknown): number | null {
  if (typeof raw !== "string" || !/^[0-9]{1,10}$/.test(raw)) return null;
  const id = Number(raw);
  return id >= 1 && id <= MAX_RECORD_ID ? id : null;
}
