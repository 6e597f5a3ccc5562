import { describe, expect, it } from "vitest";
import de from "./de/index";
import en from "./en/index";
import ja from "./ja/index";

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}

const variables = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

const source = leaves(en as unknown as Tree);

describe.each([
  ["de", de],
  ["ja", ja],
])("the %s locale", (_, messages) => {
  const translated = leaves(messages as unknown as Tree);

  it("has exactly the English keys", () => {
    expect([...translated.keys()].sort()).toEqual([...source.keys()].sort());
  });

  it("uses the same placeholders as English in every text", () => {
    const mismatches = [...source].filter(([key, text]) => {
      const other = translated.get(key);
      return other !== undefined && variables(other).join() !== variables(text).join();
    });
    expect(mismatches.map(([key]) => key)).toEqual([]);
  });

  it("has no empty text", () => {
    expect([...translated].filter(([, text]) => text.trim() === "").map(([key]) => key)).toEqual([]);
  });
});
