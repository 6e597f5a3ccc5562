/**
 * React 18.3's `renderToPipeableStream` flushes its whole 2 KB view when a multi-byte
 * character does not fit at its end, so the unwritten tail of the view (zero bytes) goes
 * out with the HTML (facebook/react#26228, fixed after 18). The tail is always whole
 * zero bytes after complete characters, and the HTML React writes never holds a NUL of
 * its own (text input refuses control characters), so dropping every 0x00 byte restores
 * exactly what React meant to send, chunk by chunk, without giving up streaming.
 */
import { Transform } from "node:stream";

export function withoutNulBytes(chunk: Buffer): Buffer {
  let at = chunk.indexOf(0);
  if (at === -1) return chunk;
  const out = Buffer.allocUnsafe(chunk.length);
  let length = 0;
  let from = 0;
  while (at !== -1) {
    length += chunk.copy(out, length, from, at);
    from = at + 1;
    at = chunk.indexOf(0, from);
  }
  length += chunk.copy(out, length, from);
  return out.subarray(0, length);
}

export function nulFreeStream(): Transform {
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      done(null, withoutNulBytes(chunk));
    },
  });
}
