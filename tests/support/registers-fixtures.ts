import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseDelimited, type Sheet } from "#app/domain/registers/table";

const dir = fileURLToPath(new URL("../fixtures/registers/", import.meta.url));

export function fixtureText(name: string, encoding: BufferEncoding = "utf8"): string {
  return readFileSync(`${dir}${name}`, encoding);
}

/** A sheet stored as CSV whose first line is the sheet's name. */
export function fixtureSheet(name: string): Sheet {
  const [title, ...rows] = parseDelimited(fixtureText(name));
  return { name: title?.[0] ?? "", rows };
}
