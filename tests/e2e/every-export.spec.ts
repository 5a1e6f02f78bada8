import { expect, test, type Locator, type Page } from "@playwright/test";

// Every file control a reader can press, on the charts page, the map and an embed: the right name and
// the right kind of file. What each file holds is checked in charts, exports and map specs.
test.beforeEach(({}, testInfo) => test.skip(testInfo.project.name !== "desktop", "one viewport presses them all"));
test.setTimeout(180_000);

const MAGIC: Record<string, (bytes: Buffer) => boolean> = {
  png: (b) => b.subarray(0, 8).toString("hex") === "89504e470d0a1a0a",
  pdf: (b) => b.subarray(0, 5).toString() === "%PDF-",
  pptx: (b) => b.subarray(0, 4).toString("hex") === "504b0304",
  docx: (b) => b.subarray(0, 4).toString("hex") === "504b0304",
  svg: (b) => /^(<\?xml[^>]*>\s*)?<svg\b/.test(b.subarray(0, 200).toString()),
  // A chart's CSV: its header row, then an HXL row.
  csv: (b) => /^chart,category,series,[^\n]*\n#/.test(b.toString("utf8").replace(/^\uFEFF/, "")),
};

async function pressEach(page: Page, group: Locator, item: string): Promise<string[]> {
  const names: string[] = [];
  const controls = group.locator("a[download], button");
  for (let i = 0; i < (await controls.count()); i++) {
    const control = controls.nth(i);
    const label = (await control.innerText()).trim();
    if (/citation/i.test(label)) continue;
    await expect(control).toBeEnabled();
    const download = page.waitForEvent("download");
    await control.click();
    const file = await download;
    const name = file.suggestedFilename();
    const ext = name.split(".").at(-1) ?? "";
    expect(name, label).toMatch(new RegExp(`^sitrep-aleppo-2026-${item}(-letter|-print)?-\\d{4}-\\d{2}-\\d{2}\\.${ext}$`));
    const bytes = Buffer.concat(await (await file.createReadStream()).toArray());
    expect(MAGIC[ext]?.(bytes), `${label}: ${name}`).toBe(true);
    if (name.includes("-print")) expect(bytes.readUInt32BE(16), `${label} width`).toBeGreaterThanOrEqual(3000);
    names.push(name.replace(/-\d{4}-\d{2}-\d{2}/, ""));
  }
  return names;
}

test("every file button of a chart on /charts downloads its file", async ({ page }) => {
  await page.goto("/en/aleppo-2026/charts");
  const figure = page.locator('figure[data-chart="killed-and-injured"]');
  await figure.scrollIntoViewIfNeeded();
  await expect(figure.locator(".recharts-wrapper svg").first()).toBeVisible();
  const names = await pressEach(page, figure.getByRole("group", { name: /^Export/ }), "killed-and-injured");
  expect(names.map((n) => n.replace("sitrep-aleppo-2026-killed-and-injured", "")).sort()).toEqual(
    [".csv", ".docx", ".pdf", ".png", ".pptx", ".svg", "-letter.pdf", "-print.png"].sort(),
  );
});

test("every file button of the map downloads its file", async ({ page }) => {
  await page.goto("/en/aleppo-2026/map");
  await expect(page.locator(".leaflet-container")).toBeVisible();
  const names = await pressEach(page, page.getByRole("button", { name: "Download map (PNG)" }).locator("xpath=.."), "map-displaced");
  expect(names.sort()).toEqual(["sitrep-aleppo-2026-map-displaced-letter.pdf", "sitrep-aleppo-2026-map-displaced-print.png", "sitrep-aleppo-2026-map-displaced.pdf", "sitrep-aleppo-2026-map-displaced.png"]);
});

test("every file button of an embedded chart downloads its file", async ({ page }) => {
  await page.goto("/en/embed/aleppo-2026/charts/casualties-by-group");
  await expect(page.locator(".recharts-wrapper svg").first()).toBeVisible();
  const names = await pressEach(page, page.getByRole("group", { name: /^Export/ }), "casualties-by-group");
  expect(names).toHaveLength(8);
});
