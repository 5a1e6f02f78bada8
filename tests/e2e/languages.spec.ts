import { expect, test, type Download, type Page } from "@playwright/test";
import { situationPage } from "./situation-paths";
import { expectNoSeriousAxeViolations } from "./axe";
import { pdfText } from "./pdf-tools";

// Values set into Arabic text carry Unicode isolates (lib/i18n/bidi.ts); what a reader sees is the words and the number.
const seen = (text: string) => text.replace(/[\u2066-\u2069]/g, "");

async function bytesOf(download: Download): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** The x of each category label on a bar chart's axis, in the chart's own order. */
async function categoryPositions(page: Page, chart: string): Promise<number[]> {
  const figure = page.locator(`figure[data-chart="${chart}"]`);
  await figure.scrollIntoViewIfNeeded();
  await expect(figure.locator(".recharts-wrapper svg").first()).toBeVisible();
  const ticks = figure.locator(".recharts-xAxis-tick-labels text");
  await expect(ticks.first()).toHaveText(/\S/);
  return ticks.evaluateAll((nodes) => nodes.map((n) => n.getBoundingClientRect().x + n.getBoundingClientRect().width / 2));
}

test.describe("Arabic", () => {
  test("/ar is right to left, with the headline figures' qualifiers in Arabic", async ({ page }) => {
    await page.goto(situationPage("ar"));
    await expect(page.locator("html")).toHaveAttribute("lang", "ar");
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("القتال في حيّي الشيخ مقصود والأشرفية في حلب");
    expect(seen(await page.getByTestId("headline-displaced").innerText())).toBe("نحو 155,000");
    expect(seen(await page.getByTestId("headline-killed").innerText())).toMatch(/^ما لا يقل عن \d+$/);
    expect(seen(await page.getByTestId("headline-injured").innerText())).toBe("أكثر من 115");
    // Source names stay as the source writes them.
    await expect(page.getByRole("article").filter({ hasText: "SOHR" }).first()).toBeVisible();
  });

  test("the map's controls and inset are mirrored", async ({ page }, testInfo) => {
    await page.goto("/ar/aleppo-2026/map");
    await expect(page.locator(".leaflet-top.leaflet-right .leaflet-control-zoom")).toBeVisible();
    await expect(page.locator(".leaflet-control-zoom-in")).toHaveAttribute("title", "تكبير");
    await expect(page.locator(".leaflet-bottom.leaflet-left .leaflet-control-attribution")).toBeVisible();
    await expect(page.locator(".leaflet-top.leaflet-left .leaflet-control-zoom")).toHaveCount(0);
    if (testInfo.project.name === "desktop") {
      const map = await page.locator(".leaflet-container").boundingBox();
      const inset = await page.locator("figure").filter({ has: page.locator("#inset-caption") }).boundingBox();
      expect(inset && map && inset.x + inset.width <= map.x + 1).toBe(true);
    }
  });

  test("charts read from the right: categories run right to left, values on the right", async ({ page }) => {
    await page.goto("/ar/aleppo-2026/charts");
    const xs = await categoryPositions(page, "casualties-by-group");
    expect(xs.length).toBeGreaterThan(1);
    expect(xs).toEqual([...xs].sort((a, b) => b - a));
    const figure = page.locator('figure[data-chart="casualties-by-group"]');
    const valueAxis = await figure.locator(".recharts-yAxis-tick-labels").boundingBox();
    const plot = await figure.locator(".recharts-cartesian-grid").boundingBox();
    expect(valueAxis && plot && valueAxis.x >= plot.x + plot.width - 1).toBe(true);

    await page.goto("/en/aleppo-2026/charts");
    const english = await categoryPositions(page, "casualties-by-group");
    expect(english).toEqual([...english].sort((a, b) => a - b));
  });

  test("a chart exported from /ar carries Arabic text, shaped by the embedded Arabic font", async ({ page }) => {
    await page.goto("/ar/aleppo-2026/charts");
    const figure = page.locator('figure[data-chart="casualties-by-group"]');
    await figure.scrollIntoViewIfNeeded();
    await expect(figure.locator(".recharts-wrapper svg").first()).toBeVisible();
    const svgDownload = page.waitForEvent("download");
    await figure.getByRole("button", { name: "تنزيل SVG" }).click();
    const svg = (await bytesOf(await svgDownload)).toString("utf8");
    const texts = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    expect(texts.some((t) => t.includes("القتلى في الشيخ مقصود والأشرفية"))).toBe(true);
    expect(svg).toContain('direction="rtl"');
    expect(svg).toMatch(/unicode-range: U\+0600-06FF/);
    const pngDownload = page.waitForEvent("download");
    await figure.getByRole("button", { name: "تنزيل PNG" }).click();
    const png = await bytesOf(await pngDownload);
    expect(png.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
  });

  test("a server-made chart PDF in Arabic has Arabic text to search", async ({ request }, testInfo) => {
    test.skip(testInfo.project.name !== "desktop", "one server-made file is enough");
    test.setTimeout(60_000);
    const response = await request.get("/api/charts/casualties-by-group?format=pdf&lang=ar");
    expect(response.status()).toBe(200);
    // The caption is the page's language, not only the drawing: its words as pdftotext gives them back.
    const words = pdfText(await response.body()).replace(/[\u2066-\u2069\u200e\u200f\u202a-\u202e\s]/g, "");
    expect(words).toContain("المصادر");
    expect(words).toContain("SOHR");
    const pptx = await request.get("/api/charts/casualties-by-group?format=pptx&lang=ku");
    expect((await pptx.body()).length).toBeGreaterThan(1000);
    const chart = await (await request.get("/api/charts/casualties-by-group?lang=ar")).json();
    expect(chart).toMatchObject({ locale: "ar", title: "القتلى في الشيخ مقصود والأشرفية، حسب الفئة" });
  });
});

test.describe("Kurmanji", () => {
  test("/ku is left to right, in Kurmanji, with its qualifiers and Kurmanji place names", async ({ page }) => {
    await page.goto(situationPage("ku"));
    await expect(page.locator("html")).toHaveAttribute("lang", "ku");
    await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Şer li Şêxmeqsûd û Eşrefiyê ya Helebê");
    await expect(page.getByTestId("headline-displaced")).toHaveText("bi qasî 155,000");
    await expect(page.getByTestId("headline-killed")).toHaveText(/^herî kêm \d+$/);
    await expect(page.getByTestId("headline-injured")).toHaveText("zêdetirî 115");
    await page.goto("/ku/aleppo-2026/map");
    await expect(page.locator(".leaflet-top.leaflet-left .leaflet-control-zoom")).toBeVisible();
  });

  test("dates read the same on the page and in the charts the browser draws", async ({ page }) => {
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto("/ku/aleppo-2026/charts");
    const figure = page.locator('figure[data-chart="displaced-over-time"]');
    await figure.scrollIntoViewIfNeeded();
    await expect(figure.locator(".recharts-wrapper svg").first()).toBeVisible();
    await expect(figure.locator(".recharts-xAxis-tick-labels text").first()).toHaveText(/^\d+ê [a-zêîû]+a$/);
    await expect(figure.locator("figcaption")).toContainText(/Dane heta \d+ê [a-zêîû]+a \d{4}an/);
    expect(errors).toEqual([]);
  });
});

test.describe("choosing a language", () => {
  test("/ picks the language from the browser's Accept-Language", async ({ browser }) => {
    for (const [locale, path] of [["ar-SY", "/ar"], ["ku", "/ku"], ["fr-FR", "/en"]] as const) {
      const context = await browser.newContext({ locale });
      const page = await context.newPage();
      await page.goto("/");
      expect(new URL(page.url()).pathname).toBe(path);
      await context.close();
    }
  });

  test("the switch keeps the page and its filters, and the choice is remembered", async ({ page, context }) => {
    await page.goto("/en/figures?indicator=killed&sort=value");
    await page.getByRole("navigation", { name: "Language" }).getByRole("link", { name: "العربية" }).click();
    await expect(page).toHaveURL(/\/ar\/figures\?indicator=killed&sort=value$/);
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await expect(page.getByRole("navigation", { name: "اللغة" }).locator('[aria-current="true"]')).toHaveText("العربية");
    expect((await context.cookies()).find((c) => c.name === "NEXT_LOCALE")?.value).toBe("ar");
    await page.goto("/sources");
    expect(new URL(page.url()).pathname).toBe("/ar/sources");

    await page.getByRole("navigation", { name: "اللغة" }).getByRole("link", { name: "Kurdî" }).click();
    await expect(page).toHaveURL(/\/ku\/sources$/);
  });

  test("each page names its versions in the other languages", async ({ page }) => {
    await page.goto("/ar/figures");
    for (const [lang, path] of [["en", "/en/figures"], ["ar", "/ar/figures"], ["ku", "/ku/figures"], ["x-default", "/figures"]]) {
      expect(await page.locator(`link[rel="alternate"][hreflang="${lang}"]`).getAttribute("href")).toMatch(new RegExp(`${path}$`));
    }
  });

  test("the switch refuses another site's address", async ({ request }) => {
    const response = await request.get("/language?to=ar&path=//evil.example/x", { maxRedirects: 0 });
    expect(response.status()).toBe(303);
    expect(response.headers().location).toBe("/ar");
    expect((await request.get("/language?to=fr&path=/", { maxRedirects: 0 })).status()).toBe(400);
  });
});

// Every kind of page, in both new languages, as their readers land on them.
const overviews = [situationPage("ar"), situationPage("ku")];
for (const path of ["/ar", ...overviews, situationPage("ar", "/summary"), "/ar/figures", "/ar/sources", "/ar/events", "/ar/sign-in", "/ku", situationPage("ku", "/charts"), situationPage("ku", "/map"), "/ku/figures/sohr-seed-killed-total"]) {
  test(`${path} has one h1 and no serious accessibility violation`, async ({ page }, testInfo) => {
    test.skip(testInfo.project.name !== "desktop" && !overviews.includes(path), "the phone checks the overviews");
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page.locator("h1")).toHaveCount(1);
    await expectNoSeriousAxeViolations(page);
  });
}

test("an English page's browser code carries no Arabic or Kurmanji messages and no translated data", async ({ request }, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "one look at the scripts is enough");
  const html = await (await request.get(situationPage("en"))).text();
  const scripts = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]);
  expect(scripts.length).toBeGreaterThan(3);
  const code = (await Promise.all(scripts.map(async (src) => (await request.get(src)).text()))).join("\n");
  // An Arabic message, a Kurmanji one, and a line of the phrasebook.
  for (const text of ["الأرقام الرئيسية", "Hejmarên sereke", "حقل تاريخ الحفظ"]) expect(code.includes(text), text).toBe(false);
  expect(code).toContain("Headline figures");
});

test("the Arabic font loads for pages that show Arabic, and an English overview downloads none", async ({ browser }, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "fonts are the same at any width");
  const fontsOf = async (path: string) => {
    const page = await browser.newPage();
    const fonts: string[] = [];
    page.on("request", (r) => r.url().includes(".woff") && fonts.push(r.url()));
    await page.goto(path, { waitUntil: "networkidle" });
    await page.close();
    return fonts;
  };
  expect((await fontsOf(situationPage("en"))).filter((url) => url.includes("arabic"))).toEqual([]);
  expect((await fontsOf(situationPage("ar"))).some((url) => url.includes("noto-sans-arabic-arabic-400"))).toBe(true);
});
