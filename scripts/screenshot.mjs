// Screenshots of pages at desktop and phone widths, for looking at what we built.
// Usage: node scripts/screenshot.mjs http://localhost:3000/ out-prefix [path ...]
import { chromium } from "@playwright/test";

const [base = "http://localhost:3000", prefix = "/tmp/shot", ...paths] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
});
for (const [name, width] of [["desktop", 1280], ["phone", 360]]) {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  page.on("console", (m) => m.type() === "error" && console.log(`[${name}] console error: ${m.text()}`));
  for (const path of paths.length ? paths : ["/"]) {
    await page.goto(new URL(path, base).toString(), { waitUntil: "networkidle" });
    await page.waitForTimeout(500);
    const file = `${prefix}-${name}${path.replace(/[^a-z0-9]+/gi, "_")}.png`;
    await page.screenshot({ path: file, fullPage: true });
    console.log(file);
  }
  await page.close();
}
await browser.close();
