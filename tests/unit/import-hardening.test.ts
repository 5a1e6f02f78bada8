import { describe, expect, it } from "vitest";
import { decodeCsvFile } from "@/lib/import/decode-csv";
import { ImportValidationError } from "@/lib/import/errors";
import { IMPORT_LIMITS, ImportTooLargeError } from "@/lib/import/limits";
import { parseFiguresCsv } from "@/lib/import/parse-figures-csv";
import { FIGURES_CSV_HEAD, figureCsvRow } from "../fixtures/figure-builder";

const [HEADER, HXL] = FIGURES_CSV_HEAD.split("\n");

function decodeError(bytes: Uint8Array) {
  try {
    decodeCsvFile(bytes, "upload.csv");
  } catch (error) {
    if (error instanceof ImportValidationError) return error.errors;
    throw error;
  }
  throw new Error("expected the file to be refused");
}

describe("bounds the database enforces are checked before it sees them", () => {
  it("refuses a count above PostgreSQL's integer range in the value column and in value_high", () => {
    const big = figureCsvRow({ id: "too-big", killed: "2147483648" });
    const rangeHigh = `${HEADER}\n${HXL}\nrange,,,,5,,,,,civilians,exact,99999999999,people,sheikh-maqsoud,,,,2026-01-12,shown,sohr,,,"Five.",en,,,current,,`;
    expect(parseFiguresCsv(`${FIGURES_CSV_HEAD}\n${big}`).errors).toEqual([
      expect.objectContaining({ row: 3, column: "killed", message: expect.stringContaining("at most 2,147,483,647") }),
    ]);
    expect(parseFiguresCsv(rangeHigh).errors).toEqual([expect.objectContaining({ row: 3, column: "value_high" })]);
    expect(parseFiguresCsv(`${FIGURES_CSV_HEAD}\n${figureCsvRow({ id: "max", killed: "2147483647" })}`).errors).toEqual([]);
  });

  it("refuses a NUL character in any text cell, naming its column", () => {
    const { errors } = parseFiguresCsv(`${FIGURES_CSV_HEAD}\n${figureCsvRow({ id: "nul", quote: "Five\u0000 people." })}`);
    expect(errors).toEqual([expect.objectContaining({ row: 3, column: "quote", message: expect.stringContaining("NUL") })]);
  });
});

describe("encoding", () => {
  const utf8 = (text: string) => new TextEncoder().encode(text);

  it("refuses Latin-1 bytes, naming the first bad row and column", () => {
    const good = utf8(`${FIGURES_CSV_HEAD}\n${figureCsvRow({ id: "ok" })}\n`);
    const bad = utf8(`${figureCsvRow({ id: "cafe", quote: "Caf\u00e9 quote" })}\n`);
    // Replace the two UTF-8 bytes of "é" with the single Latin-1 byte 0xE9.
    const at = bad.indexOf(0xc3);
    const latin1 = new Uint8Array([...bad.subarray(0, at), 0xe9, ...bad.subarray(at + 2)]);
    const errors = decodeError(new Uint8Array([...good, ...latin1]));
    expect(errors).toEqual([expect.objectContaining({ row: 4, column: "quote", message: expect.stringContaining("not UTF-8") })]);
  });

  it("accepts UTF-8 with or without a byte-order mark, Arabic and Kurdish included", () => {
    const text = `${FIGURES_CSV_HEAD}\n${figureCsvRow({ id: "ar", quote: "نزوح 155 ألف شخص — Şêx Meqsûd" })}\n`;
    expect(decodeCsvFile(utf8(text))).toBe(text);
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]);
    expect(parseFiguresCsv(decodeCsvFile(withBom)).figures[0].quote).toBe("نزوح 155 ألف شخص — Şêx Meqsûd");
  });

  it("names the right column in a file whose rows hold semicolons (a list of places) and whose header has commas", () => {
    const good = utf8(`${FIGURES_CSV_HEAD}\n${figureCsvRow({ id: "ok", locations: "sheikh-maqsoud;ashrafiyeh;bani-zaid" })}\n`);
    const bad = utf8(`${figureCsvRow({ id: "cafe", locations: "sheikh-maqsoud;ashrafiyeh;bani-zaid", quote: "They fled; some to Afrin; Caf\u00e9 quote" })}\n`);
    const at = bad.indexOf(0xc3);
    const latin1 = new Uint8Array([...bad.subarray(0, at), 0xe9, ...bad.subarray(at + 2)]);
    expect(decodeError(new Uint8Array([...good, ...latin1]))).toEqual([expect.objectContaining({ row: 4, column: "quote" })]);
  });

  it("refuses a file cut inside a character", () => {
    const cut = utf8("id,quote\nx,نزوح").subarray(0, -1);
    expect(decodeError(cut)).toEqual([expect.objectContaining({ row: 2, column: "quote" })]);
  });
});

describe("the HXL row", () => {
  const rows = (hxl: string) => `${HEADER}\n${hxl}\n${figureCsvRow({ id: "a" })}`;

  it("is optional: a file without it imports, its first data row is row 2", () => {
    const parsed = parseFiguresCsv(`${HEADER}\n${figureCsvRow({ id: "a" })}`);
    expect(parsed.errors).toEqual([]);
    expect(parsed.rowOf.get("a")).toBe(2);
  });

  it("is not taken to be present when a file without it has a data cell starting with '#'", () => {
    const parsed = parseFiguresCsv(`${HEADER}\n${figureCsvRow({ id: "hash", quote: "#Aleppo: five people." })}`);
    expect(parsed.errors).toEqual([]);
    expect(parsed.figures[0]).toMatchObject({ id: "hash", quote: "#Aleppo: five people." });
  });

  it("accepts its attributes in any order and case", () => {
    expect(parseFiguresCsv(rows(HXL.replace("#affected+killed+num", "#Affected+Num+Killed"))).errors).toEqual([]);
  });

  it("refuses a wrong, shifted or missing hashtag, naming the column", () => {
    expect(parseFiguresCsv(rows(HXL.replace("#affected+killed+num", "#affected+injured+num"))).errors).toEqual([
      expect.objectContaining({ row: 2, column: "killed", message: expect.stringContaining("expected #affected+killed+num") }),
    ]);
    const shifted = parseFiguresCsv(rows(`#meta+id,${HXL}`)).errors;
    expect(shifted.length).toBeGreaterThan(5);
    expect(shifted[0]).toMatchObject({ row: 2, column: "displaced" });
    expect(parseFiguresCsv(rows(HXL.replace("#meta+quote", "")))).toMatchObject({
      figures: [],
      errors: [expect.objectContaining({ row: 2, column: "quote", message: expect.stringContaining("missing") })],
    });
  });
});

describe("CSV syntax", () => {
  it("reports an unterminated quote at the row where it opens, and nothing it caused", () => {
    const broken = figureCsvRow({ id: "open" }).replace('"Five people were killed."', '"Five people were killed.');
    const { errors } = parseFiguresCsv(`${FIGURES_CSV_HEAD}\n${figureCsvRow({ id: "ok" })}\n${broken}\n${figureCsvRow({ id: "later" })}`);
    expect(errors).toEqual([expect.objectContaining({ row: 4, column: "(row)", message: expect.stringContaining("not closed") })]);
  });

  it("reads semicolon-separated files as spreadsheets in many locales save them", () => {
    const cells = HEADER.split(",").map((column) =>
      ({ id: "semi", killed: "5", group: "civilians", qualifier: "at-least", unit: "people", location_ids: "sheikh-maqsoud", date_note: "shown", source_id: "sohr", quote: '"Five, at least."', quote_language: "en", status: "current" })[column] ?? "",
    );
    const semicolon = parseFiguresCsv([HEADER.replaceAll(",", ";"), HXL.replaceAll(",", ";"), cells.join(";")].join("\n"));
    expect(semicolon.errors).toEqual([]);
    expect(semicolon.figures[0]).toMatchObject({ id: "semi", quote: "Five, at least.", value: 5 });
  });

  it("refuses a row with more cells than the header names", () => {
    const { errors } = parseFiguresCsv(`${FIGURES_CSV_HEAD}\n${figureCsvRow({ id: "extra" })},surprise`);
    expect(errors).toEqual([expect.objectContaining({ row: 3, column: "(row)", message: expect.stringContaining("cells") })]);
  });
});

describe("size limits", () => {
  it("refuses a file over the byte limit before decoding or parsing it", () => {
    const huge = new Uint8Array(IMPORT_LIMITS.bytes + 1);
    expect(() => decodeCsvFile(huge)).toThrow(ImportTooLargeError);
  });

  it("refuses a file over the row limit", () => {
    const row = figureCsvRow({ id: "r" });
    const text = `${FIGURES_CSV_HEAD}\n${`${row}\n`.repeat(IMPORT_LIMITS.rows + 1)}`;
    expect(() => parseFiguresCsv(text)).toThrow(ImportTooLargeError);
  });
});
