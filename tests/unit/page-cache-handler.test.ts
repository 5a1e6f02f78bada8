import { createHash } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import PageCacheHandler from "@/lib/cache/page-cache-handler.js";

const state = globalThis as unknown as { sitrepDataVersion?: number };
const page = (version: number, body = "", embed = false) => ({
  kind: "APP_PAGE",
  html: `<html><head><meta name="sitrep-data-version" content="${version}"/>${embed ? '<meta name="sitrep-embed" content="1"/>' : ""}</head><body>${body}<script src="/_next/static/a.js"></script><script>self.__next_f.push([1,"x"])</script><script>self.__next_f.push([1,"y"])</script></body></html>`,
  rscData: Buffer.from("rsc"),
  headers: {},
  status: 200,
});
const sha = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;

describe("the page cache", () => {
  let handler: InstanceType<typeof PageCacheHandler>;
  beforeEach(() => {
    state.sitrepDataVersion = 3;
    handler = new PageCacheHandler();
  });

  it("serves a page until the data version moves past the one it was rendered from", async () => {
    await handler.set("/en", page(3));
    expect(await handler.get("/en")).not.toBeNull();
    state.sitrepDataVersion = 4;
    expect(await handler.get("/en")).toBeNull();
    // Rendered before a write landed: stamped with what it shows, so it is stale at once.
    await handler.set("/en", page(3));
    expect(await handler.get("/en")).toBeNull();
  });

  it("gives a cached page a policy that allows its own inline scripts by hash, and nothing inline else", async () => {
    const data = page(3);
    await handler.set("/en/charts", data);
    const policy = (data.headers as Record<string, string>)["content-security-policy"];
    // Revalidated on every use, by its ETag.
    expect((data.headers as Record<string, string>)["cache-control"]).toBe("public, no-cache");
    expect(policy).toContain(`script-src 'self' ${sha('self.__next_f.push([1,"x"])')} ${sha('self.__next_f.push([1,"y"])')}`);
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(policy).toContain("frame-ancestors 'self'");
    expect(policy).toContain("object-src 'none'");
    const embed = page(3, "", true);
    await handler.set("/en/embed/charts/timeline", embed);
    expect((embed.headers as Record<string, string>)["content-security-policy"]).toContain("frame-ancestors *");
  });

  it("gives a 404 its policy but keeps no copy: a client chooses its address, and must not fill the cache", async () => {
    const missing = { ...page(3), status: 404 };
    await handler.set("/en/no-such-page", missing);
    expect((missing.headers as Record<string, string>)["content-security-policy"]).toContain("script-src 'self' 'sha256-");
    expect(await handler.get("/en/no-such-page")).toBeNull();
  });

  it("drops the least recently used pages when over its memory bound", async () => {
    const big = "x".repeat(40 * 1024 * 1024);
    await handler.set("/a", page(3, big));
    await handler.set("/b", page(3, big));
    await handler.get("/a");
    await handler.set("/c", page(3, big));
    await handler.set("/d", page(3, big));
    expect(await handler.get("/b")).toBeNull();
    expect(await handler.get("/d")).not.toBeNull();
  });
});
