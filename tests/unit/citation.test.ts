import { describe, expect, it } from "vitest";
import { citationText } from "@/lib/export/citation";
import { exportFileName } from "@/lib/export/file-name";
import { getMessages } from "@/lib/i18n/messages";

describe("citationText", () => {
  it("credits every original source before the relays and the dashboard's access date", () => {
    expect(
      citationText({
        title: "People killed by group",
        originalSources: ["SOHR", "Aleppo authorities", "SOHR"],
        relays: ["Seed report", "Rudaw"],
        accessed: "2026-11-25",
      }, getMessages("en")),
    ).toBe("Sitrep, People killed by group, data from SOHR and Aleppo authorities via Seed report and Rudaw, accessed 25 November 2026.");
  });

  it("leaves out 'via' when sources published directly", () => {
    expect(citationText({ title: "T", originalSources: ["OCHA"], relays: [], accessed: "2026-01-13", url: "https://example.org/c" }, getMessages("en"))).toBe(
      "Sitrep, T, data from OCHA, accessed 13 January 2026. https://example.org/c",
    );
  });
});

describe("exportFileName", () => {
  it("says situation, item and date", () => {
    expect(exportFileName({ situation: "aleppo-2026", item: "Casualties by group", date: "2026-01-11", ext: "png" })).toBe("sitrep-aleppo-2026-casualties-by-group-2026-01-11.png");
  });

  it("leaves the situation out of a file that spans every situation", () => {
    expect(exportFileName({ item: "figures", date: "2026-01-11", ext: "csv" })).toBe("sitrep-figures-2026-01-11.csv");
  });
});
