import { count, eq } from "drizzle-orm";
import JSZip from "jszip";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as getChangesAtom } from "@/app/changes.atom/route";
import { GET as getChart } from "@/app/api/charts/[chart]/route";
import { POST as postFigure } from "@/app/api/figures/route";
import { GET as getFigure } from "@/app/api/figures/[id]/route";
import { POST as postImport } from "@/app/api/import/route";
import { POST as revert } from "@/app/api/revisions/[id]/revert/route";
import { DELETE as signOut, GET as whoAmI, POST as signIn } from "@/app/api/session/route";
import { GET as listTokens } from "@/app/api/tokens/route";
import { PATCH as patchUser } from "@/app/api/users/[id]/route";
import { GET as switchLanguage } from "@/app/language/route";
import { createApiToken } from "@/lib/auth/api-tokens";
import { endAccessOf } from "@/lib/auth/end-access";
import { createUser } from "@/lib/auth/users";
import { bumpDataVersion } from "@/lib/data-version/store";
import { learnDataVersion } from "@/lib/data-version/known";
import { getDb } from "@/lib/db";
import { events, figures, revisions } from "@/lib/db/schema";
import { proxy } from "@/proxy";
import { buildFigure, FIGURES_CSV_HEAD, figureCsvRow } from "../fixtures/figure-builder";
import { xmlError } from "../fixtures/strict-xml";
import { apiRequest, BASE, type RequestInit } from "../fixtures/api-request";

let editorToken = "";
let adminToken = "";
let editorId = 0;

/** As the editor's script, unless a test says otherwise. */
const request = (path: string, init: RequestInit = {}) => apiRequest(path, { token: editorToken, ...init });
const params = <T>(value: T) => ({ params: Promise.resolve(value) });
const figureCount = async () => (await (await getDb()).select({ n: count() }).from(figures))[0].n;
const revisionCount = async () => (await (await getDb()).select({ n: count() }).from(revisions))[0].n;

beforeAll(async () => {
  const db = await getDb();
  const editor = await createUser(db, { email: "editor@example.org", name: "Test editor", role: "editor", password: "correct horse battery" });
  const admin = await createUser(db, { email: "admin@example.org", name: "Test admin", role: "admin", password: "correct horse battery staple" });
  editorId = editor.id;
  editorToken = (await createApiToken(db, editor.id, "tests")).token;
  adminToken = (await createApiToken(db, admin.id, "tests")).token;
});

describe("the language switch never leads off the site", () => {
  const locationFor = async (path: string) => {
    const response = switchLanguage(new Request(`${BASE}/language?to=ar&path=${encodeURIComponent(path)}`));
    expect(response.status).toBe(303);
    return response.headers.get("location") as string;
  };

  it.each(["/..//evil.example", "/%2e%2e//evil.example", "/./..//evil.example", "/\\evil.example", "/..\\/evil.example", "/\t/evil.example", "/\n/evil.example", "//evil.example", "https://evil.example/", "/ar/../..//evil.example"])(
    "%j lands on a page of ours",
    async (path) => {
      const location = await locationFor(path);
      expect(location).toMatch(/^\/ar(\/|$|\?)/);
      expect(location.startsWith("//")).toBe(false);
      expect(new URL(location, BASE).origin).toBe(BASE);
    },
  );

  it("keeps an ordinary page and its filters", async () => {
    expect(await locationFor("/figures?indicator=killed")).toBe("/ar/figures?indicator=killed");
  });
});

describe("text that would break a feed or a file is refused at the edge", () => {
  it("refuses a control character in a claim's quote with a 422 naming the field; nothing is written", async () => {
    const [claims, history] = [await figureCount(), await revisionCount()];
    const response = await postFigure(request("/api/figures", { body: buildFigure({ id: "bell-quote", quote: "ctrl \u0007 bell" }) }));
    expect(response.status).toBe(422);
    const { errors } = (await response.json()) as { errors: { column: string; message: string }[] };
    expect(errors).toEqual([expect.objectContaining({ column: "quote", message: expect.stringContaining("U+0007") })]);
    expect([await figureCount(), await revisionCount()]).toEqual([claims, history]);
  });

  it("refuses one in a revision's reason", async () => {
    const response = await postFigure(request("/api/figures", { body: { ...buildFigure({ id: "bell-reason", value: 77 }), reason: "ctrl \u0007 bell" } }));
    expect(response.status).toBe(422);
    expect(((await response.json()) as { errors: { column: string }[] }).errors[0].column).toBe("reason");
    const body = JSON.stringify({ reason: "vertical \u000b tab" });
    const reverted = await revert(request("/api/revisions/1/revert", { body: JSON.parse(body), headers: { "Content-Length": String(body.length) } }), params({ id: "1" }));
    expect(reverted.status).toBe(422);
  });

  it("refuses a lone surrogate with a 422 naming the field, not a 500", async () => {
    const [claims, history] = [await figureCount(), await revisionCount()];
    const body = JSON.stringify({ ...buildFigure({ id: "surrogate" }), quote: "QUOTE" }).replace("QUOTE", "\\ud800");
    const response = await postFigure(new Request(`${BASE}/api/figures`, { method: "POST", headers: { Authorization: `Bearer ${editorToken}`, "Content-Type": "application/json" }, body }));
    expect(response.status).toBe(422);
    expect(((await response.json()) as { errors: { column: string; message: string }[] }).errors).toEqual([expect.objectContaining({ column: "quote", message: expect.stringContaining("UTF-16") })]);
    expect([await figureCount(), await revisionCount()]).toEqual([claims, history]);
  });

  it("refuses a control character in a CSV cell, naming its row and column; nothing is written", async () => {
    const claims = await figureCount();
    const csv = `${FIGURES_CSV_HEAD}\n${figureCsvRow({ id: "csv-ok" })}\n${figureCsvRow({ id: "csv-bad", quote: "Five \u0001\u0008 people." })}\n`;
    const response = await postImport(request("/api/import", { csv }));
    expect(response.status).toBe(422);
    expect(((await response.json()) as { errors: unknown[] }).errors).toEqual([expect.objectContaining({ row: 4, column: "quote", message: expect.stringContaining("U+0001") })]);
    expect(await figureCount()).toBe(claims);
  });
});

describe("feeds and files built from data stored before the rule stay well-formed", () => {
  beforeAll(async () => {
    const db = await getDb();
    // Rows written before control characters were refused: put there directly, as an old database holds them.
    await db.update(revisions).set({ reason: "ctrl \u0007 bell" }).where(eq(revisions.id, (await db.select({ id: revisions.id }).from(revisions).limit(1))[0].id));
    const [event] = await db.select({ id: events.id }).from(events).limit(1);
    await db.update(events).set({ title: "Title \u000b\u0001\u0008 with controls" }).where(eq(events.id, event.id));
    learnDataVersion(await db.transaction((tx) => bumpDataVersion(tx)));
  });

  it("the Atom feed parses as XML", async () => {
    const response = await getChangesAtom(new Request(`${BASE}/changes.atom`));
    expect(response.status).toBe(200);
    expect(xmlError(await response.text())).toBeNull();
  });

  it("the snapshot still reads them: the claim pages answer", async () => {
    expect((await getFigure(new Request(`${BASE}/api/figures/sohr-seed-injured`), params({ id: "sohr-seed-injured" }))).status).toBe(200);
  });

  it("the timeline's PowerPoint has only well-formed XML parts", async () => {
    const response = await getChart(new Request(`${BASE}/api/charts/timeline?format=pptx`), params({ chart: "timeline" }));
    expect(response.status).toBe(200);
    const zip = await JSZip.loadAsync(await response.arrayBuffer());
    const parts = Object.values(zip.files).filter((f) => !f.dir && /\.(xml|rels)$/.test(f.name));
    expect(parts.length).toBeGreaterThan(5);
    for (const part of parts) expect(xmlError(await part.async("string")), part.name).toBeNull();
  });
});

describe("a malformed session cookie is no session", () => {
  const badCookie = { Cookie: "sitrep_session=%ff", Origin: BASE, Host: "localhost" };

  it("answers 401 to who-am-I and 204 to sign-out, not 500", async () => {
    expect((await whoAmI(request("/api/session", { method: "GET", token: null, headers: badCookie }))).status).toBe(401);
    expect((await signOut(request("/api/session", { method: "DELETE", token: null, headers: badCookie }))).status).toBe(204);
  });

  it("answers 401 to a write carrying it", async () => {
    expect((await postFigure(request("/api/figures", { body: buildFigure({ id: "bad-cookie" }), token: null, headers: badCookie }))).status).toBe(401);
  });
});

describe("a credential change ends every way in", () => {
  const tokenWorks = async (token: string) => (await listTokens(request("/api/tokens", { method: "GET", token }))).status === 200;

  it("disabling and re-enabling an account leaves its old tokens revoked", async () => {
    const db = await getDb();
    const { token } = await createApiToken(db, editorId, "before disabling");
    expect(await tokenWorks(token)).toBe(true);
    for (const disabled of [true, false]) {
      expect((await patchUser(request(`/api/users/${editorId}`, { method: "PATCH", body: { disabled }, token: adminToken }), params({ id: String(editorId) }))).status).toBe(200);
    }
    expect(await tokenWorks(token)).toBe(false);
    editorToken = (await createApiToken(db, editorId, "after re-enabling")).token;
    expect(await tokenWorks(editorToken)).toBe(true);
  });

  it("a password change keeps the browser that made it and ends the account's other sessions and tokens", async () => {
    const db = await getDb();
    const { token } = await createApiToken(db, editorId, "an intruder's");
    const signInOnce = async () => {
      const response = await signIn(request("/api/session", { body: { email: "editor@example.org", password: "correct horse battery" }, token: null, headers: { Origin: BASE } }));
      return (response.headers.get("set-cookie") as string).split(";")[0].split("=")[1];
    };
    const [kept, other] = [await signInOnce(), await signInOnce()];
    await endAccessOf(db, editorId, kept);
    const session = (value: string) => whoAmI(request("/api/session", { method: "GET", token: null, headers: { Cookie: `sitrep_session=${value}` } }));
    expect((await session(kept)).status).toBe(200);
    expect((await session(other)).status).toBe(401);
    expect(await tokenWorks(token)).toBe(false);
    editorToken = (await createApiToken(db, editorId, "after the change")).token;
  });
});

describe("a sign-in with a character the database cannot hold", () => {
  it("is a 422 naming the email, not a 500", async () => {
    const response = await signIn(request("/api/session", { body: { email: "a\u0000b@example.org", password: "x" }, token: null, headers: { Origin: BASE } }));
    expect(response.status).toBe(422);
    expect(((await response.json()) as { errors: { column: string }[] }).errors[0].column).toBe("email");
  });
});

describe("sign-in guesses in parallel", () => {
  it("get at most five answers of 'wrong password' for one account, however many arrive at once", async () => {
    const email = "admin@example.org";
    const guesses = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        signIn(request("/api/session", { body: { email, password: `wrong guess ${i}` }, token: null, headers: { Origin: BASE, "X-Forwarded-For": `203.0.113.${i}` } })),
      ),
    );
    const statuses = guesses.map((g) => g.status);
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(5);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(35);
    expect(statuses.every((s) => s === 401 || s === 429)).toBe(true);
  });
});

describe("forms posted from another site", () => {
  const post = (headers: Record<string, string>) =>
    proxy(new NextRequest(`${BASE}/en/admin/users`, { method: "POST", headers: { Host: "localhost", Cookie: "sitrep_session=whatever", "Next-Action": "0123", ...headers }, body: "x" }));

  it("are refused with 403: Sec-Fetch-Site cross-site without an Origin, or a foreign Origin", async () => {
    expect((await post({ "Sec-Fetch-Site": "cross-site" })).status).toBe(403);
    expect((await post({ Origin: "https://evil.example" })).status).toBe(403);
    expect((await post({ Origin: "https://evil.example", "Sec-Fetch-Site": "same-site" })).status).toBe(403);
  });

  it("are refused at a page address that ends like a file name too", async () => {
    const response = await proxy(new NextRequest(`${BASE}/en/edit/claims/x.json`, { method: "POST", headers: { Host: "localhost", "Sec-Fetch-Site": "cross-site", "Next-Action": "0123" }, body: "x" }));
    expect(response.status).toBe(403);
  });

  it("from our own pages pass on", async () => {
    const response = await post({ Origin: BASE, "Sec-Fetch-Site": "same-origin" });
    expect(response.status).not.toBe(403);
  });
});

describe("redirects chosen by the reader's language", () => {
  it("say they vary by Accept-Language and Cookie", async () => {
    const response = await proxy(new NextRequest(`${BASE}/`, { headers: { "Accept-Language": "ar" } }));
    expect(response.status).toBeGreaterThanOrEqual(300);
    expect(response.status).toBeLessThan(400);
    expect(response.headers.get("location")).toContain("/ar");
    const vary = (response.headers.get("vary") ?? "").toLowerCase();
    expect(vary).toContain("accept-language");
    expect(vary).toContain("cookie");
  });
});

describe.runIf(process.env.SITREP_TEST_DB === "postgres")("with PostgreSQL out of reach", () => {
  it("reads that need the database, sign-in and writes answer 503 with Retry-After, not 500", async () => {
    const { closeDb } = await import("@/lib/db");
    const saved = process.env.DATABASE_URL as string;
    await closeDb();
    // A server that does not answer: the same effect on the pool as PostgreSQL stopped.
    const gone = new URL(saved);
    gone.port = "1";
    process.env.DATABASE_URL = gone.toString();
    try {
      const answers = [
        await getFigure(new Request(`${BASE}/api/figures/sohr-seed-injured`), params({ id: "sohr-seed-injured" })),
        await signIn(request("/api/session", { body: { email: "editor@example.org", password: "correct horse battery" }, token: null, headers: { Origin: BASE } })),
        await postFigure(request("/api/figures", { body: buildFigure({ id: "during-outage" }) })),
        await getChangesAtom(new Request(`${BASE}/changes.atom?outage=1`)),
      ];
      for (const [i, answer] of answers.entries()) {
        expect(answer.status, `answer ${i}`).toBe(503);
        expect(Number(answer.headers.get("retry-after")), `answer ${i}: ${await answer.clone().text()}`).toBeGreaterThan(0);
      }
    } finally {
      await closeDb();
      process.env.DATABASE_URL = saved;
    }
    expect((await getFigure(new Request(`${BASE}/api/figures/sohr-seed-injured`), params({ id: "sohr-seed-injured" }))).status).toBe(200);
  });
});
