import { beforeAll, describe, expect, it } from "vitest";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { GET as getChangesAtom } from "@/app/changes.atom/route";
import { GET as getFigures, POST as postFigure } from "@/app/api/figures/route";
import { GET as getFigure, PATCH as patchFigure } from "@/app/api/figures/[id]/route";
import { POST as postImport } from "@/app/api/import/route";
import { POST as revert } from "@/app/api/revisions/[id]/revert/route";
import { DELETE as signOut, POST as signIn } from "@/app/api/session/route";
import { POST as postSource, GET as getSources } from "@/app/api/sources/route";
import { GET as getLocations } from "@/app/api/locations/route";
import { DELETE as revokeToken } from "@/app/api/tokens/[id]/route";
import { POST as postToken } from "@/app/api/tokens/route";
import { POST as postUser } from "@/app/api/users/route";
import { PATCH as patchUser } from "@/app/api/users/[id]/route";
import { readAuditLog } from "@/lib/auth/audit";
import { peerAddressHeader } from "@/lib/auth/request-facts";
import { getDb } from "@/lib/db";
import { openDatabase } from "@/lib/db/client";
import { figureFromRow } from "@/lib/db/mappers";
import { figures, revisions } from "@/lib/db/schema";
import { and, eq } from "drizzle-orm";
import { importDataset } from "@/lib/import/import-dataset";
import { buildFigure, FIGURES_CSV_HEAD, figureCsvRow } from "../fixtures/figure-builder";
import { createStaffTokens } from "../fixtures/staff-tokens";
import { apiRequest, BASE, type RequestInit } from "../fixtures/api-request";

let editorToken = "";
let adminToken = "";

/** As the editor's script, unless a test says otherwise. */
const request = (path: string, init: RequestInit = {}) => apiRequest(path, { token: editorToken, ...init });
const params = <T>(value: T) => ({ params: Promise.resolve(value) });
const detail = async (id: string) => getFigure(new Request(`${BASE}/api/figures/${id}`), params({ id }));

beforeAll(async () => {
  ({ editorToken, adminToken } = await createStaffTokens());
});

describe("who may write", () => {
  it("answers 401 without a session or token, and writes nothing", async () => {
    const response = await postFigure(request("/api/figures", { body: buildFigure({ id: "no-auth" }), token: null }));
    expect(response.status).toBe(401);
    expect(response.headers.get("www-authenticate")).toContain("Bearer");
    expect((await detail("no-auth")).status).toBe(404);
  });

  it("answers 403 to a write from another site and to an editor managing accounts", async () => {
    const foreign = await postFigure(request("/api/figures", { body: buildFigure({ id: "foreign" }), headers: { Origin: "https://elsewhere.example" } }));
    expect(foreign.status).toBe(403);
    const editorAddsUser = await postUser(request("/api/users", { body: { email: "x@example.org", name: "X", password: "long enough password" } }));
    expect(editorAddsUser.status).toBe(403);
    expect((await postUser(request("/api/users", { body: { email: "x@example.org", name: "X", password: "long enough password" }, token: adminToken }))).status).toBe(201);
  });

  it("signs in with a cookie that is HTTP-only and SameSite, and refuses its use from a request without an origin", async () => {
    const response = await signIn(request("/api/session", { body: { email: "Editor@Example.org", password: "correct horse battery" }, token: null, headers: { Origin: BASE } }));
    expect(response.status).toBe(200);
    const cookie = response.headers.get("set-cookie") as string;
    expect(cookie).toMatch(/^sitrep_session=sitrep_session_/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=lax/i);
    const session = cookie.split(";")[0];
    const noOrigin = await postFigure(request("/api/figures", { body: buildFigure({ id: "cookie-no-origin" }), token: null, headers: { Cookie: session } }));
    expect(noOrigin.status).toBe(403);
    const sameOrigin = await postFigure(request("/api/figures", { body: buildFigure({ id: "cookie-same-origin", value: 11 }), token: null, headers: { Cookie: session, Origin: BASE, Host: "localhost" } }));
    expect(sameOrigin.status).toBe(201);
    expect((await signOut(request("/api/session", { method: "DELETE", token: null, headers: { Cookie: session, Origin: BASE, Host: "localhost" } }))).status).toBe(204);
    const afterSignOut = await postFigure(request("/api/figures", { body: buildFigure({ id: "after-sign-out", value: 12 }), token: null, headers: { Cookie: session, Origin: BASE, Host: "localhost" } }));
    expect(afterSignOut.status).toBe(401);
  });

  it("pauses sign-in for an account after five wrong passwords: 429 with Retry-After, even with the right one", async () => {
    const attempt = (password: string) => signIn(request("/api/session", { body: { email: "admin@example.org", password }, token: null, headers: { "X-Forwarded-For": "203.0.113.9" } }));
    for (let i = 0; i < 5; i++) expect((await attempt("wrong password")).status).toBe(401);
    const paused = await attempt("correct horse battery staple");
    expect(paused.status).toBe(429);
    expect(Number(paused.headers.get("retry-after"))).toBeGreaterThan(0);
  });

  it("counts failed sign-ins by the connection's address, whatever X-Forwarded-For a client sends, and logs that address", async () => {
    const attempt = (i: number) =>
      signIn(request("/api/session", { body: { email: `nobody-${i}@example.org`, password: "wrong password" }, token: null, headers: { [peerAddressHeader()]: "198.51.100.7", "X-Forwarded-For": `10.0.0.${i}` } }));
    for (let i = 0; i < 20; i++) expect((await attempt(i)).status).toBe(401);
    expect((await attempt(20)).status).toBe(429);
    const [latest] = await readAuditLog(await getDb(), { limit: 1 });
    expect(latest).toMatchObject({ address: "198.51.100.7" });
  });

  it("answers 404, not a database error, to ids no integer column can hold", async () => {
    const big = "2147483648";
    expect((await revert(request(`/api/revisions/${big}/revert`), params({ id: big }))).status).toBe(404);
    expect((await revokeToken(request(`/api/tokens/${big}`, { method: "DELETE" }), params({ id: big }))).status).toBe(404);
    expect((await patchUser(request("/api/users/99999999999", { method: "PATCH", body: { disabled: true }, token: adminToken }), params({ id: "99999999999" }))).status).toBe(404);
    expect((await revert(request("/api/revisions/1e3/revert"), params({ id: "1e3" }))).status).toBe(404);
  });

  it("lets a token write until it is revoked", async () => {
    const created = await postToken(request("/api/tokens", { body: { name: "script" } }));
    expect(created.status).toBe(201);
    const { token, id } = (await created.json()) as { token: string; id: number };
    expect((await postFigure(request("/api/figures", { body: buildFigure({ id: "by-token", value: 13 }), token }))).status).toBe(201);
    expect((await revokeToken(request(`/api/tokens/${id}`, { method: "DELETE", token }), params({ id: String(id) }))).status).toBe(204);
    expect((await postFigure(request("/api/figures", { body: buildFigure({ id: "after-revoke", value: 14 }), token }))).status).toBe(401);
  });
});

describe("adding and revising a claim", () => {
  it("names each bad field with 422 and writes nothing", async () => {
    const response = await postFigure(request("/api/figures", { body: { ...buildFigure({ id: "bad-claim" }), value: -3, sourceId: "no-such-source" } }));
    expect(response.status).toBe(422);
    const { errors } = (await response.json()) as { errors: { column: string; message: string }[] };
    expect(errors.map((e) => e.column)).toContain("value");
    expect((await detail("bad-claim")).status).toBe(404);
  });

  it("refuses a body over 1 MB with 413", async () => {
    const response = await postFigure(request("/api/figures", { body: buildFigure({ id: "huge", quote: "x".repeat(1_100_000) }) }));
    expect(response.status).toBe(413);
  });

  it("reports a claim that repeats a stored one under a new id instead of adding it twice", async () => {
    const stored = figureFromRow((await (await getDb()).select().from(figures).limit(1))[0]);
    const response = await postFigure(request("/api/figures", { body: { ...stored, id: "the-same-again" } }));
    expect(response.status).toBe(409);
    expect(await response.json()).toMatchObject({ duplicateOf: stored.id });
  });

  it("keeps the old value in the history when a claim is revised, and refuses a stale If-Match with 409", async () => {
    expect((await postFigure(request("/api/figures", { body: buildFigure({ id: "revise-me", value: 43, qualifier: "at-least" }) }))).status).toBe(201);
    const etag = (await detail("revise-me")).headers.get("etag") as string;
    expect(etag).toMatch(/^"fig-1\./);
    expect((await patchFigure(request("/api/figures/revise-me", { method: "PATCH", body: { value: 50, reason: "SOHR update" } }), params({ id: "revise-me" }))).status).toBe(428);
    const revised = await patchFigure(request("/api/figures/revise-me", { method: "PATCH", body: { value: 50, reason: "SOHR update" }, headers: { "If-Match": etag } }), params({ id: "revise-me" }));
    expect(revised.status).toBe(200);
    expect(await revised.json()).toMatchObject({ figureVersion: 2, changes: { value: { from: 43, to: 50 } } });
    const stale = await patchFigure(request("/api/figures/revise-me", { method: "PATCH", body: { value: 51, reason: "late" }, headers: { "If-Match": etag } }), params({ id: "revise-me" }));
    expect(stale.status).toBe(409);
    expect(await stale.json()).toMatchObject({ version: 2 });
    const body = (await (await detail("revise-me")).json()) as { claim: { value: number }; revisions: { action: string; author: string; changes: Record<string, unknown> }[] };
    expect(body.claim.value).toBe(50);
    expect(body.revisions.map((r) => r.action)).toEqual(["create", "update"]);
    expect(body.revisions[1]).toMatchObject({ author: "Test editor", changes: { value: { from: 43, to: 50 } } });
  });

  it("lists the last change first in the Atom feed, old → new, with who, why and a link", async () => {
    const response = await getChangesAtom(new Request(`${BASE}/changes.atom`));
    expect(response.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
    const xml = await response.text();
    expect(XMLValidator.validate(xml)).toBe(true);
    const { feed } = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "" }).parse(xml);
    expect(feed.xmlns).toBe("http://www.w3.org/2005/Atom");
    const rfc3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
    expect(feed.updated).toMatch(rfc3339);
    const [last] = [feed.entry].flat();
    expect(last.title).toContain("at least 43 → at least 50");
    expect(last.updated).toMatch(rfc3339);
    expect(last.author.name).toBe("Test editor");
    expect(last.summary["#text"]).toContain("SOHR update");
    expect(last.link.href).toBe(`${BASE}/en/figures/revise-me`);
  });

  it("lets exactly one of two concurrent edits with the same If-Match win", async () => {
    expect((await postFigure(request("/api/figures", { body: buildFigure({ id: "race", value: 20 }) }))).status).toBe(201);
    const etag = (await detail("race")).headers.get("etag") as string;
    const edit = (value: number) => patchFigure(request("/api/figures/race", { method: "PATCH", body: { value, reason: `set ${value}` }, headers: { "If-Match": etag } }), params({ id: "race" }));
    const statuses = (await Promise.all([edit(21), edit(22)])).map((r) => r.status).sort();
    expect(statuses).toEqual([200, 409]);
  });

  it("reverts a revision with a new one, and refuses a revert that later edits overtook", async () => {
    expect((await postFigure(request("/api/figures", { body: buildFigure({ id: "undo-me", value: 30 }) }))).status).toBe(201);
    let etag = (await detail("undo-me")).headers.get("etag") as string;
    await patchFigure(request("/api/figures/undo-me", { method: "PATCH", body: { value: 31, reason: "typo" }, headers: { "If-Match": etag } }), params({ id: "undo-me" }));
    const revisions = ((await (await detail("undo-me")).json()) as { revisions: { id: number }[] }).revisions;
    const update = revisions[1].id;
    etag = (await detail("undo-me")).headers.get("etag") as string;
    await patchFigure(request("/api/figures/undo-me", { method: "PATCH", body: { value: 32, reason: "again" }, headers: { "If-Match": etag } }), params({ id: "undo-me" }));
    expect((await revert(request(`/api/revisions/${update}/revert`), params({ id: String(update) }))).status).toBe(409);
    const latest = ((await (await detail("undo-me")).json()) as { revisions: { id: number }[] }).revisions.at(-1)!.id;
    expect((await revert(request(`/api/revisions/${latest}/revert`), params({ id: String(latest) }))).status).toBe(200);
    const after = (await (await detail("undo-me")).json()) as { claim: { value: number }; revisions: unknown[] };
    expect(after.claim.value).toBe(31);
    expect(after.revisions).toHaveLength(4);
  });

  it("makes an id for a claim sent without one, from its source, indicator, group and date", async () => {
    const { id: _id, ...withoutId } = buildFigure({ id: "unused", value: 7, quote: "Seven, a test quote.", reportedAt: "2026-01-14" });
    const first = await postFigure(request("/api/figures", { body: withoutId }));
    expect(first.status).toBe(201);
    const { id } = (await first.json()) as { id: string };
    expect(id).toMatch(/^sohr-killed-civilians-2026-01-14(-\d+)?$/);
    expect((await detail(id)).status).toBe(200);
  });

  it("adds a source that a claim may then name; an id in use is a conflict", async () => {
    const source = { id: "test-monitor", name: "Test Monitor", short: "TM", kind: "monitoring-group", reliability: "C", reliabilityReason: "Test grade." };
    expect((await postSource(request("/api/sources", { body: source }))).status).toBe(201);
    expect((await postSource(request("/api/sources", { body: source }))).status).toBe(409);
    expect((await postFigure(request("/api/figures", { body: buildFigure({ id: "by-test-monitor", sourceId: "test-monitor", value: 9 }) }))).status).toBe(201);
    // The change feed follows sources too, not only claims.
    const { feed } = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "" }).parse(await (await getChangesAtom(new Request(`${BASE}/changes.atom`))).text());
    const added = [feed.entry].flat().find((entry: { title: string }) => entry.title === "Added: Source: Test Monitor");
    expect(added?.link.href).toBe(`${BASE}/en/figures?source=test-monitor`);
  });

  it("reverts the adding of a source nothing names by removing it (and that removal too), and refuses while a claim names it", async () => {
    const db = await getDb();
    const creationOf = async (id: string) =>
      (await db.select().from(revisions).where(and(eq(revisions.entity, "source"), eq(revisions.entityId, id), eq(revisions.action, "create"))))[0].id;
    const inUse = await revert(request(`/api/revisions/${await creationOf("test-monitor")}/revert`), params({ id: String(await creationOf("test-monitor")) }));
    expect(inUse.status).toBe(409);
    expect(((await inUse.json()) as { error: string }).error).toContain("1 claims");

    const typo = { id: "test-typo", name: "Tset Monitor", short: "TT", kind: "monitoring-group", reliability: "C", reliabilityReason: "Test grade." };
    expect((await postSource(request("/api/sources", { body: typo }))).status).toBe(201);
    const created = await creationOf("test-typo");
    expect((await revert(request(`/api/revisions/${created}/revert`), params({ id: String(created) }))).status).toBe(200);
    const ids = async () => ((await (await getSources(new Request(`${BASE}/api/sources`))).json()) as { sources: { id: string }[] }).sources.map((s) => s.id);
    expect(await ids()).not.toContain("test-typo");
    const [removal] = await db.select().from(revisions).where(and(eq(revisions.entityId, "test-typo"), eq(revisions.action, "remove")));
    expect(removal).toMatchObject({ reverts: created, changes: expect.objectContaining({ name: "Tset Monitor" }) });
    const { feed } = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "" }).parse(await (await getChangesAtom(new Request(`${BASE}/changes.atom`))).text());
    expect([feed.entry].flat()[0].title).toBe("Removed: Source: Tset Monitor");
    // The removal is a revision like any other: reverting it brings the source back as it was.
    expect((await revert(request(`/api/revisions/${removal.id}/revert`), params({ id: String(removal.id) }))).status).toBe(200);
    expect(await ids()).toContain("test-typo");
  });
});

describe("POST /api/import", () => {
  const csv = (...rows: string[]) => `${FIGURES_CSV_HEAD}\n${rows.join("\n")}\n`;

  it("previews every row on a dry run and writes nothing; then commits all rows", async () => {
    const file = csv(figureCsvRow({ id: "import-a", killed: "7" }), figureCsvRow({ id: "import-b", killed: "8" }));
    const preview = await postImport(request("/api/import?dryRun=1", { csv: file }));
    expect(preview.status).toBe(200);
    expect(await preview.json()).toMatchObject({ dryRun: true, added: 2, rows: [{ row: 3, id: "import-a", action: "add" }, { row: 4, id: "import-b", action: "add" }] });
    expect((await detail("import-a")).status).toBe(404);
    const committed = await postImport(request("/api/import", { csv: file }));
    expect(await committed.json()).toMatchObject({ dryRun: false, added: 2 });
    expect((await detail("import-b")).status).toBe(200);
  });

  it("commits nothing when one row is bad, naming its row and column", async () => {
    const file = csv(figureCsvRow({ id: "import-good", killed: "5" }), figureCsvRow({ id: "import-bad", killed: "many" }));
    const response = await postImport(request("/api/import", { csv: file }));
    expect(response.status).toBe(422);
    expect(((await response.json()) as { errors: { row: number; column: string }[] }).errors).toEqual([expect.objectContaining({ row: 4, column: "killed" })]);
    expect((await detail("import-good")).status).toBe(404);
  });

  it("says which Content-Type it takes", async () => {
    expect((await postImport(request("/api/import", { body: { not: "csv" } }))).status).toBe(415);
  });

  it("imports what it exports: the export, imported into an empty database, gives the same claims", async () => {
    const exported = await (await getFigures(new Request(`${BASE}/api/figures?format=csv`))).text();
    const sources = ((await (await getSources(new Request(`${BASE}/api/sources`))).json()) as { sources: unknown[] }).sources;
    const locations = await (await getLocations(new Request(`${BASE}/api/locations`))).json();
    const previous = process.env.DATA_DIR;
    const previousUrl = process.env.DATABASE_URL;
    process.env.DATA_DIR = "memory://";
    delete process.env.DATABASE_URL;
    const empty = await openDatabase();
    process.env.DATA_DIR = previous;
    if (previousUrl) process.env.DATABASE_URL = previousUrl;
    try {
      await importDataset(empty.db, { sources, locations, figuresCsv: exported }, { author: "test", reason: "round trip", skipDataRules: true });
      const original = (await (await getDb()).select().from(figures)).map(figureFromRow);
      const copy = (await empty.db.select().from(figures)).map(figureFromRow);
      const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
      expect(copy.sort(byId)).toEqual(original.sort(byId));
    } finally {
      await empty.close();
    }
  });
});
