import { expect, test } from "@playwright/test";
import { situationPage } from "./situation-paths";
import { expectNoSeriousAxeViolations } from "./axe";

test.describe("overview", () => {
  test("shows the four headline figures with qualifiers and sources", async ({ page }) => {
    const errors: string[] = [];
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    await page.goto(situationPage("en"));
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Sheikh Maqsoud");
    const displaced = page.getByRole("article", { name: "People displaced" });
    await expect(displaced.getByTestId("headline-displaced")).toHaveText("about 155,000");
    await expect(displaced).toContainText("Aleppo authorities");
    await expect(displaced).toContainText("Pinned by editors");
    // Nine pages of the governor's one figure, four offices of one government and BCF's repeat of the Ministry's figure are one voice;
    // each end of the range is a claim with its source and date.
    await expect(displaced.getByTestId("agreement-displaced")).toHaveText(
      "3 independent sources, from 59,030 (Aleppo Social Affairs, date not given) to about 165,000 (TRT World, 10 January 2026)",
    );
    await expect(displaced.getByTestId("agreement-displaced").getByRole("link", { name: /about 165,000/ })).toHaveAttribute("href", "/en/figures/trt-world-displaced");
    await expect(displaced.getByRole("link", { name: /all 16 reports from 3 sources/ })).toBeVisible();
    await expect(displaced.getByTestId("context-displaced")).toContainText("Still displaced: about 120,000 in Aleppo (OCHA, 13 January 2026)");
    await expect(page.getByTestId("carried-injured")).toHaveText("Only in one report: Seed report.");
    const killed = page.getByRole("article", { name: "People killed" });
    await expect(killed.getByTestId("headline-killed")).toHaveText("at least 82");
    await expect(killed).toContainText("SOHR");
    await expect(killed).toContainText("at least 43");
    await expect(killed).toContainText("civilians");
    const injured = page.getByRole("article", { name: "People injured" });
    await expect(injured.getByTestId("headline-injured")).toHaveText("more than 115");
    await expect(injured).toContainText("SOHR");
    const hospital = page.getByRole("article", { name: "Khalid Fajr hospital" });
    await expect(hospital.getByTestId("facility-khalid-fajr-hospital")).not.toBeEmpty();
    expect(errors).toEqual([]);
  });

  test("leads from a card to the figure's quote", async ({ page }) => {
    await page.goto(situationPage("en"));
    await page.getByRole("link", { name: "Source and quote for People killed" }).click();
    await expect(page).toHaveURL(/\/figures\/sohr-seed-killed-total$/);
    await expect(page.locator("blockquote")).toContainText("At least 38 Damascus-affiliated fighters");
    await expect(page.getByText("Syrian Observatory for Human Rights").first()).toBeVisible();
  });

  test("puts the headline figures before any chart or map markup", async ({ request }) => {
    const html = await (await request.get(situationPage("en"))).text();
    const firstFigure = html.indexOf('data-testid="headline-displaced"');
    expect(firstFigure).toBeGreaterThan(0);
    for (const marker of ["leaflet", "recharts"]) {
      const at = html.indexOf(marker);
      if (at !== -1) expect(at).toBeGreaterThan(firstFigure);
    }
  });

  test("has no serious accessibility violation", async ({ page }) => {
    await page.goto(situationPage("en"));
    await expectNoSeriousAxeViolations(page);
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the overview and a figure page read fully", async ({ page }) => {
    await page.goto(situationPage("en"));
    await expect(page.getByTestId("headline-displaced")).toHaveText("about 155,000");
    await expect(page.getByTestId("headline-killed")).toHaveText("at least 82");
    await page.getByRole("link", { name: "Source and quote for People displaced" }).click();
    await expect(page.locator("blockquote").first()).toContainText("155,000");
  });
});
