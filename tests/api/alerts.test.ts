import { createHmac } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { POST as postSubscription, GET as getSubscriptions } from "@/app/api/subscriptions/route";
import { POST as postConfirm } from "@/app/api/subscriptions/confirm/route";
import { POST as postUnsubscribe } from "@/app/api/subscriptions/unsubscribe/route";
import { POST as postFigure } from "@/app/api/figures/route";
import { PATCH as patchFigure } from "@/app/api/figures/[id]/route";
import { GET as getChangesAtom } from "@/app/changes.atom/route";
import { getDb } from "@/lib/db";
import { openDatabase } from "@/lib/db/client";
import { outbox, subscriptions } from "@/lib/db/schema";
import { MAX_FAILURES } from "@/lib/alerts/deliver-due";
import { queueNotices } from "@/lib/alerts/queue-notices";
import { runAlerts } from "@/lib/alerts/run-alerts";
import { situationModelFor } from "@/lib/queries/situation-model";
import { apiRequest, BASE } from "../fixtures/api-request";
import { buildFigure } from "../fixtures/figure-builder";
import { startSmtpSink } from "../fixtures/smtp-sink";
import { createStaffTokens } from "../fixtures/staff-tokens";
import { startWebhookReceiver } from "../fixtures/webhook-receiver";

const ORIGIN = "https://sitrep.example.org";
let sink: Awaited<ReturnType<typeof startSmtpSink>>;
let hook: Awaited<ReturnType<typeof startWebhookReceiver>>;
let editorToken = "";
let clock = Date.now();
/** Each pass a little later, as the server's loop would run them; never before what the database calls now. */
const pass = async (advanceMs = 1_000) => runAlerts(await getDb(), { origin: ORIGIN, now: new Date((clock = Math.max(clock + advanceMs, Date.now()))), retryBaseMs: 1_000 });

const subscribe = (body: Record<string, unknown>, token: string | null = null) => postSubscription(apiRequest("/api/subscriptions", { body, token }));
const edit = (id: string, body: Record<string, unknown>) =>
  patchFigure(apiRequest(`/api/figures/${id}`, { method: "PATCH", body, token: editorToken, headers: { "If-Match": "*" } }), { params: Promise.resolve({ id }) });
const formPost = (url: string, fields: Record<string, string>) =>
  new Request(url.startsWith("http") ? url : `${BASE}${url}`, { method: "POST", headers: { "Content-Type": "application/x-www-form-urlencoded" }, body: new URLSearchParams(fields).toString() });
/** A header's value as sent, unfolded. */
const rawHeader = (mail: { headerLines: readonly { key: string; line: string }[] }, key: string) =>
  (mail.headerLines.find((h) => h.key === key)?.line ?? "").replace(/^[^:]+:\s*/, "").replace(/\r?\n\s+/g, "");
const signatureOf = (secret: string, body: string) => `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`;

let hookSecret = "";
let hookId = "";

beforeAll(async () => {
  sink = await startSmtpSink();
  hook = await startWebhookReceiver();
  process.env.SMTP_URL = sink.url;
  process.env.SITE_URL = ORIGIN;
  process.env.WEBHOOK_ALLOW_PRIVATE = "1";
  ({ editorToken } = await createStaffTokens());
});

afterAll(async () => {
  delete process.env.SMTP_URL;
  delete process.env.SITE_URL;
  delete process.env.WEBHOOK_ALLOW_PRIVATE;
  await sink.close();
  await hook.close();
});

describe("email and webhook alerts", () => {
  it("asks an address to confirm first, and sends nothing else until it does", async () => {
    const response = await subscribe({ kind: "email", target: "Donor@Example.org", situation: "aleppo-2026", indicators: ["displaced"], events: ["headline"] });
    expect(response.status).toBe(202);
    await pass();
    expect(sink.messages).toHaveLength(1);
    const [confirmation] = sink.messages;
    expect(confirmation.to && "text" in confirmation.to ? confirmation.to.text : "").toBe("donor@example.org");
    expect(confirmation.subject).toMatch(/^Confirm your Sitrep alerts: /);
    const link = /Confirm: (\S+)/.exec(confirmation.text ?? "")![1];
    const url = new URL(link);
    expect(url.pathname).toBe("/en/subscriptions/confirm");
    // Asking again (or someone else asking for this address) sends no second confirmation within the hour.
    expect((await subscribe({ kind: "email", target: "donor@example.org", situation: "aleppo-2026", indicators: ["displaced"], events: ["headline"] })).status).toBe(202);
    await pass();
    expect(sink.messages).toHaveLength(1);
    // A wrong token confirms nothing.
    expect((await postConfirm(formPost("/api/subscriptions/confirm", { id: url.searchParams.get("id")!, token: "forged" }))).status).toBe(404);
    const confirmed = await postConfirm(formPost("/api/subscriptions/confirm", { id: url.searchParams.get("id")!, token: url.searchParams.get("token")! }));
    expect(confirmed.status).toBe(303);
    expect(confirmed.headers.get("location")).toBe("/en/subscriptions/confirm?done=1&situation=aleppo-2026");
  });

  it("lets editors, not readers, add a webhook, its secret shown once, and refuses a private address unless allowed", async () => {
    const body = { kind: "webhook", target: hook.url, situation: "aleppo-2026", events: ["headline", "disagreement"] };
    expect((await subscribe(body)).status).toBe(401);
    delete process.env.WEBHOOK_ALLOW_PRIVATE;
    const refused = await subscribe({ ...body, target: "http://127.0.0.1:9/hook" }, editorToken);
    expect(refused.status).toBe(422);
    expect((await refused.json()).errors).toEqual([expect.objectContaining({ column: "target", message: expect.stringContaining("private, loopback or reserved") })]);
    process.env.WEBHOOK_ALLOW_PRIVATE = "1";
    const created = await subscribe(body, editorToken);
    expect(created.status).toBe(201);
    ({ secret: hookSecret, id: hookId } = await created.json());
    expect(hookSecret).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    const listed = await (await getSubscriptions(apiRequest("/api/subscriptions", { method: "GET", token: editorToken }))).json();
    expect(listed.subscriptions).toEqual([expect.objectContaining({ id: hookId, status: "active" })]);
    expect(JSON.stringify(listed)).not.toContain(hookSecret);
  });

  it("sends exactly one email and one signed webhook when the displacement headline changes, with the figure in words, its source, date and source panel", async () => {
    const before = sink.messages.length;
    const newer = buildFigure({ id: "ocha-newer-displaced", indicator: "displaced", group: "all", value: 160000, qualifier: "about", sourceId: "ocha", via: undefined, reportedAt: "2026-01-14", quote: "About 160,000 people displaced." });
    expect((await postFigure(apiRequest("/api/figures", { body: newer, token: editorToken }))).status).toBe(201);
    expect((await edit("aleppo-authorities-seed-displaced", { pinnedReason: null, reason: "OCHA's later count is the one the cluster uses" })).status).toBe(200);
    expect((await edit("ocha-newer-displaced", { pinnedReason: "The count the cluster uses", reason: "Pinned" })).status).toBe(200);
    await pass();
    await pass();
    expect(sink.messages.length - before).toBe(1);
    const mail = sink.messages.at(-1)!;
    expect(mail.subject).toMatch(/Displaced \(all groups\) now about 160,000$/);
    expect(mail.text).toContain("the figure shown is now about 160,000 people, said by OCHA on 14 January 2026");
    expect(mail.text).toContain("Before: about 155,000 people");
    expect(mail.text).toContain(`${ORIGIN}/en/figures/ocha-newer-displaced`);
    const unsubscribeHeader = rawHeader(mail, "list-unsubscribe");
    expect(rawHeader(mail, "list-unsubscribe-post")).toBe("List-Unsubscribe=One-Click");
    expect(unsubscribeHeader).toMatch(/^<https:\/\/sitrep\.example\.org\/api\/subscriptions\/unsubscribe\?id=mail-[0-9a-f]+&token=/);

    const hooks = hook.received.filter((h) => JSON.parse(h.body).sitrep.notices.some((n: { type: string }) => n.type === "headline"));
    expect(hooks).toHaveLength(1);
    const [delivery] = hooks;
    expect(delivery.headers["x-sitrep-signature"]).toBe(signatureOf(hookSecret, delivery.body));
    const payload = JSON.parse(delivery.body);
    expect(payload.text).toContain("about 160,000");
    expect(payload.sitrep.notices).toContainEqual(expect.objectContaining({ type: "headline", cardKey: "displaced", url: `${ORIGIN}/en/figures/ocha-newer-displaced` }));
  });

  it("unsubscribes in one click from the message, and sends that address nothing more", async () => {
    const mail = sink.messages.at(-1)!;
    const oneClick = rawHeader(mail, "list-unsubscribe").slice(1, -1).replace(ORIGIN, BASE);
    const response = await postUnsubscribe(new Request(oneClick, { method: "POST", headers: { "Content-Type": "application/x-www-form-urlencoded" }, body: "List-Unsubscribe=One-Click" }));
    expect(response.status).toBe(200);
    const count = sink.messages.length;
    expect((await edit("ocha-newer-displaced", { value: 161000, reason: "OCHA's correction" })).status).toBe(200);
    await pass();
    expect(sink.messages.length).toBe(count);
    expect(hook.received.at(-1)!.body).toContain("about 161,000");
  });

  it("loses and repeats nothing across a restart between the write and the delivery, or a server that stopped mid-send", async () => {
    const db = await getDb();
    const sent = hook.received.length;
    expect((await edit("ocha-newer-displaced", { value: 162000, reason: "Another correction" })).status).toBe(200);
    // The write is decided and queued, then the process stops before sending: the notice waits in the outbox.
    await queueNotices(db, (await situationModelFor("aleppo-2026"))!, new Date(clock));
    const waiting = await db.select().from(outbox).where(eq(outbox.subscriptionId, hookId));
    expect(waiting.filter((r) => !r.sentAt)).toHaveLength(1);
    // A server took it and stopped mid-send: its lease holds it, then another server sends it, once.
    await db.update(outbox).set({ lockedUntil: new Date(clock + 60_000).toISOString() }).where(eq(outbox.subscriptionId, hookId));
    expect((await pass()).sent).toBe(0);
    expect((await pass(5 * 60_000)).sent).toBe(1);
    expect(await pass()).toMatchObject({ queued: 0, sent: 0 });
    expect(hook.received.length - sent).toBe(1);
  });

  it("tells of a figure that goes back to an earlier value: each change is a notice of its own", async () => {
    const before = hook.received.length;
    for (const value of [162500, 162000]) {
      expect((await edit("ocha-newer-displaced", { value, reason: "Back and forth" })).status).toBe(200);
      await pass();
    }
    expect(hook.received.slice(before).map((h) => JSON.parse(h.body).sitrep.notices[0].figure.value)).toEqual([162500, 162000]);
  });

  it("retries a failing webhook with backoff, then disables it with the reason shown to its editor", async () => {
    hook.answer.status = 500;
    expect((await edit("ocha-newer-displaced", { value: 163000, reason: "And another" })).status).toBe(200);
    const first = await pass();
    expect(first.failed).toBe(1);
    // Not again at once: the retry waits.
    expect((await pass(100)).failed).toBe(0);
    for (let i = 1; i < MAX_FAILURES; i++) expect((await pass(3_600_000)).failed).toBe(1);
    const [row] = await (await getDb()).select().from(subscriptions).where(eq(subscriptions.id, hookId));
    expect(row.status).toBe("disabled");
    expect(row.disabledReason).toContain("HTTP 500");
    const listed = await (await getSubscriptions(apiRequest("/api/subscriptions", { method: "GET", token: editorToken }))).json();
    expect(listed.subscriptions[0]).toMatchObject({ status: "disabled", disabledReason: expect.stringContaining("5 deliveries failed in a row") });
    hook.answer.status = 200;
  });

  it("gathers a digest subscription's notices into one message an hour", async () => {
    const created = await subscribe({ kind: "webhook", target: hook.url, situation: "aleppo-2026", events: ["claim"], digest: "hour" }, editorToken);
    expect(created.status).toBe(201);
    const count = hook.received.length;
    for (const [id, value] of [["digest-one", 11], ["digest-two", 12]] as const) {
      const claim = buildFigure({ id, indicator: "injured", group: "all", value, qualifier: "at-least", sourceId: "ocha", via: undefined, reportedAt: "2026-01-15", quote: `At least ${value} injured.` });
      expect((await postFigure(apiRequest("/api/figures", { body: claim, token: editorToken }))).status).toBe(201);
      await pass();
    }
    expect(hook.received.length).toBe(count);
    await pass(3_600_000);
    expect(hook.received.length).toBe(count + 1);
    expect(JSON.parse(hook.received.at(-1)!.body).sitrep.notices.map((n: { figure: { claimId: string } }) => n.figure.claimId)).toEqual(["digest-one", "digest-two"]);
  });

  it("gives each figure its own Atom feed: the changes to every claim about the same thing", async () => {
    const feed = await (await getChangesAtom(new Request(`${BASE}/changes.atom?figure=aleppo-authorities-seed-displaced`))).text();
    expect(feed).toContain("Another correction");
    expect(feed).toContain("/figures/ocha-newer-displaced");
    expect(feed).not.toContain("digest-one");
    expect((await getChangesAtom(new Request(`${BASE}/changes.atom?figure=no-such-claim`))).status).toBe(404);
  });

  it("says email alerts are off when the site has no mail server", async () => {
    delete process.env.SMTP_URL;
    const response = await subscribe({ kind: "email", target: "someone@example.org", situation: "aleppo-2026" });
    expect(response.status).toBe(503);
    expect((await response.json()).error).toContain("SMTP_URL");
    process.env.SMTP_URL = sink.url;
  });

  it.runIf(process.env.SITREP_TEST_DB === "postgres")("sends each notice once when two servers share one PostgreSQL", async () => {
    const second = await openDatabase();
    try {
      const created = await subscribe({ kind: "webhook", target: hook.url, situation: "aleppo-2026", events: ["headline"] }, editorToken);
      const { id } = await created.json();
      expect((await edit("ocha-newer-displaced", { value: 164000, reason: "Two servers" })).status).toBe(200);
      const now = new Date((clock += 1_000));
      const options = { origin: ORIGIN, now, retryBaseMs: 1_000 };
      await Promise.all([runAlerts(await getDb(), options), runAlerts(second.db, options), runAlerts(await getDb(), options), runAlerts(second.db, options)]);
      const mine = hook.received.filter((h) => JSON.parse(h.body).sitrep.notices.some((n: { figure?: { value: number } }) => n.figure?.value === 164000) && h.headers["x-sitrep-delivery"]?.toString().startsWith(id));
      expect(mine).toHaveLength(1);
    } finally {
      await second.close();
    }
  });
});
