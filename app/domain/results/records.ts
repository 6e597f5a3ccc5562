/**
 * A record with exactly the given keys. Object.fromEntries loses the key type, and the
 * domain's fixed key sets (six fields, four approaches, three sectors) must always be
 * complete, so the one cast lives here.
 */
export function recordOf<K extends string, V>(keys: readonly K[], entryFor: (key: K) => V): Record<K, V> {
  return Object.fromEntries(keys.map((key) => [key, entryFor(key)])) as Record<K, V>;
}
