import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { withoutNulBytes } from "./nul-free-stream.server";

describe("withoutNulBytes", () => {
  it("drops the zero tail React flushes after a multi-byte character", () => {
    const text = "消費者・率先垂範";
    const encoded = Buffer.from(text);
    const flushed = Buffer.concat([encoded.subarray(0, 9), Buffer.alloc(2), encoded.subarray(9)]);
    expect(withoutNulBytes(flushed).toString("utf8")).toBe(text);
  });

  it("returns a chunk without NUL unchanged (the same buffer)", () => {
    const chunk = Buffer.from("<p>Grünwalde</p>");
    expect(withoutNulBytes(chunk)).toBe(chunk);
  });

  it("keeps every other byte in order", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const expected = Buffer.from(bytes.filter((byte) => byte !== 0));
        expect(withoutNulBytes(Buffer.from(bytes)).equals(expected)).toBe(true);
      }),
    );
  });
});
