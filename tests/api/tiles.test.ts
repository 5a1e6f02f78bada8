import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { GET } from "@/app/tiles/[z]/[x]/[y]/route";

// A tile host on loopback that answers one tile and fails the rest.
let host: http.Server;
let hostUrl: string;
beforeAll(async () => {
  host = http.createServer((req, res) => {
    if (req.url === "/3/4/2.png") {
      res.writeHead(200, { "Content-Type": "image/png" });
      res.end(Buffer.from("89504e470d0a1a0a", "hex"));
    } else if (req.url === "/3/4/4.png") {
      res.writeHead(200, { "Content-Type": "image/svg+xml" });
      res.end('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.cookie)</script></svg>');
    } else if (req.url === "/3/4/5.png") {
      res.writeHead(200, { "Content-Type": "image/png" });
      res.end("<html><script>alert(1)</script></html>");
    } else if (req.url === "/3/4/6.png") {
      res.writeHead(302, { Location: "/3/4/2.png" });
      res.end();
    } else if (req.url === "/3/4/7.png") {
      // A "tile" that never ends: the PNG signature, then megabytes, no Content-Length.
      res.writeHead(200, { "Content-Type": "image/png" });
      res.write(Buffer.from("89504e470d0a1a0a", "hex"));
      for (let i = 0; i < 40; i++) res.write(Buffer.alloc(64 * 1024));
      res.end();
    } else {
      res.writeHead(500);
      res.end();
    }
  });
  await new Promise<void>((resolve) => host.listen(0, "127.0.0.1", resolve));
  hostUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}/{z}/{x}/{y}.png`;
});
beforeEach(() => {
  process.env.TILE_URL = hostUrl;
});
afterAll(() => {
  delete process.env.TILE_URL;
  host.close();
});

// What the route answers for a tile the host fails to give.
const blankTile = async () => Buffer.from(await (await tile("3", "4", "3")).arrayBuffer());
const tile = (z: string, x: string, y: string) => GET(new Request(`http://localhost/tiles/${z}/${x}/${y}`), { params: Promise.resolve({ z, x, y }) });

describe("GET /tiles/:z/:x/:y", () => {
  it("passes a tile through from the configured host", async () => {
    const response = await tile("3", "4", "2");
    expect(response.status).toBe(200);
    expect(Buffer.from(await response.arrayBuffer()).toString("hex")).toBe("89504e470d0a1a0a");
  });

  it("answers a blank PNG, not an error, when the host fails or cannot be reached", async () => {
    const failing = await tile("3", "4", "3");
    expect(failing.status).toBe(200);
    expect(failing.headers.get("content-type")).toBe("image/png");
    process.env.TILE_URL = "http://127.0.0.1:9/{z}/{x}/{y}.png";
    const unreachable = await tile("3", "4", "2");
    expect(unreachable.status).toBe(200);
    expect(Buffer.from(await unreachable.arrayBuffer()).subarray(1, 4).toString()).toBe("PNG");
  });

  it("never passes through what is not a PNG, JPEG or WebP, whatever the upstream says", async () => {
    for (const y of ["4", "5"]) {
      const response = await tile("3", "4", y);
      expect(response.headers.get("content-type"), y).toBe("image/png");
      expect(Buffer.from(await response.arrayBuffer()).equals(await blankTile()), y).toBe(true);
    }
  });

  it("does not follow redirects and caps the size it reads", async () => {
    for (const y of ["6", "7"]) {
      const response = await tile("3", "4", y);
      expect(response.status, y).toBe(200);
      expect(Buffer.from(await response.arrayBuffer()).equals(await blankTile()), y).toBe(true);
    }
  });

  it("refuses coordinates that are not a tile", async () => {
    expect((await tile("3", "8", "0")).status).toBe(404);
    expect((await tile("x", "0", "0")).status).toBe(404);
    expect((await tile("30", "0", "0")).status).toBe(404);
  });
});
