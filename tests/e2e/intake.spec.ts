import { createHash } from "node:crypto";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectNoSeriousAxeViolations } from "./axe";
import { startOwnServer, type OwnServer } from "./own-server";
import { signInAs } from "./sign-in";

// Adding reports writes: a server and database of this spec's own; one project is enough.
const PORT = 3197;
const ADMIN = { email: "admin@example.org", password: "an admin password for intake tests" };

/** A report as an outlet prints it: two English figures credited to SOHR, one Arabic sentence that needs a translation. */
const REPORT = [
  "Clashes continued overnight in Aleppo.",
  "According to SOHR, at least 71 civilians have been killed in Sheikh Maqsoud since the fighting began, and more than 140 injured.",
  "وفق المرصد السوري، نزح نحو 170 ألف شخص من حيي الشيخ مقصود والأشرفية.",
].join("\n");

let server: OwnServer;

test.describe.configure({ mode: "serial" });
test.beforeEach(({}, testInfo) => test.skip(testInfo.project.name !== "desktop", "one server of its own, written to in turn"));

test.beforeAll(async ({}, testInfo) => {
  if (testInfo.project.name !== "desktop") return;
  test.setTimeout(90_000);
  server = await startOwnServer(PORT, { ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password, ADMIN_NAME: "Ines Intake" });
});

test.afterAll(async () => {
  await server?.stop();
});

const signIn = (browser: Browser): Promise<Page> => signInAs(browser, server.url, ADMIN);

let savedClaim = "";

test("an editor pastes a report and saves two of its figures, each quoted from the archived copy with its hash", async ({ browser }) => {
  test.setTimeout(90_000);
  const page = await signIn(browser);
  await page.goto("/en/aleppo-2026");
  await page.getByRole("link", { name: "Add a report" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Add a report");
  await page.getByLabel("Text of the report").fill(REPORT);
  await page.getByLabel("Address of the report").fill("https://example.org/overnight-update");
  await page.getByLabel("Published by").selectOption("rudaw");
  await page.getByLabel("Published on").fill("2026-01-14");
  await page.getByRole("button", { name: "Find the figures" }).click();

  await expect(page.getByRole("status").filter({ hasText: "figures found" })).toHaveText("3 figures found. Check each before saving.");
  const sha = createHash("sha256").update(REPORT).digest("hex");
  await expect(page.getByText(`Archived: SHA-256 ${sha}`)).toBeVisible();
  const [killed, injured, displaced] = [0, 1, 2].map((n) => page.locator(`[data-candidate="${n}"]`));
  // Each proposal as the sentence gives it, the number marked in its quote.
  await expect(killed.locator("mark")).toHaveText("71");
  await expect(killed.getByRole("textbox", { name: /^Value/ })).toHaveValue("71");
  await expect(killed.getByLabel(/^Qualifier/)).toHaveValue("at-least");
  await expect(killed.getByLabel("Indicator")).toHaveValue("killed");
  await expect(killed.getByLabel("Population group")).toHaveValue("civilians");
  await expect(killed.getByLabel(/^Source/)).toHaveValue("sohr");
  await expect(killed.locator('[name="0.locationIds"][value="sheikh-maqsoud"]')).toBeChecked();
  await expect(killed.getByLabel("Save this figure")).toBeChecked();
  // "More than 140 injured" names no group: it waits for the editor, unticked.
  await expect(injured.getByLabel("Save this figure")).not.toBeChecked();
  await expect(injured.getByLabel("Population group")).toHaveValue("");
  await expect(displaced.getByRole("textbox", { name: /^Value/ })).toHaveValue("170000");
  await expectNoSeriousAxeViolations(page);

  // The editor corrects the injured figure's group, leaves the Arabic one for later, and saves both in one step.
  await injured.getByLabel("Population group").selectOption("all");
  await injured.getByLabel("Save this figure").check();
  await displaced.getByLabel("Save this figure").uncheck();
  await page.getByRole("button", { name: "Save the ticked figures" }).click();
  const done = page.getByRole("status").filter({ hasText: "2 claims saved" });
  await expect(done).toBeVisible();
  await expect(done).toContainText("What readers now see:");
  await expect(done.getByRole("link", { name: "SOHR: killed (civilians), at least 71" })).toBeVisible();

  await done.getByRole("link", { name: "SOHR: killed (civilians), at least 71" }).click();
  await expect(page.locator("blockquote").first()).toContainText("at least 71 civilians have been killed");
  savedClaim = new URL(page.url()).pathname.split("/").at(-1)!;
  const archived = page.getByTestId("archived-copy");
  await expect(archived).toContainText(sha);
  await expect(archived).not.toContainText("not found in its archived copy");
  // Staff read the archived text, the quotes taken from it marked.
  await archived.getByRole("link").click();
  await expect(page.getByTestId("archived-text")).toContainText("Clashes continued overnight");
  await expect(page.getByTestId("archived-text").locator("mark")).toHaveCount(1);
  await expect(page.getByRole("link", { name: /SOHR: Injured \(all groups\), more than 140/ })).toBeVisible();
  const documentPath = new URL(page.url()).pathname;

  // A reader sees the hash and the date archived, never the copy itself.
  const reader = await (await browser.newContext({ baseURL: server.url })).newPage();
  const response = await reader.goto(documentPath);
  // Rendered per request, it gets its security policy with a fresh nonce, as every staff page does.
  expect(response?.headers()["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[0-9a-f]{32}';/);
  await expect(reader.getByText(sha)).toBeVisible();
  await expectNoSeriousAxeViolations(reader);
  await expect(reader.getByText("Clashes continued overnight")).toHaveCount(0);
  await expect(reader.getByText("kept for Sitrep's staff")).toBeVisible();
});

test("a new claim starts from today's date, the situation's places and the source used last", async ({ browser }) => {
  const page = await signIn(browser);
  await page.goto("/en/aleppo-2026");
  await page.getByRole("link", { name: "Add a claim" }).click();
  await expect(page.getByLabel("Reported on")).toHaveValue(new Date().toISOString().slice(0, 10));
  for (const place of ["sheikh-maqsoud", "ashrafiyeh"]) await expect(page.locator(`[name=locationIds][value=${place}]`)).toBeChecked();
  await expect(page.getByLabel("Source (who said it)")).toHaveValue("sohr");
  // The qualifier is chosen by the words a report uses; fields a claim rarely needs are folded away.
  await expect(page.getByLabel(/^Qualifier/).locator("option[value=about]")).toHaveText(/around.*nearly/);
  await expect(page.locator("[name=supersedes]")).toBeHidden();
  await expectNoSeriousAxeViolations(page);
});

test("a revert from the history says what will change, asks why, and the change feed shows the reason", async ({ browser }) => {
  const page = await signIn(browser);
  await page.goto(`/en/edit/claims/${savedClaim}`);
  const history = page.getByTestId("record-history");
  await history.getByText("Revert…").first().click();
  await expect(history.getByText("Reverting withdraws the claim")).toBeVisible();
  // No reason, no revert: the field is required (the server refuses one without it too).
  await history.getByRole("button", { name: "Revert with this reason" }).first().click();
  expect(await history.getByLabel(/^Why revert/).first().evaluate((input) => (input as HTMLInputElement).validity.valueMissing)).toBe(true);
  expect((await (await page.request.get(`/api/figures/${savedClaim}`)).json()).claim.status).toBe("current");
  await history.getByLabel(/^Why revert/).first().fill("Added twice from one report");
  await history.getByRole("button", { name: "Revert with this reason" }).first().click();
  await expect(page.getByRole("status").filter({ hasText: "Reverted" })).toBeVisible();
  await page.goto("/en/changes");
  await expect(page.getByText("Added twice from one report")).toBeVisible();
  const claim = await (await page.request.get(`/api/figures/${savedClaim}`)).json();
  expect(claim.claim.status).toBe("withdrawn");
});

test("a CSV file chosen and previewed commits the first time", async ({ browser }) => {
  const page = await signIn(browser);
  await page.goto("/en/import");
  const header = "id,injured,group,qualifier,unit,location_ids,reported_at,date_note,source_id,quote,quote_language,status";
  const row = "e2e-intake-upload,181,all,about,people,sheikh-maqsoud;ashrafiyeh,2026-01-15,shown on page,rudaw,TEST: about 181 injured,en,current";
  // Lines end in LF, as most tools write them; a textarea sends CRLF.
  await page.getByLabel("or a CSV file").setInputFiles({ name: "injured.csv", mimeType: "text/csv", buffer: Buffer.from(`${header}\n${row}\n`) });
  await page.getByRole("button", { name: "Preview" }).click();
  await expect(page.getByRole("status").filter({ hasText: "to add" })).toContainText("1 to add");
  await page.getByRole("button", { name: "Commit all rows" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Imported" })).toHaveText(/Imported: 1 added, 0 changed\./);
  await expect(page.getByText("The text changed after its preview")).toHaveCount(0);
  expect((await page.request.get("/api/figures/e2e-intake-upload")).status()).toBe(200);
});
