import zlib from "node:zlib";
import { describe, expect, it } from "vitest";
import { withPrintResolution } from "@/lib/export/png-resolution";

// A 1×1 PNG as a canvas writes it: signature, IHDR, IDAT, IEND, no pHYs.
function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(4);
  head.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(Buffer.concat([Buffer.from(type, "latin1"), data])));
  return Buffer.concat([head, Buffer.from(type, "latin1"), data, crc]);
}
const ONE_PIXEL = Buffer.concat([
  Buffer.from("89504e470d0a1a0a", "hex"),
  chunk("IHDR", Buffer.from("0000000100000001080600000000", "hex").subarray(0, 13)),
  chunk("IDAT", zlib.deflateSync(Buffer.from([0, 255, 0, 0, 255]))),
  chunk("IEND", Buffer.alloc(0)),
]);

function chunks(png: Buffer) {
  const found: { type: string; data: Buffer; crcOk: boolean }[] = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    const type = png.subarray(at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + length);
    found.push({ type: type.toString("latin1"), data, crcOk: zlib.crc32(Buffer.concat([type, data])) === png.readUInt32BE(at + 8 + length) });
    at += 12 + length;
  }
  return found;
}

describe("print PNGs say their resolution", () => {
  it("gets a valid pHYs chunk of 300 dpi straight after IHDR, and keeps every other chunk", () => {
    const out = chunks(Buffer.from(withPrintResolution(ONE_PIXEL, 300)));
    expect(out.map((c) => c.type)).toEqual(["IHDR", "pHYs", "IDAT", "IEND"]);
    expect(out.every((c) => c.crcOk)).toBe(true);
    const phys = out[1].data;
    expect([phys.readUInt32BE(0), phys.readUInt32BE(4), phys[8]]).toEqual([11811, 11811, 1]);
    expect(chunks(ONE_PIXEL).every((c) => c.crcOk)).toBe(true);
  });
});
