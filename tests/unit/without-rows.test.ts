import { describe, expect, it } from "vitest";
import { csvWithoutRows } from "@/lib/import/without-rows";

describe("csvWithoutRows", () => {
  it("drops rows by the importer's numbers, keeps quoted cells whole, and maps rows back", () => {
    const csv = 'id,quote\n#meta+id,#meta+quote\na,"one, with ""quotes"""\n\nb,"two\nlines"\nc,three\n';
    const { csv: out, originalRow } = csvWithoutRows(csv, new Set([4]));
    expect(out).toBe('id,quote\n#meta+id,#meta+quote\na,"one, with ""quotes"""\nc,three');
    expect([1, 2, 3, 4].map(originalRow)).toEqual([1, 2, 3, 5]);
  });

  it("reads and writes semicolon files as they came", () => {
    expect(csvWithoutRows("id;quote\nx;a\ny;b\n", new Set([2])).csv).toBe("id;quote\ny;b");
  });
});
