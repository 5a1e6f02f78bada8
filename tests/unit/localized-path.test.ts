import { describe, expect, it } from "vitest";
import { localizedPath } from "@/lib/i18n/localized-path";

describe("localizedPath", () => {
  it("puts pages under the locale and leaves data, fonts, tiles and other sites alone", () => {
    expect(localizedPath("en", "/")).toBe("/en");
    expect(localizedPath("en", "/figures/selection?ids=a,b")).toBe("/en/figures/selection?ids=a,b");
    expect(localizedPath("ar", "/figures/x#other-claims")).toBe("/ar/figures/x#other-claims");
    for (const href of ["/api/figures?format=csv", "/fonts/a.woff2", "/tiles/1/2/3", "https://example.org/x", "//cdn.example/x", "#main"]) {
      expect(localizedPath("en", href)).toBe(href);
    }
  });
});
