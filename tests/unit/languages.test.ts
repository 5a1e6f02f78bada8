import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime } from "@/lib/format/dates";
import { formatList } from "@/lib/format/list";
import { formatInteger, formatQualified, formatQualifiedShort } from "@/lib/format/qualified-number";
import { inLocale } from "@/lib/i18n/locale-scope";
import { locales, type Locale } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/messages";
import { placeName } from "@/lib/i18n/place-name";
import { eventDescription, eventTitle } from "@/lib/i18n/event-text";
import { editorsWords } from "@/lib/i18n/phrasebook";
import { getStaffMessages } from "@/lib/i18n/staff-messages";

const LRI = "\u2066";
const PDI = "\u2069";
const ARABIC_INDIC_DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/;

type Tree = { [key: string]: unknown };

/** Every leaf of a message tree with its path: "overview.agreement" → the function. */
function leaves(tree: Tree, prefix = ""): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value && typeof value === "object" && !Array.isArray(value)) for (const [p, v] of leaves(value as Tree, path)) out.set(p, v);
    else out.set(path, value);
  }
  return out;
}

/**
 * Calls a message function with arguments it can tell apart in its output:
 * numbers where it counts, else strings, else lists of one string.
 */
function render(fn: (...args: unknown[]) => unknown, arity: number): { output: string; tokens: string[] } {
  const attempts: ((i: number) => [unknown, string])[] = [
    (i) => [31 + i * 7, String(31 + i * 7)],
    (i) => [`«arg${i}»`, `«arg${i}»`],
    (i) => [[`«arg${i}»`], `«arg${i}»`],
  ];
  for (const make of attempts) {
    const pairs = Array.from({ length: arity }, (_, i) => make(i));
    try {
      const output = fn(...pairs.map(([value]) => value));
      if (typeof output === "string") return { output, tokens: pairs.map(([, token]) => token) };
    } catch {
      // the next kind of argument
    }
  }
  throw new Error("the message function accepts neither numbers, strings nor lists");
}

describe.each([
  ["readers' messages", (locale: Locale) => getMessages(locale) as unknown as Tree],
  ["staff messages", (locale: Locale) => getStaffMessages(locale) as unknown as Tree],
])("%s", (_name, messagesOf) => {
  const english = leaves(messagesOf("en"));

  it.each(locales.filter((l) => l !== "en"))("%s has every key English has, and no other", (locale) => {
    expect([...leaves(messagesOf(locale)).keys()].sort()).toEqual([...english.keys()].sort());
  });

  it.each(locales.filter((l) => l !== "en"))("%s: every message says every value English says, and no string is left empty where English has words", (locale) => {
    const translated = leaves(messagesOf(locale));
    for (const [path, value] of english) {
      const other = translated.get(path);
      if (typeof value === "function") {
        expect(typeof other, path).toBe("function");
        const arity = Math.max(value.length, (other as () => unknown).length);
        const en = render(value as (...args: unknown[]) => unknown, arity);
        const them = render(other as (...args: unknown[]) => unknown, arity);
        en.tokens.forEach((token, i) => expect(them.output.includes(them.tokens[i]), `${path}: placeholder ${i + 1}`).toBe(en.output.includes(token)));
      } else if (typeof value === "string") {
        expect(typeof other, path).toBe("string");
        expect((other as string).length > 0, path).toBe(value.length > 0);
      }
    }
  });
});

describe("qualifiers in words, per language", () => {
  it("reads naturally in Arabic, with the number kept in its own order", () => {
    expect(formatQualified({ value: 155000, qualifier: "about" }, "ar")).toBe(`نحو ${LRI}155,000${PDI}`);
    expect(formatQualified({ value: 43, qualifier: "at-least" }, "ar")).toBe(`ما لا يقل عن ${LRI}43${PDI}`);
    expect(formatQualified({ value: 115, qualifier: "more-than" }, "ar")).toBe(`أكثر من ${LRI}115${PDI}`);
    expect(formatQualifiedShort({ value: 43, qualifier: "at-least" }, "ar")).toBe(`${LRI}≥ 43${PDI}`);
  });

  it("reads naturally in Kurmanji", () => {
    expect(formatQualified({ value: 155000, qualifier: "about" }, "ku")).toBe("bi qasî 155,000");
    expect(formatQualified({ value: 43, qualifier: "at-least" }, "ku")).toBe("herî kêm 43");
    expect(formatQualified({ value: 115, qualifier: "more-than" }, "ku")).toBe("zêdetirî 115");
  });

  it("leaves English as it was", () => {
    expect(formatQualified({ value: 155000, qualifier: "about" }, "en")).toBe("about 155,000");
    expect(formatQualified({ value: 9, qualifier: "exact", valueHigh: 12 }, "en")).toBe("9–12");
  });
});

describe("digits and dates", () => {
  it("writes Arabic numbers and dates in Latin digits, with Syria's month names", () => {
    expect(formatInteger(138750, "ar")).toBe("138,750");
    expect(formatDate("2026-01-11", "ar")).toBe("11 كانون الثاني 2026");
    expect(formatDateTime("2026-11-25 23:30:12+00", "ar")).not.toMatch(ARABIC_INDIC_DIGITS);
  });

  it("never writes Arabic-Indic digits in any Arabic message", () => {
    for (const [path, value] of leaves(getMessages("ar") as unknown as Tree)) {
      const text = typeof value === "function" ? render(value as (...args: unknown[]) => unknown, value.length).output : String(value);
      expect(text, path).not.toMatch(ARABIC_INDIC_DIGITS);
    }
  });

  it("writes Kurmanji dates as Node's CLDR data does, without the browser's missing Kurmanji data", () => {
    for (const iso of ["2026-01-11", "2026-06-03", "2026-12-31"]) {
      const cldr = new Intl.DateTimeFormat("ku", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(`${iso}T00:00:00Z`));
      expect(formatDate(iso, "ku")).toBe(cldr);
    }
    expect(formatList(["Şêxmeqsûd", "Eşrefiyê", "Heleb"], "ku")).toBe("Şêxmeqsûd, Eşrefiyê û Heleb");
  });

  it("formats in the locale of a route's scope when none is given", () => {
    expect(inLocale("ar", () => formatQualified({ value: 43, qualifier: "at-least" }))).toBe(`ما لا يقل عن ${LRI}43${PDI}`);
    expect(inLocale("ku", () => formatDate("2026-01-11"))).toBe("11ê rêbendana 2026an");
    expect(formatDate("2026-01-11")).toBe("11 January 2026");
  });
});

describe("place names", () => {
  const sheikhMaqsoud = { name: "Sheikh Maqsoud", names: { en: "Sheikh Maqsoud", ar: "الشيخ مقصود", ku: "Şêxmeqsûd" } };
  const tabqa = { name: "Tabqa", names: { en: "Tabqa" } };

  it("come from the data in each language, and fall back to the English name where no text gives one", () => {
    expect(placeName(sheikhMaqsoud, "ar")).toBe("الشيخ مقصود");
    expect(placeName(sheikhMaqsoud, "ku")).toBe("Şêxmeqsûd");
    expect(placeName(tabqa, "ar")).toBe("Tabqa");
    expect(placeName(sheikhMaqsoud, "en")).toBe("Sheikh Maqsoud");
  });
});

describe("form errors in the page's language", () => {
  it("translates the schemas' English, numbers kept, and shows an unknown message as it is", () => {
    const ar = getStaffMessages("ar").validation;
    const ku = getStaffMessages("ku").validation;
    expect(ar("is required")).toBe("مطلوب");
    expect(ku("must be a number")).toBe("divê hejmar be");
    expect(ar("must be at most 120 characters")).toBe("يجب ألا يزيد على \u2068120\u2069 حرفاً");
    expect(ku("must be at most 2,147,483,647")).toBe("divê herî zêde 2,147,483,647 be");
    expect(ar("something new")).toBe("something new");
    expect(getStaffMessages("en").validation("is required")).toBe("is required");
  });
});

describe("event titles", () => {
  it("has an Arabic and a Kurmanji title and description for every bundled event, each translating the English as it stands", async () => {
    const fs = await import("node:fs");
    const read = (file: string) => JSON.parse(fs.readFileSync(file, "utf8")) as { id: string; title: string; description: string }[];
    const events = new Map(read("data/events.json").map((e) => [e.id, e]));
    // Every reviewed update, in the order they apply (data/updates/order.json).
    const updates = (JSON.parse(fs.readFileSync("data/updates/order.json", "utf8")) as string[]).map((name) => `data/updates/${name}/events.json`);
    for (const file of updates.filter((f) => fs.existsSync(f))) for (const e of read(file)) events.set(e.id, e);
    for (const event of events.values()) {
      for (const locale of ["ar", "ku"] as const) {
        for (const text of [eventTitle(event, locale), eventDescription(event, locale)]) {
          expect(text.lang, `${event.id} in ${locale}`).toBeUndefined();
          expect(text.text).not.toBe(event.title);
          expect(text.text).not.toBe(event.description);
        }
      }
    }
  });

  it("shows the editors' new English, marked as English, once a title changes after its translation", () => {
    const changed = { id: "seed-partial-ceasefire-saturday", title: "Partial ceasefire reached on Saturday night" };
    expect(eventTitle(changed, "ar")).toEqual({ text: changed.title, lang: "en" });
    expect(eventTitle({ id: "seed-partial-ceasefire-saturday", title: "Partial ceasefire reached on Saturday" }, "ar").text).toBe("التوصل إلى وقف جزئي لإطلاق النار يوم السبت");
    expect(eventTitle(changed, "en")).toEqual({ text: changed.title });
  });
});

describe("the editors' words in the data", () => {
  it("has Arabic and Kurmanji for every text the editors wrote in the bundled data, keyed by the English it translates", async () => {
    const fs = await import("node:fs");
    const Papa = (await import("papaparse")).default;
    const read = (file: string) => JSON.parse(fs.readFileSync(file, "utf8"));
    const byId = <T extends { id: string }>(base: T[], update: T[]) => new Map([...base, ...update].map((r) => [r.id, r]));
    type Texts = Record<string, string | undefined> & { id: string };
    const csvRows = (file: string) => (Papa.parse<Texts>(fs.readFileSync(file, "utf8").replace(/^\uFEFF/, ""), { header: true, skipEmptyLines: true }).data).slice(1);
    // Every reviewed update, in the order they apply (data/updates/order.json).
    const updates = (read("data/updates/order.json") as string[]).map((name) => `data/updates/${name}`);
    const inUpdates = (file: string) => updates.map((dir) => `${dir}/${file}`).filter((f) => fs.existsSync(f));
    const sources = byId<Texts>(read("data/sources.json"), inUpdates("sources.json").flatMap(read));
    const events = byId<Texts>(read("data/events.json"), inUpdates("events.json").flatMap(read));
    const claims = byId<Texts>(csvRows("data/figures.csv"), inUpdates("figures.csv").flatMap(csvRows));
    const places: { properties: Texts }[] = read("data/locations.geojson").features;
    const derived: Texts[] = read("data/derived.json");
    const texts = [
      ...[...sources.values()].flatMap((s) => [s.reliabilityReason, s.notes]),
      ...places.map((p) => p.properties.geometrySource),
      ...[...events.values()].flatMap((e) => [e.dateBasis, e.dayLabel, e.notes]),
      ...[...claims.values()].flatMap((c) => [c.date_note, c.notes, c.pinned_reason]),
      ...derived.flatMap((d) => [d.label, d.pinnedReason]),
    ].filter((t): t is string => !!t);
    expect(texts.length).toBeGreaterThan(300);
    for (const english of texts) {
      for (const locale of ["ar", "ku"] as const) expect(editorsWords(english, locale).lang, english).toBeUndefined();
    }
  });

  it("shows words it has no translation for as they are, marked as English", () => {
    expect(editorsWords("A note written after the last translation.", "ar")).toEqual({ text: "A note written after the last translation.", lang: "en" });
    expect(editorsWords("Not shown", "ku")).toEqual({ text: "Nayê nîşandan" });
    expect(editorsWords("Not shown", "en")).toEqual({ text: "Not shown" });
  });
});
