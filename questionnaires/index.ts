import published from "./published.json";
export const publishedSources: ReadonlyArray<{ version: number; source: unknown }> = [];
export const publishedHashes: Readonly<Record<string, string>> = published;
