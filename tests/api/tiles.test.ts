import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/tiles/[z]/[x]/[y]/route";

// A tile host on loopback that answers one tile and fails the rest.
let host: http.Server;
beforeAll(async () => {
  host = http.createServer((req, res) => {
    if (req.url === "/3/4/2.png") {
      res.writeHead(200, { "Content-Type": "image/png" });
      res.end(Buffer.from("89504e470d0a1a0a", "hex"));
    } else {
      res.writeHead(500);
      res.end();
    }
  });
  await new Promise<void>((resolve) => host.listen(0, "127.0.0.1", resolve));
  process.env.TILE_URL = `http://127.0.0.1:${(host.address() as AddressInfo).port}/{z}/{x}/{y}.png`;
});
afterAll(() => {
  delete process.env.TILE_URL;
  host.close();
});

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

  it("refuses coordinates that are not a tile", async () => {
    expect((await tile("3", "8", "0")).status).toBe(404);
    expect((await tile("x", "0", "0")).status).toBe(404);
    expect((await tile("30", "0", "0")).status).toBe(404);
  });
});
