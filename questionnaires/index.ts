/**
 * The published questionnaire versions as reviewable source files. A published
 * version never changes: `published.json` pins each version's content hash and
 * the server refuses to start when a source no longer matches it.
 */
import published from "./published.json";
import { versionOneSource } from "./v1/index";

export const publishedSources: ReadonlyArray<{ version: number; source: unknown }> = [
  { version: 1, source: versionOneSource },
];

export const publishedHashes: Readonly<Record<string, string>> = published;
