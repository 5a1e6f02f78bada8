import JSZip from "jszip";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { pdfFonts, pdfInfo, pdfRasters, pdfText } from "./pdf-tools";

// Files made on the server: one project is enough, and each is made once per data version.
test.beforeEach(({}, testInfo) => test.skip(testInfo.project.name !== "desktop", "server-made files"));
test.setTimeout(60_000);

async function fetchFile(request: APIRequestContext, path: string, type: string): Promise<{ bytes: Buffer; name: string }> {
  const response = await request.get(path);
  expect(response.status(), await response.text().catch(() => "")).toBe(200);
  expect(response.headers()["content-type"]).toBe(type);
  const name = /filename="([^"]+)"/.exec(response.headers()["content-disposition"] ?? "")?.[1] ?? "";
  return { bytes: await response.body(), name };
}

test("a chart's PDF is vector, its text searchable with a qualified value, its fonts embedded, its metadata set", async ({ request }) => {
  const { bytes, name } = await fetchFile(request, "/api/charts/casualties-by-group?format=pdf", "application/pdf");
  expect(name).toMatch(/^sitrep-aleppo-2026-casualties-by-group-\d{4}-\d{2}-\d{2}\.pdf$/);
  const text = pdfText(bytes);
  expect(text).toContain("People killed in Sheikh Maqsoud and Ashrafiyeh, by group");
  expect(text).toMatch(/Sources: SOHR, .*Neighbourhood councils/);
  expect(text).toContain("≥ 43");
  expect(text).toContain("≥ at least");
  expect(text).toContain("CC BY 4.0");
  expect(text).toMatch(/Sitrep, People killed [\s\S]* accessed \d{1,2} \w+ \d{4}/);
  expect(pdfRasters(bytes)).toEqual([]);
  const fonts = pdfFonts(bytes);
  expect(fonts.length).toBeGreaterThan(0);
  for (const font of fonts) expect(font.split(/\s+/).slice(-5, -3)).toEqual(["yes", "yes"]);
  // Our own fonts only, the qualifier signs included: nothing taken from whatever the server has installed.
  for (const font of fonts) expect(font).toMatch(/^[A-Z]{6}\+NotoSans/);
  const info = pdfInfo(bytes);
  expect(info).toMatch(/Title:\s+People killed in Sheikh Maqsoud and Ashrafiyeh, by group/);
  expect(info).toMatch(/Subject:\s+Sources: SOHR/);
  expect(info).toMatch(/Author:\s+Sitrep/);
  expect(info).toMatch(/Keywords:\s+Aleppo/);
  expect(info).toMatch(/CreationDate:\s+\S/);
  expect(info).toMatch(/Page size:\s+841.92 x 594.96 pts \(A4\)/);
  expect(info).toMatch(/Pages:\s+1\n/);
});

test("the PDF comes on Letter paper too", async ({ request }) => {
  const { bytes, name } = await fetchFile(request, "/api/charts/killed-and-injured?format=pdf&paper=letter", "application/pdf");
  expect(name).toMatch(/^sitrep-aleppo-2026-killed-and-injured-letter-/);
  expect(pdfInfo(bytes)).toMatch(/Page size:\s+792 x 612 pts \(letter\)/);
});

test("PowerPoint gets a native chart with the plotted values, series named by source, qualified labels, and the caption as text", async ({ request }) => {
  const { bytes, name } = await fetchFile(request, "/api/charts/casualties-by-group?format=pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation");
  expect(name).toMatch(/\.pptx$/);
  const zip = await JSZip.loadAsync(bytes);
  const chartFile = Object.keys(zip.files).find((f) => /^ppt\/charts\/chart\d+\.xml$/.test(f));
  expect(chartFile).toBeDefined();
  const chart = await zip.file(chartFile as string)!.async("string");
  expect(chart).toContain("<c:barChart>");
  for (const series of ["SOHR", "SDF", "Neighbourhood councils"]) expect(chart).toContain(`<c:v>${series}</c:v>`);
  for (const value of ["43", "38", "12"]) expect(chart).toContain(`<c:v>${value}</c:v>`);
  expect(chart).toContain("<a:t>≥ 43</a:t>");
  expect(Object.keys(zip.files).some((f) => /^ppt\/embeddings\/.*\.xlsx$/.test(f))).toBe(true);
  const slide = await zip.file("ppt/slides/slide1.xml")!.async("string");
  expect(slide).toContain("People killed in Sheikh Maqsoud and Ashrafiyeh, by group");
  expect(slide).toMatch(/Sources: SOHR, SDF, Neighbourhood councils/);
  expect(slide).toContain("CC BY 4.0");
});

test("Word gets the chart as a picture and its caption as text", async ({ request }) => {
  const { bytes } = await fetchFile(request, "/api/charts/displaced-over-time?format=docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
  const zip = await JSZip.loadAsync(bytes);
  const document = await zip.file("word/document.xml")!.async("string");
  expect(document).toContain("People displaced from Sheikh Maqsoud and Ashrafiyeh, count by count");
  expect(document).toMatch(/Sources: [^<]*Aleppo governor/);
  expect(document).toContain("CC BY 4.0");
  expect(Object.keys(zip.files).some((f) => /^word\/media\/.*\.png$/.test(f))).toBe(true);
});

test("the timeline, which is not a bar or line chart, goes to PowerPoint as a native table", async ({ request }) => {
  const { bytes } = await fetchFile(request, "/api/charts/timeline?format=pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation");
  const slide = await (await JSZip.loadAsync(bytes)).file("ppt/slides/slide1.xml")!.async("string");
  expect(slide).toContain("<a:tbl>");
});

test("an embedded chart offers the same files, and a bad option is a 400", async ({ page, request }) => {
  await page.goto("/en/embed/aleppo-2026/charts/casualties-by-group");
  for (const name of ["Download PDF (A4)", "PDF (Letter)", "Download PowerPoint", "Download Word"]) {
    await expect(page.getByRole("link", { name })).toHaveAttribute("href", /^\/api\/charts\/casualties-by-group\?format=(pdf|pptx|docx)/);
  }
  expect((await request.get("/api/charts/casualties-by-group?format=pdf&paper=a3")).status()).toBe(400);
  expect((await request.get("/api/map?format=pdf&indicator=missing")).status()).toBe(400);
});
