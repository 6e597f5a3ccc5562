import { randomBytes } from "node:crypto";

const alphabet = "0123456789abcdefghjkmnpqrstvwxyz";

/** A random, unguessable id (80 bits, 16 characters of Crockford base32). */
export function newId(): string {
  const bytes = randomBytes(16);
  let id = "";
  for (const byte of bytes) id += alphabet[byte & 31];
  return id;
}
