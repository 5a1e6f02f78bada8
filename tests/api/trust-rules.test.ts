import { beforeAll, describe, expect, it } from "vitest";
import { POST as postFigure } from "@/app/api/figures/route";
import { GET as getFigure } from "@/app/api/figures/[id]/route";
import { POST as postImport } from "@/app/api/import/route";
import { GET as getOverview } from "@/app/api/overview/route";
import { createApiToken } from "@/lib/auth/api-tokens";
import { createUser } from "@/lib/auth/users";
import { getDb } from "@/lib/db";
import { sortEventsInTime } from "@/lib/events/order";
import type { FigureCard, Overview } from "@/lib/queries/overview";
import { currentSnapshot } from "@/lib/queries/read-model";
import { buildSummary } from "@/lib/summary/build-summary";
import { readerImpact } from "@/lib/write/reader-impact";
import { supersedePart } from "@/lib/write/supersede-part";
import { inDefaultSituation } from "../fixtures/situation";
import { buildFigure, FIGURES_CSV_HEAD } from "../fixtures/figure-builder";

const BASE = "http://localhost";
let token = "";
const params = <T>(value: T) => ({ params: Promise.resolve(value) });
const overview = async () => (await (await getOverview(new Request(`${BASE}/api/overview`))).json()) as Overview;
const card = async (key: FigureCard["key"]) => (await overview()).cards.find((c) => c.key === key) as FigureCard;
const post = (path: string, init: { body?: unknown; csv?: string }) =>
  new Request(`${BASE}${path}`, {
    method: "POST",
    headers: { Authorization: `Bearer ${token}`, "Content-Type": init.csv !== undefined ? "text/csv" : "application/json" },
    body: init.csv ?? JSON.stringify(init.body),
  });

beforeAll(async () => {
  const db = await getDb();
  const editor = await createUser(db, { email: "editor@example.org", name: "Test editor", role: "editor", password: "correct horse battery" });
  token = (await createApiToken(db, editor.id, "tests")).token;
});

// Each expectation below is worked out by hand from lib/claims/README.md and the rows it names (data/updates/0004-…/README.md).
describe("the bundled cards, by the written rules", () => {
  it("displaced: the Syrian government's offices are one voice, OCHA's city figure is not in the range, and the scale stands beside it", async () => {
    const displaced = await card("displaced");
    // Government (governor, Aleppo authorities, the Ministry via BCF's repeat, Social Affairs), TRT World, Shafaq News.
    expect(displaced.agreement).toMatchObject({ sources: 3, low: 59030, high: 165000, lowClaimId: "aleppo-social-affairs-euromedia24-displaced-people", highClaimId: "trt-world-displaced" });
    expect(displaced.lowest).toMatchObject({ valueText: "59,030", sourceShort: "Aleppo Social Affairs" });
    expect(displaced.highest).toMatchObject({ valueText: "about 165,000", sourceShort: "TRT World", reportedAt: "2026-01-10" });
    expect(displaced.context.map((c) => [c.indicator, c.valueText, c.placeText])).toEqual([
      ["still_displaced", "about 120,000", "Aleppo"],
      ["returned", "about 29,000", "Aleppo"],
      ["population", "about 400,000", "Sheikh Maqsoud and Ashrafiyeh"],
    ]);
  });

  it("killed: TRT World's nine are OCHA's, at Aleppo city; the unnamed 216 counts under the Kurdish Red Crescent", async () => {
    const killed = await card("killed");
    expect(killed.agreement).toMatchObject({ sources: 3, low: 21, high: 216, lowClaimId: "kurdistan24-ar-886486-killed", highClaimId: "kurdish-red-crescent-k24-887038-killed" });
    expect(killed.carriedBy).toEqual({ reports: 2 });
  });

  it("injured: two voices, and the headline says it stands in one report only", async () => {
    const injured = await card("injured");
    expect(injured.agreement).toMatchObject({ sources: 2, low: 47, high: 115, lowClaimId: "sheikh-maqsoud-ashrafiyeh-councils-k24-885856-injured", highClaimId: "sohr-seed-injured" });
    expect(injured.carriedBy).toEqual({ reports: 1, onlyIn: "Seed report" });
  });

  it("gives each claim's voice: BCF's repeat of the Ministry's figure speaks with the government's", async () => {
    const response = await getFigure(new Request(`${BASE}/api/figures/bcf-k24-887087-displaced-people`), params({ id: "bcf-k24-887087-displaced-people" }));
    const detail = (await response.json()) as { claim: { sourceId: string; voice: string; takenFrom: string }; competing: { id: string; voice: string }[] };
    expect(detail.claim).toMatchObject({ sourceId: "bcf", takenFrom: "bcf-k24-886389-displaced-people", voice: "syrian-government" });
    expect(detail.competing.find((c) => c.id === "trt-world-displaced")?.voice).toBe("trt-world");
  });
});

describe("the timeline tells each account once, in the order a text states", () => {
  it("has merged the councils' two rows, and places their announcement before the SDF's statement", async () => {
    const snapshot = await currentSnapshot();
    expect(snapshot.eventsById.has("seed-councils-partial-ceasefire-hospital")).toBe(false);
    const order = sortEventsInTime(snapshot.events);
    const at = (id: string) => order.findIndex((e) => e.id === id);
    const councils = at("seed-councils-khalid-fajr-evacuation-called");
    // Before the statement it preceded, after every account of the days before: where the text places it, no more.
    expect(councils).toBeLessThan(at("seed-sdf-ceasefire-understanding"));
    expect(order.slice(0, councils).every((e) => e.date && e.date < "2026-01-11")).toBe(true);
    expect(at("seed-asayish-khalid-fajr-evacuated")).toBeGreaterThan(at("seed-sdf-ceasefire-understanding"));
  });
});

describe("taken_from on import", () => {
  const row = (id: string, killed: string, takenFrom: string, locations = "aleppo-city") =>
    `${id},,,,${killed},,,,,,civilians,at-least,,people,${locations},,,,2026-01-12,date shown on page,sohr,,,"A quote.",en,,,current,,${takenFrom},`;
  const head = FIGURES_CSV_HEAD.replace("arrived,group", "arrived,population,group").replace("#affected+arrived+num,", "#affected+arrived+num,#population+num,").replace("supersedes,pinned_reason", "supersedes,taken_from,pinned_reason").replace("#meta+supersedes,", "#meta+supersedes,#meta+taken_from,");

  it("refuses a loop, naming the row and column; nothing is written", async () => {
    const response = await postImport(post("/api/import", { csv: `${head}\n${row("loop-a", "21", "loop-b")}\n${row("loop-b", "21", "loop-a")}\n` }));
    expect(response.status).toBe(422);
    const { errors } = (await response.json()) as { errors: { row: number; column: string; message: string }[] };
    expect(errors).toEqual(expect.arrayContaining([expect.objectContaining({ row: 3, column: "taken_from", message: expect.stringContaining("loop") })]));
    expect((await getFigure(new Request(`${BASE}/api/figures/loop-a`), params({ id: "loop-a" }))).status).toBe(404);
  });

  it("refuses changing an origin's figure while a claim still repeats it", async () => {
    const csv = (await (await getFigure(new Request(`${BASE}/api/figures/afp-mee-killed-civilians?format=csv`), params({ id: "afp-mee-killed-civilians" }))).text())
      .split(/\r?\n/)
      .filter(Boolean);
    const header = csv.slice(0, 2).join("\n");
    const origin = csv.slice(2).find((line) => line.startsWith("afp-mee-killed-civilians,")) as string;
    const edited = origin.replace(",21,", ",25,");
    expect(edited).not.toBe(origin);
    const response = await postImport(post("/api/import", { csv: `${header}\n${edited}\n` }));
    expect(response.status).toBe(422);
    expect(((await response.json()) as { errors: { message: string }[] }).errors[0].message).toContain("afp-almonitor-killed-civilians");
  });

  it("refuses a link to a claim about another thing", async () => {
    const response = await postImport(post("/api/import", { csv: `${head}\n${row("elsewhere", "21", "afp-mee-killed-civilians", "sheikh-maqsoud")}\n` }));
    expect(response.status).toBe(422);
    expect(((await response.json()) as { errors: { column: string; message: string }[] }).errors[0]).toMatchObject({ column: "taken_from", message: expect.stringContaining("counts something else") });
  });
});

describe("a pinned headline", () => {
  it("says when it was pinned and how many newer reports about the same thing came since", async () => {
    // Pinned in the bundled data: the day it was imported is not the day editors decided, so no day is given.
    expect((await card("displaced")).pinned).toEqual({ at: undefined, newerReports: 0 });
    const newer = buildFigure({ id: "newer-displaced", indicator: "displaced", group: "all", value: 160000, qualifier: "about", sourceId: "ocha", via: undefined, reportedAt: "2026-01-14", quote: "About 160,000 displaced." });
    expect((await postFigure(post("/api/figures", { body: newer }))).status).toBe(201);
    expect((await card("displaced")).pinned?.newerReports).toBe(1);
  });
});

describe("a newer count from the headline's own source", () => {
  it("flags the killed card's part at any difference, names it, and the brief says the same", async () => {
    const body = buildFigure({ id: "sohr-newer-civilians", indicator: "killed", group: "civilians", value: 50, qualifier: "at-least", reportedAt: "2026-12-07", sourceId: "sohr", via: undefined, quote: "At least 50 civilians were killed." });
    // Before saving, the editor is told what readers will see: the card's total stays, flagged.
    expect(readerImpact(await currentSnapshot(), body)).toBe(
      "Readers will see the “People killed” card stay at at least 82, flagged: SOHR's newer count of civilians, at least 50 (7 December 2026), is not in this total of at least 82.",
    );
    expect((await postFigure(post("/api/figures", { body }))).status).toBe(201);
    const killed = await card("killed");
    expect(killed.headline.valueText).toBe("at least 82");
    expect(killed.flags).toEqual([expect.objectContaining({ partOfSum: true, sameVoice: true, claim: expect.objectContaining({ id: "sohr-newer-civilians", valueText: "at least 50" }) })]);
    const brief = buildSummary(inDefaultSituation(await currentSnapshot()));
    expect(brief.figures.find((f) => f.key === "killed")?.flags.map((f) => f.claim.id)).toEqual(["sohr-newer-civilians"]);
    // The brief's one date is the newest report it shows, the flagged claim's included.
    expect(brief.dataDate).toBe("2026-12-07");
  });

  it("can replace the part it counts again: the part and the total are superseded, and the flag is settled", async () => {
    const db = await getDb();
    await supersedePart(db, { author: "Test editor", actor: "editor@example.org", userId: null, address: "127.0.0.1" }, "sohr-newer-civilians", "sohr-seed-killed-civilians");
    const killed = await card("killed");
    expect(killed.flags).toEqual([]);
    expect(killed.headline.id).not.toBe("sohr-seed-killed-total");
    const snapshot = await currentSnapshot();
    expect(snapshot.claimsById.get("sohr-seed-killed-total")?.status).toBe("superseded");
    expect(snapshot.claimsById.get("sohr-newer-civilians")).toMatchObject({ supersedes: "sohr-seed-killed-civilians" });
  });
});
