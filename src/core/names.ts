/**
 * Maps keyed by category names. Names come from the site's markup and from cookies, so a
 * category may be called `constructor` or `toString`: every map of names has no prototype, and
 * every lookup reads own entries only, so an inherited member is never taken for a choice.
 */

/** A map of names to values with no prototype, from the given entries. */
export function nameMap<T>(entries: Iterable<readonly [string, T]> = []): Record<string, T> {
  const map = Object.create(null) as Record<string, T>;
  for (const [name, value] of entries) map[name] = value;
  return map;
}

/** The value stored under `name` itself, never one inherited from `Object.prototype`. */
export function own<T>(map: Readonly<Record<string, T>>, name: string): T | undefined {
  return Object.hasOwn(map, name) ? map[name] : undefined;
}
