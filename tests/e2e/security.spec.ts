import { expect, test } from "@playwright/test";

// Cached pages carry a policy of script hashes from the page cache, pages rendered per request a nonce.
const pages = [
  { path: "/en", cached: true },
  { path: "/en/aleppo-2026", cached: true },
  { path: "/en/aleppo-2026/charts", cached: true },
  { path: "/en/aleppo-2026/map", cached: true },
  { path: "/en/sources", cached: true },
  { path: "/en/figures/sohr-seed-killed-total", cached: true },
  { path: "/en/events/seed-asayish-khalid-fajr-evacuated", cached: true },
  { path: "/en/embed/aleppo-2026/charts/timeline", cached: true },
  { path: "/en/no-such-page/at-all", cached: true },
  { path: "/en/figures?indicator=killed", cached: false },
  { path: "/en/events?kind=ceasefire", cached: false },
];

for (const { path, cached } of pages) {
  test(`${path} allows only its own scripts, and runs them`, async ({ page }) => {
    const violations: string[] = [];
    page.on("console", (m) => /Content Security Policy|Refused to/.test(m.text()) && violations.push(m.text()));
    const response = await page.goto(path);
    const policies = (await response?.headersArray())?.filter((h) => h.name.toLowerCase() === "content-security-policy") ?? [];
    expect(policies).toHaveLength(1);
    const policy = policies[0].value;
    expect(policy).toMatch(cached ? /script-src 'self'( 'sha256-[^']+')+;/ : /script-src 'self' 'nonce-[0-9a-f]{32}';/);
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
    for (const directive of ["object-src 'none'", "base-uri 'self'", "default-src 'self'"]) expect(policy).toContain(directive);
    expect(policy).toContain(path.includes("/embed/") ? "frame-ancestors *" : "frame-ancestors 'self'");
    // Hydrated: React has taken over the server's HTML, which it could not if its scripts were refused.
    await page.waitForFunction(() => Object.keys(document.querySelector("h1") ?? {}).some((key) => key.startsWith("__reactFiber")));
    await page.waitForLoadState("networkidle");
    expect(violations).toEqual([]);
  });
}

test("a cached page keeps its policy on a cache hit, and an injected inline script would be refused", async ({ request, page }) => {
  const first = await request.get("/en/sources");
  const second = await request.get("/en/sources");
  expect(second.headers()["content-security-policy"]).toBe(first.headers()["content-security-policy"]);
  expect(second.headers()["cache-control"]).toBe("public, no-cache");
  const blocked: string[] = [];
  page.on("console", (m) => blocked.push(m.text()));
  await page.goto("/en/sources");
  await page.evaluate(() => {
    const script = document.createElement("script");
    script.textContent = "window.__injected = true";
    document.body.append(script);
  });
  expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
});

test("data, tiles and fonts may not be framed, and nothing is powered-by", async ({ request }) => {
  for (const path of ["/api/figures", "/api/health"]) {
    const response = await request.get(path);
    expect(response.headers()["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(response.headers()["x-powered-by"]).toBeUndefined();
    expect(response.headers()["permissions-policy"]).toContain("camera=()");
  }
  const https = await request.get("/en/aleppo-2026/charts", { headers: { "X-Forwarded-Proto": "https" } });
  expect(https.headers()["strict-transport-security"]).toContain("max-age=");
  expect((await request.get("/en/aleppo-2026/charts")).headers()["strict-transport-security"]).toBeUndefined();
});
