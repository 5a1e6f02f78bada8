import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { expectNoSeriousAxeViolations } from "./axe";

test.describe("summary", () => {
  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    test("gives the key figures with their sources and how sure each is, each linked to its quote", async ({ page }) => {
      await page.goto("/en/aleppo-2026/summary");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Situation brief: Fighting in Aleppo's Sheikh Maqsoud and Ashrafiyeh");
      await expect(page.getByTestId("data-date")).toHaveText(/^Data as of \d{1,2} [A-Z][a-z]+ 2026$/);
      const displaced = page.getByTestId("summary-displaced");
      await expect(displaced.getByRole("link", { name: /^about 155,000/ })).toHaveAttribute("href", /^\/en\/figures\/[a-z0-9-]+$/);
      await expect(displaced).toContainText("Aleppo authorities");
      await expect(page.getByTestId("certainty-displaced")).toContainText("across 3 independent sources");
      await expect(page.getByTestId("certainty-displaced")).toContainText("From 59,030 (Aleppo Social Affairs, date not given) to about 165,000 (TRT World, 10 January 2026)");
      await expect(page.getByTestId("summary-context-displaced")).toContainText("Population: about 400,000 in Sheikh Maqsoud and Ashrafiyeh (ReliefWeb, date not given)");
      await expect(page.getByTestId("summary-killed").getByRole("link", { name: /^at least 82/ })).toBeVisible();
      await expect(page.getByTestId("summary-injured").getByRole("link", { name: /^more than 115/ })).toBeVisible();
      await expect(page.getByTestId("summary-facility")).toContainText("evacuated");
      await expect(page.getByRole("heading", { name: "Sources and their grades" })).toBeVisible();
      await expect(page.getByText("Syrian Observatory for Human Rights").first()).toBeVisible();
      // The map and the chart are drawn on the server: no script, no canvas.
      await expect(page.getByRole("img", { name: "Map" }).locator("svg")).toHaveCount(1);
      await expect(page.getByRole("img", { name: "People killed in Sheikh Maqsoud and Ashrafiyeh, by group" }).locator("svg rect").first()).toBeVisible();
    });

    test("keeps its running text under 400 words", async ({ page }) => {
      await page.goto("/en/aleppo-2026/summary");
      const text = await page.locator("article").evaluate((article) => {
        const copy = article.cloneNode(true) as HTMLElement;
        // The sources section is a list of names and grades, and counts; the licence, the citation, the
        // download links (data-controls) and the first screen's one-line list of the figures that follow do not.
        copy.querySelectorAll("svg, details, [aria-labelledby=cite], [data-controls], [data-testid=key-figures-list]").forEach((n) => n.remove());
        return copy.innerText;
      });
      expect(text.split(/\s+/).filter(Boolean).length).toBeLessThan(400);
    });
  });

  test("loads no script at all, and still reads, links and switches language", async ({ page, request }) => {
    const scripts: string[] = [];
    page.on("request", (r) => r.resourceType() === "script" && scripts.push(r.url()));
    const response = await page.goto("/en/aleppo-2026/summary");
    expect(await response?.text()).not.toMatch(/<script\b/i);
    expect(response?.headers()["content-security-policy"]).toMatch(/script-src 'self';/);
    await expect(page.getByTestId("summary-displaced").getByRole("link", { name: /^about 155,000/ })).toBeVisible();
    await page.waitForLoadState("networkidle");
    expect(scripts).toEqual([]);
    const etag = response?.headers()["etag"] as string;
    expect((await request.get("/en/aleppo-2026/summary", { headers: { "If-None-Match": etag } })).status()).toBe(304);
    await page.getByRole("link", { name: "العربية" }).click();
    await expect(page).toHaveURL(/\/ar\/aleppo-2026\/summary$/);
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  });

  test("is linked from the overview and passes axe", async ({ page }) => {
    await page.goto("/en/aleppo-2026");
    await page.getByRole("link", { name: "The one-page brief, with a PDF to forward" }).click();
    await expect(page).toHaveURL(/\/en\/aleppo-2026\/summary$/);
    await expectNoSeriousAxeViolations(page);
  });

  test("prints on A4 with nothing wider than the page", async ({ page }) => {
    // A4 less the print margins, at the CSS pixel's 96 per inch.
    await page.setViewportSize({ width: Math.floor(((210 - 28) / 25.4) * 96), height: 1100 });
    await page.goto("/en/aleppo-2026/summary");
    await page.emulateMedia({ media: "print" });
    const overflowing = await page.evaluate(() =>
      [...document.querySelectorAll("body *")]
        .filter((el) => {
          const box = el.getBoundingClientRect();
          return box.width > 0 && box.right > document.documentElement.clientWidth + 1;
        })
        .map((el) => el.tagName.toLowerCase() + (el.className && typeof el.className === "string" ? `.${el.className}` : "")),
    );
    expect(overflowing).toEqual([]);
    await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
    await expect(page.getByRole("link", { name: "Download PDF" })).toBeHidden();
  });

  test("shares a preview image of the headline figures", async ({ page, request }) => {
    await page.goto("/en/aleppo-2026/summary");
    const image = await page.locator('meta[property="og:image"]').getAttribute("content");
    // Named by the data version, so a chat app fetches a new preview after a write.
    expect(new URL(image as string).pathname).toMatch(/^\/en\/aleppo-2026\/opengraph-image[-\w]*\/v\d+$/);
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary_large_image");
    const response = await request.get(new URL(image as string).pathname + new URL(image as string).search);
    expect(response.headers()["content-type"]).toBe("image/png");
    const png = await response.body();
    expect(png.subarray(1, 4).toString()).toBe("PNG");
    // The IHDR chunk: width and height, big-endian, at bytes 16 and 20.
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);

    // Arabic gets its own preview, drawn by the browser that joins its letters (not the English one again).
    await page.goto("/ar/aleppo-2026/summary");
    const arabicImage = new URL((await page.locator('meta[property="og:image"]').getAttribute("content")) as string);
    expect(arabicImage.pathname).toMatch(/^\/ar\/aleppo-2026\/opengraph-image/);
    const arabic = await (await request.get(arabicImage.pathname + arabicImage.search)).body();
    expect([arabic.readUInt32BE(16), arabic.readUInt32BE(20)]).toEqual([1200, 630]);
    expect(arabic.equals(png)).toBe(false);
  });
});

test("the PDF is made on the server: A4, two pages at most, its text searchable, named by its data date", async ({ request }, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "one server-made file is enough");
  test.setTimeout(60_000);
  const response = await request.get("/summary.pdf?lang=en");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/pdf");
  expect(response.headers()["content-disposition"]).toMatch(/filename="sitrep-aleppo-2026-summary-2026-\d\d-\d\d\.pdf"/);
  const body = await response.body();
  expect(body.subarray(0, 5).toString()).toBe("%PDF-");
  const file = path.join(os.tmpdir(), `sitrep-summary-${process.pid}.pdf`);
  fs.writeFileSync(file, body);
  try {
    const text = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
    for (const words of ["about 155,000", "at least 82", "more than 115", "Syrian Observatory for Human Rights", "Aleppo authorities", "evacuated"]) expect(text).toContain(words);
    const info = execFileSync("pdfinfo", [file], { encoding: "utf8" });
    expect(info).toMatch(/Pages:\s+[12]\n/);
    // No empty page: each has text.
    const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
    for (let page = 1; page <= pages; page++) {
      expect(execFileSync("pdftotext", ["-f", String(page), "-l", String(page), file, "-"], { encoding: "utf8" }).trim().length).toBeGreaterThan(50);
    }
    expect(info).toMatch(/Title:\s+Situation brief/);
    expect(info).toMatch(/Author:\s+Sitrep/);
    expect(info).toMatch(/Page size:\s+59[45].*A4/);
    // Vector: the map and chart are not pictures; every font is embedded.
    const images = execFileSync("pdfimages", ["-list", file], { encoding: "utf8" }).trim().split("\n");
    expect(images.length).toBeLessThanOrEqual(2);
    const fonts = execFileSync("pdffonts", [file], { encoding: "utf8" }).trim().split("\n").slice(2);
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) expect(font).toMatch(/\byes\b/);
  } finally {
    fs.rmSync(file, { force: true });
  }
  const again = await request.get("/summary.pdf?lang=en", { headers: { "If-None-Match": response.headers().etag } });
  expect(again.status()).toBe(304);
});

test("Arabic numbers stay one run: the brief's PDF reads 59,030 whole, and the pages' figures carry no invisible direction marks", async ({ page, request }, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "one server-made file is enough");
  test.setTimeout(60_000);
  const response = await request.get("/summary.pdf?situation=aleppo-2026&lang=ar");
  expect(response.status()).toBe(200);
  const file = path.join(os.tmpdir(), `sitrep-summary-ar-${process.pid}.pdf`);
  fs.writeFileSync(file, await response.body());
  try {
    const text = execFileSync("pdftotext", [file, "-"], { encoding: "utf8" });
    expect(text).toMatch(/\b59,030\b/);
    expect(text).toMatch(/\b165,000\b/);
  } finally {
    fs.rmSync(file, { force: true });
  }
  // The figures, their sources and ranges are isolated by markup (<bdi>), not characters.
  for (const [path, figures] of [["/ar/aleppo-2026", "[data-testid^=headline-], [data-testid^=certainty-]"], ["/ar/aleppo-2026/summary", "[data-testid^=summary-] a, [data-testid^=certainty-], [data-testid=data-date]"]] as const) {
    await page.goto(path);
    const texts = await page.locator(figures).allInnerTexts();
    expect(texts.length).toBeGreaterThan(0);
    for (const text of texts) expect(text, text).not.toMatch(/[\u2066-\u2069]/);
  }
  // Whatever else a reader copies reaches the clipboard without them.
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/ar/aleppo-2026");
  await page.waitForLoadState("networkidle");
  await page.getByTestId("context-displaced").evaluate((element) => window.getSelection()?.selectAllChildren(element));
  await page.keyboard.press("Control+C");
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain("120,000");
  expect(copied).not.toMatch(/[\u2066-\u2069]/);
});

test("on a phone the brief's first screen holds every key figure, and nothing is wider than the screen", async ({ browser }, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "a phone-sized context of its own");
  for (const locale of ["en", "ar"]) {
    const page = await (await browser.newContext({ baseURL: testInfo.project.use.baseURL, viewport: { width: 360, height: 780 }, isMobile: true, javaScriptEnabled: false })).newPage();
    await page.goto(`/${locale}/aleppo-2026/summary`);
    const lines = page.getByTestId("key-figures-list").getByRole("listitem");
    // Displaced, killed, injured, and the hospital's status.
    await expect(lines).toHaveCount(4);
    for (const box of await lines.evaluateAll((items) => items.map((item) => item.getBoundingClientRect().bottom))) expect(box).toBeLessThanOrEqual(780);
    await expect(lines.first().getByRole("link")).toHaveText(locale === "en" ? "about 155,000" : /155,000/);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  }
});
