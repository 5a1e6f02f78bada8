import { expect, test, type Download, type Page } from "@playwright/test";
import Papa from "papaparse";
import { expectNoSeriousAxeViolations } from "./axe";
import { pdfText, pdfTextInReadingOrder } from "./pdf-tools";

async function bytesOf(download: Download): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function downloadFrom(page: Page, chart: string, button: string, role: "button" | "link" = "button"): Promise<Download> {
  const figure = page.locator(`figure[data-chart="${chart}"]`);
  await figure.scrollIntoViewIfNeeded();
  await expect(figure.locator(".recharts-wrapper svg").first()).toBeVisible();
  const download = page.waitForEvent("download");
  await figure.getByRole(role, { name: button }).click();
  return download;
}

test.describe("charts", () => {
  test("PNG export is a real PNG at least 1200 px wide", async ({ page }) => {
    await page.goto("/charts");
    const file = await downloadFrom(page, "casualties-by-group", "Download PNG");
    expect(file.suggestedFilename()).toMatch(/^sitrep-aleppo-2026-casualties-by-group-\d{4}-\d{2}-\d{2}\.png$/);
    const png = await bytesOf(file);
    expect(png.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
    expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(1200);
  });

  test("PDF export is a vector A4 PDF whose text carries the chart's title and sources", async ({ page }, testInfo) => {
    test.skip(testInfo.project.name !== "desktop", "one server-made file is enough");
    test.setTimeout(60_000);
    await page.goto("/charts");
    const file = await downloadFrom(page, "displaced-over-time", "Download PDF (A4)", "link");
    expect(file.suggestedFilename()).toMatch(/^sitrep-aleppo-2026-displaced-over-time-\d{4}-\d{2}-\d{2}\.pdf$/);
    const text = pdfText(await bytesOf(file));
    expect(text).toContain("People displaced from Sheikh Maqsoud and Ashrafiyeh, count by count");
    expect(text).toMatch(/Sources: [^)]*Aleppo governor/);
  });

  test("the print PNG is at least 3,000 px wide and keeps the caption", async ({ page }) => {
    test.setTimeout(60_000);
    await page.goto("/charts");
    const file = await downloadFrom(page, "casualties-by-group", "PNG for print (300 dpi, 25 cm wide)");
    expect(file.suggestedFilename()).toMatch(/^sitrep-aleppo-2026-casualties-by-group-print-\d{4}-\d{2}-\d{2}\.png$/);
    const png = await bytesOf(file);
    expect(png.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
    expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(3000);
    // Caption included: taller than the drawing alone in proportion.
    expect(png.readUInt32BE(20)).toBeGreaterThan(png.readUInt32BE(16) * 0.6);
  });

  test("SVG export parses and carries the title and the sources line as text", async ({ page }) => {
    await page.goto("/charts");
    const file = await downloadFrom(page, "killed-and-injured", "Download SVG");
    expect(file.suggestedFilename()).toMatch(/\.svg$/);
    const svg = (await bytesOf(file)).toString("utf8");
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, "image/svg+xml");
      return { error: doc.querySelector("parsererror")?.textContent ?? null, text: doc.documentElement.textContent ?? "" };
    }, svg);
    expect(parsed.error).toBeNull();
    expect(parsed.text).toContain("Killed and injured in Sheikh Maqsoud and Ashrafiyeh");
    expect(parsed.text).toMatch(/Sources: SOHR, .*Kurdish Red Crescent/);
    expect(parsed.text).toContain("≥ 82 (sum)");
  });

  test("CSV export has the HXL row and exactly the values shown in the table", async ({ page }) => {
    await page.goto("/charts");
    const figure = page.locator('figure[data-chart="casualties-by-group"]');
    const file = await downloadFrom(page, "casualties-by-group", "Download CSV", "link");
    const rows = Papa.parse<string[]>((await bytesOf(file)).toString("utf8").trim()).data;
    expect(rows[1][0]).toBe("#meta+chart");
    const csvValues = rows.slice(2).map((r) => r[6]);

    await figure.getByRole("button", { name: "Table" }).click();
    const tableValues = await figure.locator("tbody tr td:nth-child(3)").allInnerTexts();
    expect(tableValues).toEqual(csvValues);
    expect(tableValues).toContain("at least 43");
  });

  test("the table view lists the same bars as the chart", async ({ page }) => {
    await page.goto("/charts");
    const figure = page.locator('figure[data-chart="casualties-by-group"]');
    await expect(figure.locator(".recharts-wrapper svg").first()).toBeVisible();
    const barLabels = await figure.locator(".recharts-label-list text").allTextContents();
    await figure.getByRole("button", { name: "Table" }).click();
    await expect(figure.getByRole("button", { name: "Table" })).toHaveAttribute("aria-pressed", "true");
    const rows = figure.locator("tbody tr");
    await expect(rows).toHaveCount(barLabels.length);
  });

  test("the sources line opens exactly the claims behind the chart", async ({ page }) => {
    await page.goto("/charts");
    const figure = page.locator('figure[data-chart="casualties-by-group"]');
    await figure.getByRole("button", { name: "Table" }).click();
    const marks = await figure.locator("tbody tr").count();
    await figure.getByRole("link", { name: /^Sources:/ }).click();
    await expect(page).toHaveURL(/\/figures\/selection\?ids=/);
    const panel = page.getByRole("dialog");
    await expect(panel.locator("li")).toHaveCount(marks);
    await expect(panel.locator("blockquote").first()).toBeVisible();
    await expect(panel).toContainText("Syrian Observatory for Human Rights");
  });

  test("an embed renders one captioned chart without the site's chrome, and may be framed", async ({ page, request }) => {
    expect((await request.get("/embed/charts/timeline")).headers()["content-security-policy"]).toContain("frame-ancestors *");
    expect((await request.get("/charts")).headers()["content-security-policy"]).toContain("frame-ancestors 'self'");
    await page.goto("/embed/charts/timeline");
    await expect(page.getByRole("heading", { name: "The days of fighting, as reported" })).toBeVisible();
    await expect(page.locator("header nav")).toHaveCount(0);
    await expect(page.getByText(/^Sources:/)).toBeVisible();
  });

  test("a chart far down the page draws as the reader nears it, in the space kept for it", async ({ page }) => {
    await page.goto("/charts");
    await expect(page.locator(".recharts-wrapper").first()).toBeVisible();
    const last = page.locator("figure[data-chart]").last();
    await expect(last.locator(".recharts-wrapper")).toHaveCount(0);
    const before = await last.boundingBox();
    await last.scrollIntoViewIfNeeded();
    await expect(last.locator(".recharts-wrapper svg").first()).toBeVisible();
    expect((await last.boundingBox())?.height).toBe(before?.height);
  });

  test("the displaced chart's value labels never print over one another", async ({ page }) => {
    await page.goto("/charts");
    const figure = page.locator('figure[data-chart="displaced-over-time"]');
    await figure.scrollIntoViewIfNeeded();
    await expect(figure.locator(".recharts-wrapper svg").first()).toBeVisible();
    const boxes = await figure.locator("[data-value-label]").evaluateAll((labels) => labels.map((label) => label.getBoundingClientRect().toJSON() as DOMRect));
    expect(boxes.length).toBeGreaterThan(1);
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) expect(a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom, JSON.stringify([a, b])).toBe(false);
    }
  });

  test("printing the overview or the charts page draws every chart, with its title and axis labels, and leaves out buttons and navigation", async ({ page }, testInfo) => {
    test.skip(testInfo.project.name !== "desktop", "one print is enough");
    // Known flake, not yet understood: about one run in five the page shows Next's "This page couldn't load" while it
    // prints (another spec writes to the shared server meanwhile, and the page refreshes). It is loaded again once.
    test.setTimeout(60_000);
    for (const path of ["/en/aleppo-2026", "/en/aleppo-2026/charts"]) {
      await page.emulateMedia({ media: "screen" });
      // Loaded and settled, not scrolled: a chart drawing itself while the PDF is made would print half laid out.
      await page.goto(path, { waitUntil: "networkidle" });
      // Not scrolled: the charts below the first screen are the server's drawings.
      const titles = (await page.locator("figure[data-chart] :is(h2, h3)").allTextContents()).map((title) => title.replace(/New since you last looked/, "").replace(/\s+/g, " ").trim());
      expect(titles.length).toBeGreaterThanOrEqual(2);
      await page.emulateMedia({ media: "print" });
      let text = pdfTextInReadingOrder(await page.pdf({ format: "A4", printBackground: true })).replace(/\s+/g, " ");
      if (text.includes("This page couldn’t load")) {
        await page.reload({ waitUntil: "networkidle" });
        text = pdfTextInReadingOrder(await page.pdf({ format: "A4", printBackground: true })).replace(/\s+/g, " ");
      }
      for (const title of titles) expect(text).toContain(title);
      // Bars name their groups and values as worded.
      expect(text).toContain("civilians");
      expect(text).toContain("≥ 43");
      for (const screenOnly of ["Download PNG", "Download PDF", "Staff sign-in", "العربية"]) expect(text).not.toContain(screenOnly);
      // The overview's map prints as the brief draws it: its places named, its scale given.
      if (!path.endsWith("/charts")) expect(text).toMatch(/Sheikh Maqsoud.*\d+ (m|km)\b|\d+ (m|km)\b.*Sheikh Maqsoud/);
      if (path.endsWith("/charts")) {
        // The line chart's value axis starts at 0 in round steps; the timeline's axis carries its dates.
        expect(text).toMatch(/200,000.*150,000.*100,000.*50,000 0\b/);
        expect(text).toMatch(/\d{1,2} January/);
      }
    }
  });

  test("a file the server makes says it is being prepared, then saves under the server's name", async ({ page }) => {
    await page.goto("/charts");
    const figure = page.locator('figure[data-chart="killed-and-injured"]');
    await figure.scrollIntoViewIfNeeded();
    const download = page.waitForEvent("download");
    await figure.getByRole("link", { name: "Download Word" }).click();
    await expect(figure.getByRole("status")).toContainText(/Preparing “Download Word”|“Download Word” is ready/);
    expect((await download).suggestedFilename()).toMatch(/^sitrep-aleppo-2026-killed-and-injured-\d{4}-\d{2}-\d{2}\.docx$/);
    await expect(figure.getByRole("status")).toHaveText("“Download Word” is ready.");
  });

  test("has no serious accessibility violation", async ({ page }) => {
    await page.goto("/charts");
    await expect(page.locator(".recharts-wrapper").first()).toBeVisible();
    await expectNoSeriousAxeViolations(page);
  });
});

test.describe("charts without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("show their data as tables, and each chart as the server drew it", async ({ page }) => {
    await page.goto("/charts");
    await expect(page.locator('figure[data-chart="casualties-by-group"] table')).toContainText("at least 43");
    for (const chart of ["casualties-by-group", "killed-and-injured", "timeline", "displaced-over-time"]) {
      await expect(page.locator(`figure[data-chart="${chart}"] [data-drawn="static"] svg`)).toBeVisible();
    }
    await expect(page.locator('figure[data-chart="displaced-over-time"] [data-drawn="static"] svg')).toContainText("~155,000");
  });

  test("offer the files made on the server (CSV, PDF, PowerPoint, Word), and hide the ones drawn in the browser", async ({ page }) => {
    await page.goto("/charts");
    const figure = page.locator('figure[data-chart="casualties-by-group"]');
    await expect(figure.getByRole("button", { name: "Download PNG" })).toBeHidden();
    for (const name of ["Download PDF (A4)", "Download PowerPoint", "Download Word"]) await expect(figure.getByRole("link", { name })).toBeVisible();
    const download = page.waitForEvent("download");
    await figure.getByRole("link", { name: "Download CSV" }).click();
    expect((await download).suggestedFilename()).toMatch(/^sitrep-aleppo-2026-casualties-by-group-\d{4}-\d{2}-\d{2}\.csv$/);
  });
});
