import Papa from "papaparse";
import { delimiterOf } from "./csv-delimiter";
import { ImportValidationError } from "./errors";
import { assertImportSize } from "./limits";

const strictDecoder = () => new TextDecoder("utf-8", { fatal: true });

function decodesAsStreamPrefix(bytes: Uint8Array, end: number): boolean {
  try {
    // stream: a character cut at `end` is held back, not an error.
    strictDecoder().decode(bytes.subarray(0, end), { stream: true });
    return true;
  } catch {
    return false;
  }
}

/** Where the first byte that is not UTF-8 sits; the binary search keeps a 30 MB file cheap. */
export function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let low = 0;
  let high = bytes.length;
  if (decodesAsStreamPrefix(bytes, high)) {
    // Every prefix decodes: the file ends inside a character.
    low = high;
  } else {
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (decodesAsStreamPrefix(bytes, mid + 1)) low = mid + 1;
      else high = mid;
    }
  }
  const bad = Math.min(low, bytes.length - 1);
  // A sequence cut short is reported where it starts, so the cell it opens is named.
  for (let i = bad - 1; i >= Math.max(0, bad - 3); i--) {
    if (bytes[i] < 0x80 || bytes[i] >= 0xc0) return i + sequenceLength(bytes[i]) > bad ? i : bad;
  }
  return bad;
}

function sequenceLength(leadByte: number): number {
  if (leadByte >= 0xf0) return 4;
  if (leadByte >= 0xe0) return 3;
  if (leadByte >= 0xc0) return 2;
  return 1;
}

/** The bytes as text if every one of them is UTF-8 (a byte-order mark dropped), else null: never U+FFFD in place of a byte. */
export function utf8TextOf(bytes: Uint8Array): string | null {
  try {
    return strictDecoder().decode(bytes);
  } catch {
    return null;
  }
}

/**
 * A CSV file's text, only if every byte is UTF-8 (with or without a byte-order
 * mark). Latin-1 or stray bytes would otherwise turn into U+FFFD and a
 * "verbatim" quote would silently stop being one.
 */
export function decodeCsvFile(bytes: Uint8Array, file?: string): string {
  assertImportSize(bytes.byteLength);
  const text = utf8TextOf(bytes);
  if (text !== null) return text;
  const offset = firstInvalidUtf8Offset(bytes);
  const before = new TextDecoder("utf-8").decode(bytes.subarray(0, offset));
  const records = Papa.parse<string[]>(before, { delimiter: delimiterOf(before.replace(/^\uFEFF/, "")) }).data;
  const header = records[0] ?? [];
  const cellIndex = Math.max(0, (records.at(-1)?.length ?? 1) - 1);
  throw new ImportValidationError([
    {
      file,
      row: Math.max(1, records.length),
      column: records.length <= 1 ? `(header, column ${cellIndex + 1})` : (header[cellIndex]?.trim() ?? `(column ${cellIndex + 1})`),
      message: `is not UTF-8 text (byte ${offset + 1} of the file); save the file as UTF-8 and import it again`,
    },
  ]);
}
