import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectNoSeriousAxeViolations } from "./axe";
import { startOwnServer, type OwnServer } from "./own-server";
import { signInAs } from "./sign-in";

test.describe("the index of situations", () => {
  test("lists the bundled situation with its headline figures, each linked to its claim, and passes axe", async ({ page }) => {
    await page.goto("/en");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Situations");
    const aleppo = page.getByRole("article", { name: "Fighting in Aleppo's Sheikh Maqsoud and Ashrafiyeh" });
    await expect(aleppo).toContainText("People displaced about 155,000");
    await expect(aleppo).toContainText(/Data as of \d{1,2} January 2026/);
    await expect(aleppo.getByRole("link", { name: "about 155,000" })).toHaveAttribute("href", /^\/en\/figures\/[a-z0-9-]+$/);
    await aleppo.getByRole("link", { name: "Fighting in Aleppo's Sheikh Maqsoud and Ashrafiyeh" }).click();
    await expect(page).toHaveURL(/\/en\/aleppo-2026$/);
    await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Brief" })).toHaveAttribute("href", "/en/aleppo-2026/summary");
    await page.goto("/en");
    await expectNoSeriousAxeViolations(page);
  });

  test("an old link lands where it did: the brief, the map with its shading, an embed", async ({ page }) => {
    await page.goto("/en/summary");
    await expect(page).toHaveURL(/\/en\/aleppo-2026\/summary$/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Situation brief");
    await page.goto("/en/map?indicator=killed");
    await expect(page).toHaveURL(/\/en\/aleppo-2026\/map\?indicator=killed$/);
    await expect(page.getByRole("radio", { name: "Killed" })).toBeChecked();
    await page.goto("/en/embed/charts/timeline");
    await expect(page).toHaveURL(/\/en\/embed\/aleppo-2026\/charts\/timeline$/);
  });
});

// An admin writes, so the rest runs on a server and database of its own, once.
const PORT = 3196;
const ADMIN = { email: "admin@example.org", password: "an admin password for tests", name: "Amal Admin" };
let server: OwnServer;

test.describe("opening a situation in the browser", () => {
  test.describe.configure({ mode: "serial" });
  test.beforeEach(({}, testInfo) => test.skip(testInfo.project.name !== "desktop", "one server of its own, written to once"));
  test.beforeAll(async ({}, testInfo) => {
    if (testInfo.project.name !== "desktop") return;
    test.setTimeout(90_000);
    server = await startOwnServer(PORT, { ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password, ADMIN_NAME: ADMIN.name });
  });
  test.afterAll(async () => {
    await server?.stop();
  });

  const signIn = (browser: Browser): Promise<Page> => signInAs(browser, server.url, ADMIN);

  const district = {
    type: "Feature",
    properties: { name: "drawn in a GIS" },
    geometry: { type: "Polygon", coordinates: [[[36.0, 34.0], [36.02, 34.0], [36.02, 34.015], [36.0, 34.015], [36.0, 34.0]]] },
  };

  test("an admin adds its place from pasted GeoJSON, opens it, and readers get its overview, brief, map and charts", async ({ browser }) => {
    test.setTimeout(90_000);
    const page = await signIn(browser);

    // A broken shape is refused next to its field, in words, and nothing is saved.
    await page.goto("/en/edit/places/new");
    await page.getByLabel("Name (English)").fill("Test valley district");
    await page.getByLabel("Kind").selectOption("neighbourhood");
    await page.getByLabel("Shape (GeoJSON)").fill('{"type": "Polygon", "coordinates": [[[36, 34], [36.02, 34], [36.02, 34.015], [36, 34.015]]]}');
    await page.getByLabel(/^Where the position comes from/).fill("Drawn by the tests in a GIS.");
    await page.getByRole("button", { name: "Save" }).click();
    await expect(page.locator("#field-shape-error")).toHaveText(/ring must end where it starts/);
    await page.getByLabel("Shape (GeoJSON)").fill(JSON.stringify(district));
    // Its id is among the fields a place rarely needs, folded away.
    await page.getByText("More fields (rarely needed)").click();
    await page.getByLabel("Id", { exact: true }).fill("test-valley-district");
    await page.getByRole("button", { name: "Save" }).click();
    await page.waitForURL((url) => url.pathname !== "/en/edit/places/new");

    await page.goto("/en/edit/situations/new");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Open a situation");
    await page.getByLabel(/^Id \(its address/).fill("valley-flood-2026");
    await page.locator("#field-titleEn").fill("Flooding in the test valley");
    await page.locator("#field-shortTitleEn").fill("Test valley flood");
    await page.getByLabel("What it is, in one paragraph (English)").fill("A situation opened by the browser tests.");
    await page.getByLabel("Since").fill("2026-11-01");
    await page.getByLabel(/^Places it is about/).selectOption(["test-valley-district"]);
    await page.getByLabel(/^Headline figures/).selectOption(["displaced:all"]);
    await page.getByLabel("Charts").selectOption(["displaced-over-time"]);
    await page.getByLabel(/^Why it is added/).fill("A new crisis to follow");
    await expectNoSeriousAxeViolations(page);
    await page.getByRole("button", { name: "Save" }).click();
    await page.waitForURL(/\/en\/valley-flood-2026$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Flooding in the test valley");

    // Its first claim, through the API as a script would send it, with the same session.
    const added = await page.request.post("/api/figures", {
      headers: { Origin: server.url },
      data: {
        indicator: "displaced", group: "all", value: 1200, qualifier: "about", unit: "people", locationIds: ["test-valley-district"],
        countKind: "cumulative", reportedAt: "2026-11-03", dateNote: "date shown on page", sourceId: "ocha", quote: "About 1,200 people were displaced.",
        quoteLanguage: "en", status: "current", situationIds: ["valley-flood-2026"], reason: "OCHA's first count",
      },
    });
    expect(added.status(), await added.text()).toBe(201);

    const reader = await (await browser.newContext({ baseURL: server.url })).newPage();
    await reader.goto("/en/valley-flood-2026");
    await expect(reader.getByTestId("headline-displaced")).toHaveText("about 1,200");
    await expect(reader.getByRole("article", { name: "People displaced" })).toContainText("OCHA");
    await reader.goto("/en/valley-flood-2026/summary");
    await expect(reader.getByRole("heading", { level: 1 })).toHaveText("Situation brief: Flooding in the test valley");
    await expect(reader.getByTestId("summary-displaced")).toContainText("about 1,200");
    await reader.goto("/en/valley-flood-2026/map");
    await expect(reader.locator('[data-area="test-valley-district"]')).toHaveCount(1);
    await reader.goto("/en/valley-flood-2026/charts");
    await expect(reader.getByRole("heading", { name: "People displaced from Test valley district, count by count" })).toBeVisible();
    // Aleppo's pages hold none of it, and the index lists both, active first.
    await reader.goto("/en/aleppo-2026");
    await expect(reader.getByText("Test valley")).toHaveCount(0);
    await reader.goto("/en");
    await expect(reader.getByRole("article")).toHaveCount(2);
    await expect(reader.getByRole("article", { name: "Flooding in the test valley" })).toContainText("about 1,200");
  });
});
