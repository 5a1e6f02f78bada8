import { expect, test } from "@playwright/test";
import { situationPage } from "./situation-paths";
import { expectNoSeriousAxeViolations } from "./axe";

test.describe("source panel", () => {
  test("opens from a card over the overview, traps focus, closes with Esc and returns focus", async ({ page }) => {
    await page.goto(situationPage("en"));
    const opener = page.getByRole("link", { name: "Source and quote for People injured" });
    await opener.focus();
    await page.keyboard.press("Enter");
    const panel = page.getByRole("dialog");
    await expect(panel).toBeVisible();
    await expect(page).toHaveURL(/\/figures\/sohr-seed-injured$/);
    await expect(panel.locator("blockquote")).toContainText("over 115 others injured");
    await expect(panel).toContainText("Syrian Observatory for Human Rights");
    await expect(panel).toContainText("Reliability grade");

    // Focus stays inside the modal dialog however far one tabs.
    for (let i = 0; i < 25; i++) {
      await page.keyboard.press("Tab");
      expect(await panel.evaluate((d) => d.contains(document.activeElement))).toBe(true);
    }
    await expectNoSeriousAxeViolations(page);

    await page.keyboard.press("Escape");
    await expect(panel).toBeHidden();
    await expect(page).toHaveURL(/\/en\/aleppo-2026$/);
    await expect(opener).toBeFocused();
  });

  test("lists the competing claims, and a source's own different figures as a discrepancy, not history", async ({ page }) => {
    await page.goto("/figures/sohr-seed-killed-civilians");
    const others = page.locator("#other-claims");
    await expect(others).toContainText("SDF");
    await expect(others).toContainText("at least 23");
    await expect(others).not.toContainText("Earlier counts");
    await expect(page.getByTestId("discrepancy")).toContainText("gives different current figures for this: 23 and 43");
    await expect(page.getByTestId("agreement")).toContainText(/\d independent sources, from at least 8 \(Neighbourhood councils, date not given\) to (at least )?43 \(SOHR, 11 January 2026\)/);
    await expect(page.getByText(/reported 11 January 2026/).first()).toBeVisible();
  });

  test("shows a source's own later count as replacing its earlier one, and relays of one figure as one row", async ({ page }) => {
    await page.goto("/figures/bcf-k24ar-886442-arrived-afrin-households");
    await expect(page.locator("#other-claims")).toContainText("Earlier counts, since replaced");
    await page.goto("/figures/aleppo-authorities-seed-displaced");
    const governor = page.locator("#other-claims tr", { hasText: "Aleppo governor" });
    await expect(governor).toHaveCount(1);
    await expect(governor).toContainText("9 reports");
    await expect(governor).toContainText("part of Syrian government");
  });

  test("a claim added to the database appears beside the first, with its revision", async ({ page }) => {
    await page.goto("/figures/sohr-seed-injured");
    const others = page.locator("#other-claims");
    await expect(others).toContainText("about 140");
    await expect(others).toContainText("Shafaq News");
    await page.goto("/figures/e2e-test-second-injured-claim");
    await expect(page.getByText(/by e2e: browser-test fixture/)).toBeVisible();
    await expect(page.locator("#other-claims")).toContainText("more than 115");
  });

  test("shows the parts of a derived figure and the qualifier rule", async ({ page }) => {
    await page.goto("/figures/sohr-seed-killed-total");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("at least 82");
    await expect(page.getByRole("heading", { name: "Parts of this sum" })).toBeVisible();
    await expect(page.getByText(/A sum is only as exact as its least exact part/)).toBeVisible();
  });

  test("gives the counted period and the source's website where known", async ({ page }) => {
    await page.goto("/figures/aleppo-social-affairs-euromedia24-displaced-people");
    await expect(page.getByText("from 6 January 2026")).toBeVisible();
    await page.goto("/figures/trt-world-displaced");
    await expect(page.getByRole("link", { name: "website" })).toHaveAttribute("href", "https://www.trtworld.com");
  });

  test("answers an unknown figure with a 404 page", async ({ page }) => {
    const response = await page.goto("/figures/no-such-figure");
    expect(response?.status()).toBe(404);
  });
});

test.describe("claims table and sources", () => {
  test("filters claims through the URL and exports the same rows as CSV", async ({ page }) => {
    await page.goto("/figures?indicator=killed&source=sohr");
    const rows = page.locator("tbody tr");
    await expect(rows.first()).toBeVisible();
    for (const text of await rows.allInnerTexts()) expect(text).toContain("SOHR");
    const link = page.getByRole("link", { name: "Download these claims as CSV" });
    await expect(link).toHaveAttribute("href", "/api/figures?indicator=killed&source=sohr&format=csv");
    await expectNoSeriousAxeViolations(page);
  });

  test("lists every source with its grade and reason", async ({ page }) => {
    await page.goto("/sources");
    const sohr = page.locator("#source-sohr");
    await expect(sohr).toContainText("Syrian Observatory for Human Rights");
    await expect(sohr).toContainText("B");
    await sohr.getByRole("link").click();
    await expect(page).toHaveURL(/\/figures\?source=sohr$/);
    await expectNoSeriousAxeViolations(page);
  });
});
