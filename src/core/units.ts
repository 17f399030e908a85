import type { Category, Config, CookieInfo, Service } from './model.js';

/** What a name of the shared namespace stands for: a category, or a service and its category. */
export interface Unit {
  readonly category: Category;
  readonly service?: Service;
}

/** Every name of the configuration with what it stands for, for lookups of many names at once. */
export function unitsByName(config: Config): ReadonlyMap<string, Unit> {
  const units = new Map<string, Unit>();
  for (const category of config.categories) {
    units.set(category.name, { category });
    for (const service of category.services) units.set(service.name, { category, service });
  }
  return units;
}

/** The category (and service) a name of the shared namespace stands for, or `undefined` for an unknown name. */
export function unitOf(config: Config, name: string): Unit | undefined {
  return unitsByName(config).get(name);
}

/**
 * The cookies and storage entries that names declare, to clear when they are not allowed: a
 * category's own (outside its services), a service's own.
 */
export function declaredBy(config: Config, names: readonly string[]): CookieInfo[] {
  const units = unitsByName(config);
  return names.flatMap((name) => {
    const unit = units.get(name);
    if (!unit) return [];
    return unit.service ? unit.service.cookies : unit.category.cookies.filter((cookie) => cookie.service === undefined);
  });
}
