import { beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { POST as postDocument } from "@/app/api/documents/route";
import { GET as getDocument } from "@/app/api/documents/[id]/route";
import { GET as getFigures, POST as postFigure } from "@/app/api/figures/route";
import { GET as getFigure } from "@/app/api/figures/[id]/route";
import { GET as getChangesAtom } from "@/app/changes.atom/route";
import { getDb } from "@/lib/db";
import { documents, revisions } from "@/lib/db/schema";
import { apiRequest, BASE } from "../fixtures/api-request";
import { createStaffTokens } from "../fixtures/staff-tokens";
import type { Candidate } from "@/lib/intake/candidate";

let editorToken = "";
const params = <T>(value: T) => ({ params: Promise.resolve(value) });
const read = (path: string, token?: string) => new Request(`${BASE}${path}`, { headers: token ? { Authorization: `Bearer ${token}` } : {} });

/** A report as SOHR's Arabic desk words it: the intake must find its figures, quote them and name SOHR. */
const report = [
  "Fighting continued overnight in Aleppo.",
  "According to SOHR, at least 61 civilians have been killed in Sheikh Maqsoud since the fighting began, and more than 130 injured.",
  "وفق المرصد السوري، نزح نحو 160 ألف شخص من حيي الشيخ مقصود والأشرفية.",
].join("\n");

beforeAll(async () => {
  ({ editorToken } = await createStaffTokens());
});

describe("POST /api/documents", () => {
  it("refuses a reader (401), a cross-site write (403), an empty text (422) and an oversized body (413), writing nothing", async () => {
    const db = await getDb();
    const before = (await db.select().from(documents)).length;
    expect((await postDocument(apiRequest("/api/documents", { body: { text: report } }))).status).toBe(401);
    const crossSite = apiRequest("/api/documents", { body: { text: report }, token: editorToken, headers: { Origin: "https://elsewhere.example" } });
    expect((await postDocument(crossSite)).status).toBe(403);
    const empty = await postDocument(apiRequest("/api/documents", { body: { text: "   " }, token: editorToken }));
    expect(empty.status).toBe(422);
    expect((await empty.json()).errors).toEqual([expect.objectContaining({ column: "text", message: "must not be empty" })]);
    const badDate = await postDocument(apiRequest("/api/documents", { body: { text: report, publishedAt: "2026-13-45" }, token: editorToken }));
    expect(badDate.status).toBe(422);
    expect(JSON.stringify(await badDate.json())).toContain("publishedAt");
    const huge = await postDocument(apiRequest("/api/documents", { body: { text: "x".repeat(1100 * 1024) }, token: editorToken }));
    expect(huge.status).toBe(413);
    expect((await db.select().from(documents)).length).toBe(before);
  });

  it("archives the text with its SHA-256 and answers candidates whose quotes are exact substrings at their offsets", async () => {
    const response = await postDocument(apiRequest("/api/documents", { body: { situation: "aleppo-2026", text: report, url: "https://example.org/sohr-update", outlet: "rudaw", publishedAt: "2026-01-12" }, token: editorToken }));
    expect(response.status).toBe(201);
    const { document, candidates } = (await response.json()) as { document: { id: string; sha256: string; archivedBy: string }; candidates: Candidate[] };
    const { createHash } = await import("node:crypto");
    expect(document.sha256).toBe(createHash("sha256").update(report).digest("hex"));
    expect(document.archivedBy).toBe("Test editor");
    expect(candidates.map((c) => [c.value, c.qualifier, c.indicator, c.sourceId])).toEqual([
      [61, "at-least", "killed", "sohr"],
      [130, "more-than", "injured", "sohr"],
      [160_000, "about", "displaced", "sohr"],
    ]);
    for (const c of candidates) expect(report.slice(c.start, c.end)).toBe(c.quote);
    expect(candidates[2].placeIds).toEqual(["sheikh-maqsoud", "ashrafiyeh"]);

    // The text is staff-only; the change feed and its revision carry the hash, not the text.
    expect((await getDocument(read(`/api/documents/${document.id}`), params({ id: document.id }))).status).toBe(401);
    const stored = await (await getDocument(read(`/api/documents/${document.id}`, editorToken), params({ id: document.id }))).json();
    expect(stored.document.text).toBe(report);
    const db = await getDb();
    const [revision] = await db.select().from(revisions).where(and(eq(revisions.entity, "document"), eq(revisions.entityId, document.id)));
    expect(revision.changes).toMatchObject({ sha256: document.sha256, url: "https://example.org/sohr-update" });
    expect(JSON.stringify(revision.changes)).not.toContain("civilians");
    const atom = await (await getChangesAtom(read("/changes.atom"))).text();
    expect(atom).toContain("Archived report");

    // The same text again is the same document, whatever its line endings (a textarea sends CRLF): 200, nothing written twice.
    const again = await postDocument(apiRequest("/api/documents", { body: { text: report.replaceAll("\n", "\r\n") }, token: editorToken }));
    expect(again.status).toBe(200);
    expect((await again.json()).document.id).toBe(document.id);
    expect((await db.select().from(documents).where(eq(documents.sha256, document.sha256))).length).toBe(1);
  });

  it("adds the details a first paste left out when the same text comes again, keeping what it gave", async () => {
    const text = "About 3,000 families fled Ashrafiyeh overnight.";
    const first = await (await postDocument(apiRequest("/api/documents", { body: { text }, token: editorToken }))).json();
    expect(first.document.outlet).toBeUndefined();
    const again = await postDocument(apiRequest("/api/documents", { body: { text, outlet: "rudaw", url: "https://example.org/a" }, token: editorToken }));
    const { document, candidates } = await again.json();
    expect(document).toMatchObject({ id: first.document.id, outlet: "rudaw", url: "https://example.org/a" });
    expect(candidates[0].sourceId).toBe("rudaw");
    const third = await (await postDocument(apiRequest("/api/documents", { body: { text, outlet: "kurdistan24" }, token: editorToken }))).json();
    expect(third.document.outlet).toBe("rudaw");
    const db = await getDb();
    const updates = await db.select().from(revisions).where(and(eq(revisions.entity, "document"), eq(revisions.entityId, document.id), eq(revisions.action, "update")));
    expect(updates.map((r) => Object.keys(r.changes).sort())).toEqual([["outlet", "url"]]);
  });

  it("saves a report's figures all together or not at all: one repeating a stored claim refuses the write", async () => {
    const { createFigures } = await import("@/lib/write/figures");
    const { ImportValidationError } = await import("@/lib/import/errors");
    const writer = { author: "Test editor", userId: null, actor: "editor@example.org" };
    const claim = (value: number) => ({ indicator: "killed", group: "civilians", value, qualifier: "at-least", unit: "people", locationIds: ["sheikh-maqsoud"], reportedAt: "2026-01-16", dateNote: "shown on the page", sourceId: "sohr", quote: `At least ${value} civilians were killed.`, quoteLanguage: "en", status: "current" });
    const { ids } = await createFigures(await getDb(), writer, [claim(90)], "first");
    const before = (await (await getFigures(read("/api/figures?source=sohr&limit=1000"))).json()).figures.length;
    await expect(createFigures(await getDb(), writer, [claim(91), claim(90)], "second")).rejects.toBeInstanceOf(ImportValidationError);
    const after = (await (await getFigures(read("/api/figures?source=sohr&limit=1000"))).json()).figures.length;
    expect(after).toBe(before);
    expect(ids).toHaveLength(1);
  });

  it("takes a saved page as a file upload and reads its text without the markup", async () => {
    const form = new FormData();
    form.set("situation", "aleppo-2026");
    form.set("file", new Blob(["<html><head><script>var x = 99999;</script></head><body><nav>Home</nav><p>Nearly 2,000 families fled Ashrafiyeh on Friday, the council said.</p></body></html>"], { type: "application/octet-stream" }), "page.html");
    const response = await postDocument(new Request(`${BASE}/api/documents`, { method: "POST", body: form, headers: { Authorization: `Bearer ${editorToken}` } }));
    expect(response.status).toBe(201);
    const { candidates } = await response.json();
    expect(candidates.map((c: Candidate) => [c.value, c.qualifier, c.unit, c.indicator])).toEqual([[2000, "about", "households", "displaced"]]);
  });

  it("reads a PDF's text layer, and refuses a file that is not a PDF though named one, naming the file field", async () => {
    const { PDFDocument, StandardFonts } = await import("pdf-lib");
    const pdf = await PDFDocument.create();
    const page = pdf.addPage([595, 842]);
    page.drawText("About 5,000 people fled Ashrafiyeh on Saturday, OCHA said.", { x: 50, y: 780, size: 12, font: await pdf.embedFont(StandardFonts.Helvetica) });
    const upload = (bytes: Uint8Array, name: string) => {
      const form = new FormData();
      form.set("file", new Blob([bytes as BlobPart]), name);
      return postDocument(new Request(`${BASE}/api/documents`, { method: "POST", body: form, headers: { Authorization: `Bearer ${editorToken}` } }));
    };
    const read = await upload(await pdf.save(), "ocha.pdf");
    expect(read.status).toBe(201);
    const { candidates } = await read.json();
    expect(candidates.map((c: Candidate) => [c.value, c.qualifier, c.indicator, c.sourceId, c.placeIds])).toEqual([[5000, "about", "displaced", "ocha", ["ashrafiyeh"]]]);
    const fake = await upload(new TextEncoder().encode("%PDF-1.7 but nothing after"), "fake.pdf");
    expect(fake.status).toBe(422);
    expect((await fake.json()).errors).toEqual([expect.objectContaining({ column: "file", message: "is not a PDF that can be read" })]);
  });

  it("links a claim to its document: readers see the hash and date, and a quote not in the document is flagged", async () => {
    const text = "The Kurdish Red Crescent said 48 wounded people were evacuated from Khalid Fajr hospital.";
    const { document, candidates } = await (await postDocument(apiRequest("/api/documents", { body: { text, outlet: "kurdistan24" }, token: editorToken }))).json();
    const [candidate] = candidates as Candidate[];
    expect(candidate).toMatchObject({ value: 48, indicator: "evacuated", sourceId: "kurdish-red-crescent", placeIds: ["khalid-fajr-hospital"] });
    const claim = (id: string, quote: string) => ({
      id,
      indicator: "evacuated",
      group: "wounded",
      value: 48,
      qualifier: "exact",
      unit: "people",
      locationIds: candidate.placeIds,
      reportedAt: "2026-01-11",
      dateNote: "shown on the page",
      sourceId: candidate.sourceId,
      quote,
      quoteLanguage: "en",
      status: "current",
      documentId: document.id,
    });
    expect((await postFigure(apiRequest("/api/figures", { body: claim("krc-evacuated-test", candidate.quote), token: editorToken }))).status).toBe(201);
    const detail = await (await getFigure(read("/api/figures/krc-evacuated-test"), params({ id: "krc-evacuated-test" }))).json();
    expect(detail.document).toMatchObject({ id: document.id, sha256: document.sha256, quoteFound: true, archivedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) });
    expect(JSON.stringify(detail)).not.toContain('"text"');

    const edited = claim("krc-evacuated-misquoted", "48 wounded were evacuated.");
    expect((await postFigure(apiRequest("/api/figures", { body: { ...edited, value: 47 }, token: editorToken }))).status).toBe(201);
    const flagged = await (await getFigure(read("/api/figures/krc-evacuated-misquoted"), params({ id: "krc-evacuated-misquoted" }))).json();
    expect(flagged.document.quoteFound).toBe(false);

    const unknown = await postFigure(apiRequest("/api/figures", { body: { ...claim("krc-no-document", candidate.quote), value: 46, documentId: "doc-0000000000000000" }, token: editorToken }));
    expect(unknown.status).toBe(422);
    expect((await unknown.json()).errors).toEqual([expect.objectContaining({ column: "document_id", message: "unknown document 'doc-0000000000000000'" })]);
  });
});
