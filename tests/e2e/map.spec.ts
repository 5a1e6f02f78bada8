import { expect, test } from "@playwright/test";
import { expectNoSeriousAxeViolations } from "./axe";
import { pdfRasters, pdfText } from "./pdf-tools";

test.describe("map", () => {
  test("draws both neighbourhoods, the hospital and the route with no network", async ({ page, context }) => {
    // Block everything that is not this server: the map must not need a tile host.
    await context.route(/^(?!http:\/\/127\.0\.0\.1)/, (route) => route.abort());
    const errors: string[] = [];
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    await page.goto("/map");
    await expect(page.locator("[data-area]")).toHaveCount(2);
    await expect(page.locator(".leaflet-marker-icon")).toHaveCount(1);
    await expect(page.locator("[data-route]")).toHaveCount(1);
    // The configured tile host is down: tiles arrive blank through our server, and nothing is logged.
    await expect(page.locator(".leaflet-tile-loaded").first()).toBeAttached();
    await expect(page.getByText("Test tiles")).toBeVisible();
    // On screen, beside the map (the same words are in the drawing kept for print).
    await expect(page.getByText("Boundaries are approximate and do not imply endorsement.", { exact: true }).filter({ visible: true })).toBeVisible();
    expect(errors).toEqual([]);
  });

  test("draws the two neighbourhoods' real boundaries among the city's others, with a scale and the boundaries' credit", async ({ page }) => {
    await page.goto("/map");
    // Every vertex of the Columbia polygons (195 and 85 positions, the last repeating the first, which SVG closes with Z).
    const vertices = async (id: string) => (await page.locator(`[data-area="${id}"]`).getAttribute("d"))?.match(/[ML]/g)?.length;
    await expect.poll(() => vertices("sheikh-maqsoud")).toBe(194);
    await expect.poll(() => vertices("ashrafiyeh")).toBe(84);
    // The context layer: the city's other neighbourhoods, faint.
    await expect.poll(() => page.locator('[data-context="aleppo-neighbourhoods"]').count()).toBeGreaterThan(100);
    await expect(page.locator(".leaflet-control-scale-line")).toBeVisible();
    await expect(page.locator(".leaflet-control-attribution")).toContainText("Columbia Center for Spatial Research (MIT), unofficial");
    await expect(page.getByTestId("map-credit")).toContainText("CenterForSpatialResearch/aleppo_test");
    // The neighbourhoods' shapes are no longer schematic (the route still is, and says so).
    const places = page.getByRole("table", { name: /Places on the map/ });
    for (const name of ["Sheikh Maqsoud", "Ashrafiyeh"]) {
      // The row header is the name, then its P-code.
      const row = places.locator("tr", { has: page.getByRole("rowheader", { name: new RegExp(`^${name}( P-code|$)`) }) });
      await expect(row).toContainText("Columbia University's Center for Spatial Research");
      await expect(row).not.toContainText(/[Ss]chematic/);
    }
  });

  test("places beyond the two neighbourhoods that have claims are drawn on one canvas, and listed", async ({ page }) => {
    await page.goto("/map");
    // The browser-test data adds one such place (tests/fixtures/e2e-dataset).
    await expect(page.locator(".leaflet-container canvas")).toHaveCount(1);
    await expect(page.getByRole("table", { name: /Places on the map/ })).toContainText("1 other place named by claims");
  });

  test("a polygon's popup gives its figure and source; the places table agrees", async ({ page }) => {
    await page.goto("/map");
    await page.locator('[data-area="ashrafiyeh"]').click({ force: true });
    const popup = page.locator(".leaflet-popup-content");
    await expect(popup).toContainText("about 155,000");
    await expect(popup).toContainText("Aleppo authorities");
    await expect(popup.getByRole("link", { name: "Source and quote" })).toHaveAttribute("href", "/en/figures/aleppo-authorities-seed-displaced");
    const table = page.getByRole("table", { name: /Places on the map/ });
    await expect(table).toContainText("about 155,000");
    await expect(table).toContainText("at least 82");
    await expect(table).toContainText("more than 115");
  });

  test("switching the indicator re-shades the map and its legend, and the address keeps it", async ({ page }) => {
    await page.goto("/map");
    await page.getByRole("radio", { name: "Killed" }).check();
    await expect(page.getByText(/Killed: at least 82/).first()).toBeVisible();
    await expect(page).toHaveURL(/\/en\/aleppo-2026\/map\?indicator=killed$/);
    await page.reload();
    await expect(page.getByRole("radio", { name: "Killed" })).toBeChecked();
  });

  test("can be panned and zoomed from the keyboard", async ({ page }) => {
    await page.goto("/map");
    const map = page.locator(".leaflet-container");
    await map.focus();
    await expect(map).toBeFocused();
    const before = await page.locator(".leaflet-map-pane").getAttribute("style");
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("+");
    await expect.poll(() => page.locator(".leaflet-map-pane").getAttribute("style")).not.toBe(before);
  });

  test("downloads a captioned PNG at least 1200 px wide", async ({ page }) => {
    await page.goto("/map");
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Download map (PNG)" }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^sitrep-aleppo-2026-map-displaced-\d{4}-\d{2}-\d{2}\.png$/);
    const bytes = Buffer.from(await (await file.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks)));
    expect(bytes.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
    expect(bytes.readUInt32BE(16)).toBeGreaterThanOrEqual(1200);
  });

  test("downloads the captioned map as a vector PDF too", async ({ page }, testInfo) => {
    test.skip(testInfo.project.name !== "desktop", "one server-made file is enough");
    test.setTimeout(60_000);
    await page.goto("/map");
    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: "Download map (PDF)" }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^sitrep-aleppo-2026-map-displaced-\d{4}-\d{2}-\d{2}\.pdf$/);
    const chunks: Buffer[] = [];
    for await (const chunk of await file.createReadStream()) chunks.push(chunk as Buffer);
    const bytes = Buffer.concat(chunks);
    expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
    const text = pdfText(bytes);
    expect(text).toContain("Sheikh Maqsoud");
    expect(text).toMatch(/Sources: .*Aleppo authorities/);
    expect(pdfRasters(bytes)).toEqual([]);
  });

  test("has no serious accessibility violation", async ({ page }) => {
    await page.goto("/map");
    await expect(page.locator("[data-area]")).toHaveCount(2);
    await expectNoSeriousAxeViolations(page);
  });
});
