import { describe, expect, it } from "vitest";
import { extractCandidates, type IntakeContext } from "@/lib/intake/extract";
import type { Candidate } from "@/lib/intake/candidate";

const context: IntakeContext = {
  places: [
    { id: "old-town", names: ["Old Town", "البلدة القديمة", "Bajarê Kevn"] },
    { id: "river-quarter", names: ["River Quarter", "حي النهر", "Taxa Çem"] },
  ],
  sources: [
    { id: "monitor", names: ["Syrian Observatory for Human Rights", "SOHR", "المرصد السوري"] },
    { id: "governor", names: ["Governor of the province", "the governor", "المحافظ"] },
    { id: "news-desk", names: ["News Desk"] },
    { id: "unnamed-news-desk", names: ["News Desk's unnamed source"] },
  ],
  outletSourceId: "news-desk",
};

const read = (text: string) => extractCandidates(text, context);
const brief = (c: Candidate) => ({ value: c.value, valueHigh: c.valueHigh, qualifier: c.qualifier, unit: c.unit, indicator: c.indicator, group: c.group, sourceId: c.sourceId });

describe("candidate claims from a pasted report", () => {
  it("quotes each figure's sentence exactly, with offsets into the text", () => {
    const text = "Shelling went on overnight.  According to SOHR, at least 38 fighters of the government and 43 civilians were killed in Old Town. Markets stayed shut.";
    const candidates = read(text);
    expect(candidates).toHaveLength(2);
    for (const c of candidates) {
      expect(text.slice(c.start, c.end)).toBe(c.quote);
      expect(c.quote).toBe("According to SOHR, at least 38 fighters of the government and 43 civilians were killed in Old Town.");
      expect(text.slice(c.numberStart, c.numberEnd)).toBe(c.valueText);
    }
    expect(candidates.map(brief)).toEqual([
      { value: 38, qualifier: "at-least", unit: "people", indicator: "killed", group: "damascus-affiliated-fighters", sourceId: "monitor" },
      // "At least" said once holds for each item of the list (the seed's SOHR figures are read so).
      { value: 43, qualifier: "at-least", unit: "people", indicator: "killed", group: "civilians", sourceId: "monitor" },
    ]);
    expect(candidates[0].placeIds).toEqual(["old-town"]);
  });

  it("reads families and people as two figures, each with its unit and qualifier", () => {
    const [families, people] = read("Fighting has displaced more than 27,750 families—an estimated 138,750 people—from River Quarter.");
    expect(brief(families)).toMatchObject({ value: 27_750, qualifier: "more-than", unit: "households", indicator: "displaced" });
    expect(brief(people)).toMatchObject({ value: 138_750, qualifier: "about", unit: "people", indicator: "displaced", group: "all" });
  });

  it("credits a figure to the source the sentence names, not to the outlet that printed it", () => {
    const [named] = read("The governor said 155,000 people had fled the River Quarter.");
    expect(named.sourceId).toBe("governor");
    const [own] = read("Some 12,000 people have fled the River Quarter since Monday.");
    expect(own.sourceId).toBe("news-desk");
    // Credited to someone the text does not name: the outlet's unnamed source, flagged, with the words kept.
    const [unnamed] = read("The clashes have killed seven civilians, according to the latest update.");
    expect(unnamed).toMatchObject({ value: 7, sourceId: "unnamed-news-desk", sourceText: "the latest update", flags: ["unknown-originator"] });
  });

  it("leaves dates, times, durations, shares, ranks and street numbers alone", () => {
    const text = "On 6 January 2026 at 10:30, on Jan. 8 and on 12/01/2026, over the past 24 hours, 90 percent of Street 5 and the 3rd convoy left with 4 buses.";
    expect(read(text)).toEqual([]);
  });

  it("keeps a vague count as words, flagged, with no number to save", () => {
    const [dozens] = read("Dozens of families fled to the River Quarter.");
    expect(dozens).toMatchObject({ valueText: "Dozens", value: undefined, unit: "households", indicator: "displaced", flags: ["vague-count"] });
  });

  it("reads a range as a low and a high value", () => {
    const [range] = read("Between 200 and 300 people were evacuated from Old Town.");
    expect(brief(range)).toMatchObject({ value: 200, valueHigh: 300, indicator: "evacuated" });
  });

  it("reads Arabic: scale words, Arabic-Indic digits, qualifiers, the attribution and the place", () => {
    const text = "وفق المرصد السوري، أدت الاشتباكات في حي النهر إلى نزوح نحو 155 ألف شخص، ومقتل ما لا يقل عن ١٢ مدنياً و64 جريحا.";
    const candidates = read(text);
    expect(candidates.map(brief)).toEqual([
      { value: 155_000, qualifier: "about", unit: "people", indicator: "displaced", group: "all", sourceId: "monitor" },
      { value: 12, qualifier: "at-least", unit: "people", indicator: "killed", group: "civilians", sourceId: "monitor" },
      { value: 64, qualifier: "exact", unit: "people", indicator: "injured", group: undefined, sourceId: "monitor" },
    ]);
    expect(candidates[0].placeIds).toEqual(["river-quarter"]);
    expect(candidates[0].valueText).toBe("155 ألف");
    for (const c of candidates) expect(text.slice(c.start, c.end)).toBe(c.quote);
  });

  it("reads Arabic with its diacritics, and quotes it as pasted, diacritics and all", () => {
    const text = "وثّق المرصد السوري مقتل ما لا يقل عن ٤٢ مدنيًا. قُتل ثلاثة أطفال في البلدة القديمة.";
    const candidates = read(text);
    expect(candidates.map(brief)).toEqual([
      { value: 42, qualifier: "at-least", unit: "people", indicator: "killed", group: "civilians", sourceId: "monitor" },
      { value: 3, qualifier: "exact", unit: "people", indicator: "killed", group: "children", sourceId: "news-desk" },
    ]);
    expect(candidates[1].quote).toBe("قُتل ثلاثة أطفال في البلدة القديمة.");
    for (const c of candidates) {
      expect(text.slice(c.start, c.end)).toBe(c.quote);
      expect(text.slice(c.numberStart, c.numberEnd)).toBe(c.valueText);
    }
  });

  it("reads Kurmanji: qualifiers, scale words and the attribution", () => {
    const [killed, displaced] = read("Li gorî SOHR, herî kêm 43 sivîl hatin kuştin û zêdetirî 12 hezar malbat koçber bûn ji Taxa Çem.");
    expect(brief(killed)).toEqual({ value: 43, qualifier: "at-least", unit: "people", indicator: "killed", group: "civilians", sourceId: "monitor" });
    expect(brief(displaced)).toMatchObject({ value: 12_000, qualifier: "more-than", unit: "households", indicator: "displaced", sourceId: "monitor" });
    expect(displaced.placeIds).toEqual(["river-quarter"]);
  });

  it("spells numbers in words only when they count someone", () => {
    const [one] = read("One Asayish member was killed; one of the roads stayed open for two days.");
    expect(brief(one)).toMatchObject({ value: 1, group: "asayish", indicator: "killed" });
    expect(read("Officials said one hundred fifty-five thousand people were displaced.").map((c) => c.value)).toEqual([155_000]);
  });

  it("carries a qualifier said once across its list, but not across a breakdown", () => {
    const list = read("At least 38 fighters of the government, one Asayish member and 43 civilians were killed.");
    expect(list.map((c) => c.qualifier)).toEqual(["at-least", "at-least", "at-least"]);
    const breakdown = read("At least 82 people were killed, including 43 civilians.");
    expect(breakdown.map((c) => [c.qualifier, c.indicator])).toEqual([
      ["at-least", "killed"],
      ["exact", "killed"],
    ]);
  });

  it("leaves what the text does not say empty for the editor", () => {
    const [bare] = read("The figure stood at 4,200 on Monday.");
    expect(bare).toMatchObject({ value: 4_200, indicator: undefined, group: undefined, placeIds: [], flags: ["no-indicator"] });
  });
});

describe("every candidate of every labelled report", () => {
  it("quotes an exact substring of its text, at its offsets", async () => {
    const { readFile } = await import("node:fs/promises");
    for (const name of ["labelled-reports.json", "held-out-reports.json"]) {
      const { reports } = JSON.parse(await readFile(`tests/fixtures/intake/${name}`, "utf8")) as { reports: { text: string }[] };
      for (const { text } of reports) {
        for (const c of read(text)) {
          expect(text.slice(c.start, c.end)).toBe(c.quote);
          expect(c.start <= c.numberStart && c.numberEnd <= c.end).toBe(true);
        }
      }
    }
  });
});

describe("a clause after 'while'", () => {
  it("counts what its own verb says, not what the clause before counted", () => {
    const [returned, missing] = read("Nearly 3,400 families had returned to Old Town, while at least 12 people remain missing.");
    expect([returned.indicator, returned.qualifier, returned.unit]).toEqual(["returned", "about", "households"]);
    expect([missing.indicator, missing.qualifier, missing.unit]).toEqual(["missing", "at-least", "people"]);
  });
});
