import { describe, expect, it } from "vitest";
import { withoutScripts } from "@/lib/summary/without-scripts";

describe("withoutScripts", () => {
  it("takes out inline and external scripts and script preloads, and keeps styles, fonts and text", () => {
    const html = [
      '<html><head><link rel="stylesheet" href="/a.css"><link rel="preload" href="/f.woff2" as="font">',
      '<link rel="preload" as="script" href="/x.js"><link rel="modulepreload" href="/y.js">',
      '<noscript><style>.needs-js{display:none!important}</style></noscript></head>',
      '<body><h1>Brief</h1><script src="/z.js" async=""></script><script>self.__next_f.push([1,"<p>"])</script><p>about 155,000</p></body></html>',
    ].join("");
    const out = withoutScripts(html);
    expect(out).not.toMatch(/<script|modulepreload|as="script"/);
    expect(out).toContain('<link rel="stylesheet" href="/a.css">');
    expect(out).toContain('<link rel="preload" href="/f.woff2" as="font">');
    expect(out).toContain("<style>.needs-js{display:none!important}</style>");
    expect(out).not.toContain("<noscript>");
    expect(out).toContain("<h1>Brief</h1>");
    expect(out).toContain("<p>about 155,000</p>");
  });
});
