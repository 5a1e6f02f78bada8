import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectNoSeriousAxeViolations } from "./axe";
import { pdfTextInReadingOrder } from "./pdf-tools";
import { startOwnServer, type OwnServer } from "./own-server";
import { signInAs } from "./sign-in";

// Staff write, so they get a server and database of their own; one project is enough.
const PORT = 3195;
const ADMIN = { email: "admin@example.org", password: "an admin password for tests", name: "Amal Admin" };
const EDITOR = { email: "editor@example.org", password: "an editor password for tests", name: "Esra Editor", role: "editor" };

let server: OwnServer;

test.describe.configure({ mode: "serial" });
test.beforeEach(({}, testInfo) => test.skip(testInfo.project.name !== "desktop", "one server of its own, written to once"));

/** A session for scripts: sign in through the API, as a page on the site would. */
async function apiSession(account: { email: string; password: string }): Promise<Record<string, string>> {
  const response = await fetch(`${server.url}/api/session`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Origin: server.url },
    body: JSON.stringify(account),
  });
  expect(response.status).toBe(200);
  const cookie = response.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  return { Cookie: cookie, Origin: server.url };
}

test.beforeAll(async ({}, testInfo) => {
  if (testInfo.project.name !== "desktop") return;
  test.setTimeout(90_000);
  server = await startOwnServer(PORT, { ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password, ADMIN_NAME: ADMIN.name });
  const added = await fetch(`${server.url}/api/users`, {
    method: "POST",
    headers: { ...(await apiSession(ADMIN)), "Content-Type": "application/json" },
    body: JSON.stringify(EDITOR),
  });
  expect(added.status).toBe(201);
});

test.afterAll(async () => {
  await server?.stop();
});

const signIn = (browser: Browser, account: { email: string; password: string }): Promise<Page> => signInAs(browser, server.url, account);

test("a reader sees no edit controls, and the edit pages send them to sign in", async ({ browser }) => {
  const page = await (await browser.newContext({ baseURL: server.url })).newPage();
  await page.goto("/en/figures/sohr-seed-injured");
  await expect(page.locator("blockquote")).toContainText("over 115 others injured");
  await page.waitForLoadState("networkidle");
  await expect(page.getByRole("navigation", { name: "Staff" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Edit this claim" })).toHaveCount(0);
  await page.goto("/en/edit/claims/sohr-seed-injured");
  await expect(page).toHaveURL(/\/en\/sign-in\?next=/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Staff sign-in");
  const write = await page.request.post("/api/figures", { data: { id: "x" }, headers: { Origin: server.url } });
  expect(write.status()).toBe(401);
});

test("an editor adds a claim, and an overview already open shows it within 10 seconds, marked new", async ({ browser }) => {
  test.setTimeout(60_000);
  const reader = await (await browser.newContext({ baseURL: server.url })).newPage();
  await reader.goto("/en/aleppo-2026");
  const injured = reader.getByRole("article", { name: "People injured" });
  await expect(injured.getByRole("link", { name: /all 2 reports from 2 sources/ })).toBeVisible();
  await expect(injured.getByTestId("new-since")).toHaveCount(0);
  await reader.waitForLoadState("networkidle");
  // The charts and the source panel, open as well, follow and mark it too.
  const charts = await reader.context().newPage();
  await charts.goto("/en/aleppo-2026/charts");
  const chart = charts.locator('figure[data-chart="killed-and-injured"]');
  await expect(chart.getByTestId("new-since")).toHaveCount(0);
  const panel = await reader.context().newPage();
  await panel.goto("/en/figures/sohr-seed-injured");
  await expect(panel.getByRole("heading", { level: 1 }).getByTestId("new-since")).toHaveCount(0);
  await Promise.all([charts.waitForLoadState("networkidle"), panel.waitForLoadState("networkidle")]);

  const editor = await signIn(browser, EDITOR);
  await editor.goto("/en/edit/claims/new");
  await editor.getByLabel("Source (who said it)").selectOption("rudaw");
  await editor.getByLabel("Quote, verbatim").fill("TEST: more than 150 people were injured in the two neighbourhoods.");
  await editor.getByLabel("Indicator").selectOption("injured");
  await editor.getByLabel("Qualifier (as the source words it)").selectOption("more-than");
  await editor.locator("[name=value]").fill("150");
  // The situation's places are ticked already: a claim about both neighbourhoods needs nothing more.
  for (const place of ["sheikh-maqsoud", "ashrafiyeh"]) await expect(editor.locator(`[name=locationIds][value=${place}]`)).toBeChecked();
  await editor.getByLabel("Reported on").fill("2026-01-12");
  await editor.getByLabel(/^Why it is added/).fill("Rudaw's evening update");
  await editor.getByRole("button", { name: "Save" }).click();
  // A claim that would change a headline asks first; this one may or may not.
  const saveAnyway = editor.getByRole("button", { name: "Save anyway" });
  const saved = editor.getByRole("status").filter({ hasText: "What readers now see:" });
  await expect(saveAnyway.or(saved)).toBeVisible();
  if (await saveAnyway.isVisible()) await saveAnyway.click();
  // Saved: the form says what readers now see, keeps the report's source and date for its next figure, and links the claim.
  await expect(saved).toBeVisible();
  await expect(editor.getByLabel("Source (who said it)")).toHaveValue("rudaw");
  await expect(editor.getByLabel("Reported on")).toHaveValue("2026-01-12");
  await expect(editor.getByLabel("Quote, verbatim")).toHaveValue("");
  await editor.getByRole("link", { name: "See what was saved" }).click();
  await expect(editor).toHaveURL(/\/en\/figures\/rudaw-injured-all-2026-01-12$/);
  await expect(editor.locator("blockquote")).toContainText("more than 150 people were injured");
  await expect(editor.getByText(`by ${EDITOR.name}: Rudaw's evening update`)).toBeVisible();

  await expect(injured.getByRole("link", { name: /all 3 reports from 3 sources/ })).toBeVisible({ timeout: 10_000 });
  await expect(injured.getByTestId("new-since")).toHaveText("New since you last looked");
  await expect(chart.getByTestId("new-since")).toBeVisible({ timeout: 10_000 });
  await expect(panel.getByRole("heading", { level: 1 }).getByTestId("new-since")).toBeVisible({ timeout: 10_000 });

  // 150 is more than 20 % above the headline: the card flags it until an editor decides.
  const flag = injured.getByTestId("flag-injured");
  await expect(flag).toContainText("Rudaw now says more than 150; headline more than 115.");
  await editor.goto("/en/edit/claims/rudaw-injured-all-2026-01-12");
  await editor.getByRole("button", { name: "Keep the headline, stop flagging" }).click();
  await expect(editor.getByRole("heading", { name: "Disagrees with the headline" })).toHaveCount(0);
  await expect(flag).toHaveCount(0, { timeout: 10_000 });

  // A newer count of one group of the killed card's sum: flagged against that part, and set aside from its edit page.
  const killed = reader.getByRole("article", { name: "People killed" });
  const civilians = await editor.request.post("/api/figures", {
    headers: { Origin: server.url },
    data: {
      id: "e2e-sohr-civilians-60",
      indicator: "killed",
      group: "civilians",
      value: 60,
      qualifier: "at-least",
      unit: "people",
      locationIds: ["sheikh-maqsoud", "ashrafiyeh"],
      reportedAt: "2026-01-13",
      dateNote: "TEST",
      sourceId: "sohr",
      url: "https://example.org/e2e-sohr",
      quote: "TEST: at least 60 civilians were killed.",
      quoteLanguage: "en",
      status: "current",
      reason: "SOHR's later count",
    },
  });
  expect(civilians.status(), await civilians.text()).toBe(201);
  await reader.goto("/en/aleppo-2026");
  await expect(killed.getByTestId("flag-killed")).toContainText("SOHR's newer count of civilians, at least 60 (13 January 2026), is not in this total of at least 82.", { timeout: 10_000 });
  await editor.goto("/en/edit/claims/e2e-sohr-civilians-60");
  await expect(editor.getByText(/pinning this claim would not change the sum/)).toBeVisible();
  await editor.getByRole("button", { name: "Keep the headline, stop flagging" }).click();
  await expect(killed.getByTestId("flag-killed")).toHaveCount(0, { timeout: 10_000 });

  // The change feed names it, with who and why.
  await reader.goto("/en/changes");
  const latest = reader.getByRole("main").getByRole("listitem").filter({ hasText: "Rudaw" }).first();
  await expect(latest).toContainText("Rudaw");
  await expect(latest).toContainText(EDITOR.name);
  const atom = await reader.request.get("/changes.atom");
  expect(atom.headers()["content-type"]).toContain("application/atom+xml");
  expect(await atom.text()).toContain("rudaw-injured-all-2026-01-12");
});

test("a claim form shows each error next to its field, and the staff pages pass axe", async ({ browser }) => {
  // axe reads every staff page in turn: a minute is tight on a busy two-core machine.
  test.setTimeout(120_000);
  const page = await signIn(browser, ADMIN);
  await expectNoSeriousAxeViolations(page);
  await page.goto("/en/edit/claims/new");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.locator("#field-quote-error")).toHaveText("is required");
  await expect(page.locator("#field-quote")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByRole("link", { name: "Quote, verbatim" })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  for (const path of ["/en/edit/claims/sohr-seed-injured", "/en/edit/sources/new", "/en/edit/events/new", "/en/edit/places/new", "/en/import", "/en/admin/users", "/en/admin/audit", "/en/changes"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoSeriousAxeViolations(page);
  }
});

test("the import preview names a bad row's column and commits nothing", async ({ browser }) => {
  const page = await signIn(browser, EDITOR);
  const header = "id,injured,group,qualifier,unit,location_ids,reported_at,date_note,source_id,quote,quote_language,status";
  const good = "e2e-import-good,160,all,about,people,sheikh-maqsoud;ashrafiyeh,2026-01-13,shown on page,rudaw,TEST: about 160 injured,en,current";
  const bad = "e2e-import-bad,lots,all,about,people,sheikh-maqsoud,2026-01-13,shown on page,rudaw,TEST: lots injured,en,current";
  await page.goto("/en/import");
  await page.getByLabel("CSV text").fill([header, good, bad].join("\n"));
  await page.getByRole("button", { name: "Preview" }).click();
  const problems = page.getByRole("alert").filter({ hasText: "Nothing can be imported" });
  await expect(problems).toBeVisible();
  await expect(problems.getByRole("row").nth(1)).toContainText(/3\s*injured/);
  // The good row is previewed too, with what it would add, numbered as in the file.
  await expect(page.getByRole("heading", { name: "What the other rows would do" })).toBeVisible();
  await expect(page.getByRole("row", { name: /e2e-import-good/ })).toContainText(/2\s*e2e-import-good\s*added: about 160: injured \(all groups\), Sheikh Maqsoud and Ashrafiyeh, rudaw, 13 January 2026/);
  await expect(page.getByRole("button", { name: "Commit all rows" })).toHaveCount(0);
  expect((await page.request.get("/api/figures/e2e-import-good")).status()).toBe(404);

  await page.getByLabel("CSV text").fill([header, good].join("\n"));
  await page.getByRole("button", { name: "Preview" }).click();
  await expect(page.getByRole("status").filter({ hasText: "to add" })).toContainText("1 to add, 0 to change");
  await expect(page.getByRole("row", { name: /e2e-import-good/ })).toContainText("added");
  expect((await page.request.get("/api/figures/e2e-import-good")).status()).toBe(404);
  // Text edited after its preview is previewed again, never committed unseen.
  await page.getByLabel("CSV text").fill([header, good.replace(",160,", ",170,")].join("\n"));
  await page.getByRole("button", { name: "Commit all rows" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "The text changed after its preview" })).toBeVisible();
  expect((await page.request.get("/api/figures/e2e-import-good")).status()).toBe(404);
  await page.getByRole("button", { name: "Commit all rows" }).click();
  await expect(page.getByText("Imported: 1 added, 0 changed.")).toBeVisible();
  await expect(page.getByRole("link", { name: "e2e-import-good" })).toHaveAttribute("href", "/en/figures/e2e-import-good");
  expect(((await (await page.request.get("/api/figures/e2e-import-good")).json()) as { claim: { value: number } }).claim.value).toBe(170);
  expect((await page.request.get("/api/figures/e2e-import-good")).status()).toBe(200);
});

test("an upload that is not UTF-8 is refused and never comes back as text a second preview could store", async ({ browser }) => {
  const page = await signIn(browser, EDITOR);
  const header = "id,injured,group,qualifier,unit,location_ids,reported_at,date_note,source_id,quote,quote_language,status";
  const row = "e2e-import-latin1,160,all,about,people,sheikh-maqsoud,2026-01-13,shown on page,rudaw,TEST: caf\u00e9 d\u00e9j\u00e0 vu,en,current";
  await page.goto("/en/import");
  await page.getByLabel("or a CSV file").setInputFiles({ name: "latin1.csv", mimeType: "text/csv", buffer: Buffer.from([header, row].join("\n"), "latin1") });
  await page.getByRole("button", { name: "Preview" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Nothing can be imported" })).toContainText("not UTF-8");
  await expect(page.getByLabel("CSV text")).toHaveValue("");
  expect((await page.request.get("/api/figures/e2e-import-latin1")).status()).toBe(404);
});

test("npm run import sends a CSV to the running server with a token", async () => {
  const created = await fetch(`${server.url}/api/tokens`, {
    method: "POST",
    headers: { ...(await apiSession(EDITOR)), "Content-Type": "application/json" },
    body: JSON.stringify({ name: "e2e script" }),
  });
  expect(created.status).toBe(201);
  const { token } = (await created.json()) as { token: string };
  const csv = await (await fetch(`${server.url}/api/figures?format=csv&indicator=injured`)).text();
  const file = `${server.dataDir}-upload.csv`;
  fs.writeFileSync(file, csv);
  const run = (env: Record<string, string>) =>
    spawnSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/import.ts", file, "--dry-run"], {
      encoding: "utf8",
      env: { ...process.env, DATA_DIR: server.dataDir, DATABASE_URL: "", ...env },
    });
  const withoutToken = run({ SITREP_URL: server.url, SITREP_TOKEN: "" });
  expect(withoutToken.status).toBe(1);
  expect(withoutToken.stderr).toContain("SITREP_TOKEN");
  const withToken = run({ SITREP_URL: server.url, SITREP_TOKEN: token });
  expect(withToken.stderr).toBe("");
  expect(withToken.stdout).toMatch(/^Sent to http:\/\/127\.0\.0\.1:3195: 0 claim\(s\) would be added, 0 changed, \d+ unchanged\./);
});

test("the forms work without JavaScript: sign in, see an error, add a source", async ({ browser }) => {
  const page = await (await browser.newContext({ baseURL: server.url, javaScriptEnabled: false })).newPage();
  await page.goto("/en/edit/sources/new");
  await expect(page).toHaveURL(/\/en\/sign-in/);
  await page.getByLabel("Email").fill(EDITOR.email);
  await page.getByLabel("Password").fill(EDITOR.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/en\/edit\/sources\/new$/);
  await page.getByLabel(/^Name/).fill("Test Monitor");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.locator("#field-short-error")).toHaveText("is required");
  await expect(page.getByLabel(/^Name/)).toHaveValue("Test Monitor");
  await page.getByLabel(/^Short name/).fill("TM");
  await page.getByLabel(/^Reliability grade/).selectOption("C");
  await page.getByLabel(/^Why this grade/).fill("A test source");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page).toHaveURL(/\/en\/sources/);
  expect((await page.request.get("/api/sources")).ok()).toBe(true);
  const { sources } = (await (await page.request.get("/api/sources")).json()) as { sources: { name: string }[] };
  expect(sources.map((s) => s.name)).toContain("Test Monitor");
});

/** An API token made by the account, as a script (or an intruder) would hold it. */
async function tokenOf(account: { email: string; password: string }): Promise<string> {
  const created = await fetch(`${server.url}/api/tokens`, {
    method: "POST",
    headers: { ...(await apiSession(account)), "Content-Type": "application/json" },
    body: JSON.stringify({ name: "made before the credential change" }),
  });
  expect(created.status).toBe(201);
  return ((await created.json()) as { token: string }).token;
}
const tokenStatus = async (token: string) => (await fetch(`${server.url}/api/tokens`, { headers: { Authorization: `Bearer ${token}` } })).status;

test("an editor changes their password; the old one then fails, the new one works, and the old API tokens end", async ({ browser }) => {
  const token = await tokenOf(EDITOR);
  expect(await tokenStatus(token)).toBe(200);
  const page = await signIn(browser, EDITOR);
  await expect(page.getByText(/change your password/)).toBeVisible();
  await page.getByLabel(/^Current password/).fill("not the password at all");
  await page.getByLabel(/^New password/).fill("a brand new editor password");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.locator("#password-currentPassword-error")).toHaveText("is not your current password");
  await page.getByLabel(/^Current password/).fill(EDITOR.password);
  await page.getByLabel(/^New password/).fill("a brand new editor password");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Your password is changed" })).toBeVisible();
  expect(await tokenStatus(token)).toBe(401);
  const old = await fetch(`${server.url}/api/session`, { method: "POST", headers: { "Content-Type": "application/json", Origin: server.url }, body: JSON.stringify(EDITOR) });
  expect(old.status).toBe(401);
  await apiSession({ email: EDITOR.email, password: "a brand new editor password" });
});

test("a revision made in another tab meanwhile is a conflict, never overwritten", async ({ browser }) => {
  const first = await signIn(browser, ADMIN);
  const second = await first.context().newPage();
  for (const page of [first, second]) await page.goto("/en/edit/claims/sdf-masrawy-injured-civilians");
  await second.locator("[name=value]").fill("65");
  await second.getByLabel(/^Why this change/).fill("Second tab's correction");
  await second.getByRole("button", { name: "Save" }).click();
  // The SDF's count is the headline of what it counts: the form says what changes and asks once more.
  await expect(second.getByRole("alert").filter({ hasText: "changes from 64 to 65" })).toBeVisible();
  await second.getByRole("button", { name: "Save anyway" }).click();
  await expect(second).toHaveURL(/\/en\/figures\/sdf-masrawy-injured-civilians$/, { timeout: 15_000 });
  // The first tab follows the data version, but its form keeps the version it was opened at.
  await first.waitForTimeout(6_000);
  // Notes are among the fields a claim rarely needs, folded away: open them.
  await first.locator("details", { hasText: "More fields" }).evaluate((details) => ((details as HTMLDetailsElement).open = true));
  await first.locator("[name=notes]").fill("First tab's note");
  await first.getByLabel(/^Why this change/).fill("First tab's note");
  await first.getByRole("button", { name: "Save" }).click();
  await expect(first.getByText(/has changed since you read it/)).toBeVisible();
  const { claim } = (await (await first.request.get("/api/figures/sdf-masrawy-injured-civilians")).json()) as { claim: { value: number; notes?: string } };
  expect(claim.value).toBe(65);
  expect(claim.notes).not.toBe("First tab's note");
});

test("an admin sets a new password for an editor who forgot theirs; the editor's API tokens end", async ({ browser }) => {
  const token = await tokenOf({ email: EDITOR.email, password: "a brand new editor password" });
  expect(await tokenStatus(token)).toBe(200);
  const page = await signIn(browser, ADMIN);
  await page.goto("/en/admin/users");
  await page.getByLabel(/^Account/).selectOption({ label: EDITOR.email });
  await page.getByLabel(/^New password/).fill("set by the admin for you");
  await page.getByRole("button", { name: "Set password" }).click();
  await expect(page.getByRole("status").filter({ hasText: `${EDITOR.email} has a new password` })).toBeVisible();
  expect(await tokenStatus(token)).toBe(401);
  await apiSession({ email: EDITOR.email, password: "set by the admin for you" });
});

test("a newer count from the headline's own source flags the overview and the brief's PDF, which carries one data date", async ({ browser }) => {
  test.setTimeout(90_000);
  const today = new Date().toISOString().slice(0, 10);
  const added = await fetch(`${server.url}/api/figures`, {
    method: "POST",
    headers: { ...(await apiSession(ADMIN)), "Content-Type": "application/json" },
    body: JSON.stringify({
      indicator: "killed", group: "civilians", value: 50, qualifier: "at-least", unit: "people", locationIds: ["sheikh-maqsoud", "ashrafiyeh"],
      countKind: "cumulative", reportedAt: today, dateNote: "date shown on page", sourceId: "sohr", quote: "At least 50 civilians have been killed.",
      quoteLanguage: "en", status: "current", reason: "SOHR's newer civilian count",
    }),
  });
  expect(added.status).toBe(201);
  // 50 against the 43 in the card's sum is 16 % apart: from SOHR itself, it flags all the same.
  const page = await (await browser.newContext({ baseURL: server.url })).newPage();
  await page.goto("/en/aleppo-2026");
  await expect(page.getByTestId("headline-killed")).toHaveText("at least 82");
  await expect(page.getByTestId("flag-killed")).toContainText("SOHR's newer count of civilians, at least 50");
  await expect(page.getByTestId("flag-killed")).toContainText("is not in this total of at least 82");
  const pdf = await fetch(`${server.url}/summary.pdf?lang=en`);
  expect(pdf.status).toBe(200);
  // The brief's cards stand side by side: read the PDF in reading order, not laid out, so each card's sentences stay whole.
  const text = pdfTextInReadingOrder(Buffer.from(await pdf.arrayBuffer())).replace(/\s+/g, " ");
  expect(text).toContain("SOHR's newer count of civilians, at least 50");
  expect(text).toContain("is not in this total of at least 82");
  const dates = new Set([...text.matchAll(/data as of (\d{1,2} [A-Z][a-z]+ \d{4})/gi)].map((m) => m[1]));
  expect(dates.size).toBe(1);
  expect([...dates][0]).toMatch(new RegExp(`^${Number(today.slice(8))} [A-Z][a-z]+ ${today.slice(0, 4)}$`));
});
