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
