import { createHmac } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousAxeViolations } from "./axe";
import { startOwnServer, type OwnServer } from "./own-server";
import { signInAs } from "./sign-in";
import { startSmtpSink } from "../fixtures/smtp-sink";
import { startWebhookReceiver } from "../fixtures/webhook-receiver";

// Alerts write and send: a server of this spec's own, with a local mail sink and webhook receiver; one project is enough.
const PORT = 3198;
const ADMIN = { email: "admin@example.org", password: "an admin password for alert tests" };
const DONOR = "donor@example.org";

let sink: Awaited<ReturnType<typeof startSmtpSink>>;
let hook: Awaited<ReturnType<typeof startWebhookReceiver>>;
let server: OwnServer;
let dataDir = "";
let hookSecret = "";

const serverEnv = (alerts: "on" | "off") => ({
  ADMIN_EMAIL: ADMIN.email,
  ADMIN_PASSWORD: ADMIN.password,
  SMTP_URL: sink.url,
  SMTP_FROM: "Sitrep <alerts@example.org>",
  SITE_URL: `http://127.0.0.1:${PORT}`,
  WEBHOOK_ALLOW_PRIVATE: "1",
  ALERTS_INTERVAL_MS: "300",
  ALERTS: alerts,
});

test.describe.configure({ mode: "serial" });
test.beforeEach(({}, testInfo) => test.skip(testInfo.project.name !== "desktop", "one server of its own, written to in turn"));

test.beforeAll(async ({}, testInfo) => {
  if (testInfo.project.name !== "desktop") return;
  test.setTimeout(90_000);
  sink = await startSmtpSink();
  hook = await startWebhookReceiver();
  server = await startOwnServer(PORT, serverEnv("on"));
  dataDir = server.dataDir;
});

test.afterAll(async () => {
  await server?.stop();
  await sink?.close();
  await hook?.close();
});

const mailsTo = (address: string) => sink.messages.filter((m) => (m.to && "text" in m.to ? m.to.text : "") === address);
const alertMails = () => mailsTo(DONOR).filter((m) => !m.subject?.startsWith("Confirm"));
const headlineHooks = () => hook.received.filter((h) => JSON.parse(h.body).sitrep.notices.some((n: { type: string }) => n.type === "headline"));

/** A write through the API with the editor's session, as the page's own scripts send it. */
async function write(page: Page, method: "POST" | "PATCH", path: string, data: Record<string, unknown>) {
  const response = await page.request.fetch(`${server.url}${path}`, { method, data, headers: { Origin: server.url, "If-Match": "*" } });
  expect(response.status(), await response.text()).toBeLessThan(300);
}

test("a donor subscribes on the situation's page and confirms from the email", async ({ page }) => {
  await page.goto(`${server.url}/en/aleppo-2026`);
  await page.getByRole("link", { name: "Get an email when figures change" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Email alerts");
  await expectNoSeriousAxeViolations(page);
  // A bad address is refused beside its field; nothing is sent.
  await page.getByLabel("Your email address").fill("not an address");
  await page.getByLabel("Your email address").evaluate((input: HTMLInputElement) => (input.type = "text"));
  await page.getByRole("button", { name: "Subscribe" }).click();
  await expect(page.getByText("Enter an email address, e.g. name@example.org.")).toBeVisible();
  await page.getByLabel("Your email address").fill(DONOR);
  await page.getByRole("checkbox", { name: "Displaced", exact: true }).check();
  await page.getByRole("button", { name: "Subscribe" }).click();
  await expect(page.getByRole("status")).toContainText("Check your inbox");

  await expect.poll(() => mailsTo(DONOR).length, { timeout: 15_000 }).toBe(1);
  const confirmation = mailsTo(DONOR)[0];
  expect(confirmation.subject).toContain("Confirm your Sitrep alerts");
  const link = /Confirm: (\S+)/.exec(confirmation.text ?? "")![1];
  await page.goto(link.replace(/^https?:\/\/[^/]+/, server.url));
  await page.getByRole("button", { name: "Confirm" }).click();
  await expect(page.getByRole("status")).toContainText("Confirmed");
});

test("an editor adds a team channel's webhook and sees its secret once", async ({ browser }) => {
  const page = await signInAs(browser, server.url, ADMIN);
  await page.goto("/en/edit/alerts");
  await expectNoSeriousAxeViolations(page);
  await page.getByLabel("Webhook address").fill(hook.url);
  await page.getByRole("button", { name: "Add webhook" }).click();
  const secret = page.locator("[role=status] code");
  await expect(secret).toHaveText(/^[A-Za-z0-9_-]{40,}$/);
  hookSecret = (await secret.textContent()) ?? "";
  await expect(page.getByRole("rowheader", { name: hook.url })).toBeVisible();
  await page.reload();
  await expect(page.getByText(hookSecret)).toHaveCount(0);
});

test("when the displacement headline changes, the donor gets one clear email and the channel one signed webhook", async ({ browser }) => {
  test.setTimeout(60_000);
  const page = await signInAs(browser, server.url, ADMIN);
  await write(page, "POST", "/api/figures", {
    id: "e2e-ocha-displaced",
    indicator: "displaced",
    group: "all",
    value: 160000,
    qualifier: "about",
    unit: "people",
    locationIds: ["sheikh-maqsoud", "ashrafiyeh"],
    countKind: "cumulative",
    reportedAt: "2026-01-14",
    dateNote: "date shown on page",
    sourceId: "ocha",
    quote: "About 160,000 people displaced.",
    quoteLanguage: "en",
    status: "current",
  });
  await write(page, "PATCH", "/api/figures/aleppo-authorities-seed-displaced", { pinnedReason: null, reason: "OCHA's later count is the one the cluster uses" });
  await write(page, "PATCH", "/api/figures/e2e-ocha-displaced", { pinnedReason: "The count the cluster uses", reason: "Pinned" });

  await expect.poll(() => alertMails().length, { timeout: 20_000 }).toBe(1);
  await expect.poll(() => headlineHooks().length, { timeout: 20_000 }).toBe(1);
  // Settled: nothing more comes of the same change.
  await page.waitForTimeout(2_000);
  expect(alertMails()).toHaveLength(1);
  expect(headlineHooks()).toHaveLength(1);

  const mail = alertMails()[0];
  expect(mail.subject).toContain("Displaced (all groups) now about 160,000");
  expect(mail.text).toContain("the figure shown is now about 160,000 people, said by OCHA on 14 January 2026");
  expect(mail.text).toMatch(/Source and quote: \S+\/en\/figures\/e2e-ocha-displaced/);
  expect(mail.headerLines.some((h) => h.key === "list-unsubscribe-post")).toBe(true);
  const [delivery] = headlineHooks();
  expect(delivery.headers["x-sitrep-signature"]).toBe(`sha256=${createHmac("sha256", hookSecret).update(delivery.body).digest("hex")}`);
  expect(JSON.parse(delivery.body).text).toContain("about 160,000");
});

test("a restart between a write and its delivery loses nothing and sends nothing twice", async ({ browser }) => {
  test.setTimeout(120_000);
  // The write is made by a server that sends nothing, and stops: its notice is not yet decided, let alone sent.
  await server.stop({ keepData: true });
  server = await startOwnServer(PORT, serverEnv("off"), { dataDir });
  const page = await signInAs(browser, server.url, ADMIN);
  await write(page, "PATCH", "/api/figures/e2e-ocha-displaced", { value: 162000, reason: "OCHA's correction" });
  await server.stop({ keepData: true });
  expect(alertMails()).toHaveLength(1);

  server = await startOwnServer(PORT, serverEnv("on"), { dataDir });
  await expect.poll(() => alertMails().length, { timeout: 20_000 }).toBe(2);
  await expect.poll(() => headlineHooks().length, { timeout: 20_000 }).toBe(2);
  await page.waitForTimeout(2_000);
  expect(alertMails()).toHaveLength(2);
  expect(headlineHooks()).toHaveLength(2);
  expect(alertMails()[1].text).toContain("about 162,000");
});

test("the donor unsubscribes from the email's link and hears nothing more", async ({ browser, page }) => {
  test.setTimeout(60_000);
  const link = /Unsubscribe in one click: (\S+)/.exec(alertMails()[1].text ?? "")![1];
  await page.goto(link.replace(/^https?:\/\/[^/]+/, server.url));
  await expectNoSeriousAxeViolations(page);
  await page.getByRole("button", { name: "Unsubscribe" }).click();
  await expect(page.getByRole("status")).toContainText("no more emails");

  const editor = await signInAs(browser, server.url, ADMIN);
  await write(editor, "PATCH", "/api/figures/e2e-ocha-displaced", { value: 163000, reason: "Another correction" });
  await expect.poll(() => headlineHooks().length, { timeout: 20_000 }).toBe(3);
  expect(alertMails()).toHaveLength(2);
});
