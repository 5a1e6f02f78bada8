import { describe, expect, it } from "vitest";
import { parseFiguresCsv } from "@/lib/import/parse-figures-csv";
import { figuresToCsv } from "@/lib/export/figures-csv";
import { buildFigure, FIGURES_CSV_HEAD, figureCsvRow } from "../fixtures/figure-builder";

describe("parseFiguresCsv", () => {
  it("reads a row below the HXL row, numbering rows as a spreadsheet does", () => {
    const { figures, errors, rowOf } = parseFiguresCsv(`${FIGURES_CSV_HEAD}\n${figureCsvRow({ id: "a" })}\n`);
    expect(errors).toEqual([]);
    expect(figures[0]).toMatchObject({ id: "a", indicator: "killed", value: 5, qualifier: "at-least", locationIds: ["sheikh-maqsoud"] });
    expect(rowOf.get("a")).toBe(3);
  });

  it("names the row and column of every bad cell", () => {
    const csv = [
      FIGURES_CSV_HEAD,
      figureCsvRow({ id: "ok" }),
      figureCsvRow({ id: "negative", killed: "-3" }),
      figureCsvRow({ id: "no-quote", quote: "" }),
      figureCsvRow({ id: "odd-qualifier", qualifier: "roughly" }),
      figureCsvRow({ id: "ok" }),
    ].join("\n");
    const { errors } = parseFiguresCsv(csv);
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ row: 4, column: "killed" }),
        expect.objectContaining({ row: 5, column: "quote" }),
        expect.objectContaining({ row: 6, column: "qualifier" }),
        expect.objectContaining({ row: 7, column: "id", message: expect.stringContaining("duplicate") }),
      ]),
    );
  });

  it("rejects unknown columns and rows that fill no value column", () => {
    expect(parseFiguresCsv("id,colour\nx,red").errors).toContainEqual(expect.objectContaining({ row: 1, column: "colour" }));
    const empty = figureCsvRow({ id: "empty", killed: "" });
    expect(parseFiguresCsv(`${FIGURES_CSV_HEAD}\n${empty}`).errors[0]).toMatchObject({ row: 3, column: "(value column)" });
  });
});

describe("figuresToCsv", () => {
  it("writes the HXL row and imports back unchanged", () => {
    const figures = [
      buildFigure({ id: "one", quote: 'He said "around 155,000", then left.', notes: "=HYPERLINK(\"x\")" }),
      buildFigure({ id: "two", indicator: "displaced", group: "all", value: 27750, unit: "households", quoteLanguage: "ar", quote: "نزحت", translation: "were displaced" }),
    ];
    const csv = figuresToCsv(figures, (id) => id);
    const [, hxl] = csv.split("\r\n");
    expect(hxl.startsWith("#meta+id,#affected+displaced+num")).toBe(true);
    expect(csv).toContain("'=HYPERLINK");
    const back = parseFiguresCsv(csv);
    expect(back.errors).toEqual([]);
    expect(back.figures).toEqual(figures);
  });
});
