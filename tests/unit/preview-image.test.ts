import { describe, expect, it } from "vitest";
import { previewHtml } from "@/lib/print/preview-image";

describe("the Arabic link preview", () => {
  it("is a right-to-left Arabic page with its figures isolated and every text escaped", () => {
    const html = previewHtml({ dir: "rtl", lang: "ar", kicker: "Sitrep · موجز الوضع", title: "القتال في حيّي <الشيخ مقصود>", figures: [{ what: "النازحون", value: "نحو 155,000", source: "Aleppo authorities" }], dataDate: "البيانات حتى 13 كانون الثاني 2026" });
    expect(html).toContain('<html lang="ar" dir="rtl">');
    expect(html).toContain("القتال في حيّي &lt;الشيخ مقصود&gt;");
    expect(html).toContain("<bdi>نحو 155,000</bdi>");
    expect(html).toContain("@font-face");
  });
});

describe("the picture of a chart for Word", () => {
  it("is drawn in the embedded Noto Sans, not the browser's default serif", async () => {
    const { svgPageHtml } = await import("@/lib/print/svg-files");
    const recharts = '<svg class="recharts-surface" width="600" height="300"><text x="10" y="20">~155,000</text></svg>';
    const page = svgPageHtml(recharts, "ar", "");
    expect(page).toMatch(/@font-face\{font-family:"Noto Sans";font-weight:400;src:url\(data:font\/woff2;base64,/);
    expect(page).toContain('body{margin:0;background:#fff;font-family:"Noto Sans",sans-serif}');
    // A captioned SVG carries its own fonts: they are not embedded twice.
    expect(svgPageHtml('<svg><style>@font-face{font-family:"Noto Sans"}</style></svg>', "en", "")).not.toContain("base64");
  });
});
