import { expect, test } from "@playwright/test";
import { expectNoSeriousAxeViolations } from "./axe";

// The pages the other specs do not already check, each as a reader lands on it.
const pages = [
  "/events",
  "/events/seed-asayish-khalid-fajr-evacuated",
  "/figures/sohr-seed-killed-total",
  "/figures/aleppo-governor-alwakeel-displaced",
  "/figures/selection?ids=sohr-seed-killed-civilians,rights-monitor-khalid-fajr-shelled",
  "/embed/charts/timeline",
];

for (const path of pages) {
  test(`${path} has one h1 and no serious accessibility violation`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page.locator("h1")).toHaveCount(1);
    await expectNoSeriousAxeViolations(page);
  });
}

test("an Arabic quote keeps its language and direction, with our translation marked", async ({ page }) => {
  await page.goto("/figures/aleppo-governor-alwakeel-displaced");
  const quote = page.locator("blockquote");
  await expect(quote).toHaveAttribute("lang", "ar");
  await expect(quote).toHaveAttribute("dir", "auto");
  await expect(page.getByText("Translation (Sitrep's, not the source's):")).toBeVisible();
});
