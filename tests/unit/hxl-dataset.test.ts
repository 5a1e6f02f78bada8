import { describe, expect, it } from "vitest";
import { parseHashtag, roleOf } from "@/lib/import/hxl-dataset/hashtag-rules";
import { matchPlace, type DatasetPlace } from "@/lib/import/hxl-dataset/match-place";
import { readHxlTable } from "@/lib/import/hxl-dataset/read-hxl-table";
import { foreignHxlTable } from "@/lib/import/hxl-dataset/recognise";

const role = (hashtag: string) => roleOf(parseHashtag(hashtag));

describe("HXL hashtags", () => {
  it("reads the dictionary's counts in any attribute order and case, with unit and group", () => {
    expect(role("#affected+idps+ind")).toEqual({ role: "value", indicator: "still_displaced", group: "all", unit: "people" });
    expect(role("#Affected +HH +idps")).toEqual({ role: "value", indicator: "still_displaced", group: "all", unit: "households" });
    expect(role("#affected+killed+children")).toMatchObject({ indicator: "killed", group: "children" });
    expect(role("#affected+returnees+ind")).toMatchObject({ indicator: "returned" });
    expect(role("#population+total")).toMatchObject({ indicator: "population" });
  });

  it("prefers #date+reported, reads places by level and name or code, and says why it leaves a column out", () => {
    expect(role("#date+reported")).toEqual({ role: "date", rank: 0 });
    expect(role("#date")).toEqual({ role: "date", rank: 1 });
    expect(role("#adm3+code")).toEqual({ role: "place", level: "adm3", by: "code" });
    expect(role("#loc+name")).toEqual({ role: "place", level: "loc", by: "name" });
    expect(role("#affected+idps+f")).toMatchObject({ role: "ignored", reason: "breakdown" });
    expect(role("#affected+idps+pct")).toMatchObject({ role: "ignored", reason: "percentage" });
    expect(role("#adm1+origin+name")).toMatchObject({ role: "ignored", reason: "origin-or-destination" });
    expect(role("#sector")).toMatchObject({ role: "ignored", reason: "not-a-count" });
    expect(role("not a tag")).toMatchObject({ role: "ignored", reason: "no-hashtag" });
  });
});

describe("matching a dataset row's place", () => {
  const places: DatasetPlace[] = [
    { id: "aleppo-city", kind: "city", names: ["Aleppo", "حلب"], pcodes: { admin1: "SY02" } },
    { id: "sheikh-maqsoud", parentId: "aleppo-city", kind: "neighbourhood", names: ["Sheikh Maqsoud", "Sheikh Maqsud", "الشيخ مقصود"], pcodes: { admin1: "SY02" } },
  ];

  it("finds a neighbourhood by any of its names, and a city at community level", () => {
    expect(matchPlace(places, "adm4", "sheikh maqsud", undefined).map((p) => p.id)).toEqual(["sheikh-maqsoud"]);
    expect(matchPlace(places, "adm4", "الشيخ مقصود", "C1007").map((p) => p.id)).toEqual(["sheikh-maqsoud"]);
    expect(matchPlace(places, "adm4", "Aleppo", undefined).map((p) => p.id)).toEqual(["aleppo-city"]);
  });

  it("never takes a city for the governorate of the same name or P-code", () => {
    expect(matchPlace(places, "adm1", "Aleppo", "SY02")).toEqual([]);
    expect(matchPlace(places, "adm1", undefined, "SY02")).toEqual([]);
  });
});

describe("reading an HXL table", () => {
  it("keeps each row's line exactly as published, a quoted line break and all, and numbers rows as a spreadsheet does", () => {
    const text = 'Date,Place,IDPs,Note\r\n#date+reported,#adm4+name,#affected+idps,#description\r\n2026-01-13,Ashrafiyeh,900,"two\r\nlines"\r\n2026-01-14,Ashrafiyeh,950,\r\n';
    const table = readHxlTable(text)!;
    expect(table.headers).toEqual(["Date", "Place", "IDPs", "Note"]);
    expect(table.hashtagRow).toBe(2);
    expect(table.rows.map((r) => [r.row, r.line])).toEqual([
      [3, '2026-01-13,Ashrafiyeh,900,"two\nlines"'],
      [4, "2026-01-14,Ashrafiyeh,950,"],
    ]);
    for (const row of table.rows) expect(table.text).toContain(row.line);
  });

  it("tells a dataset published elsewhere from Sitrep's own export", () => {
    expect(foreignHxlTable("#date,#adm1+name,#affected+killed\n2026-01-13,Aleppo,3\n")?.hashtagRow).toBe(1);
    expect(foreignHxlTable("id,killed,quote\n#meta+id,#affected+killed+num,#meta+quote\nx,3,q\n")).toBeUndefined();
    expect(foreignHxlTable("id,killed\nx,3\n")).toBeUndefined();
  });
});
