import type { Category, Config, Service } from './model.js';

/** The category (and service) a name of the shared namespace stands for, or `undefined` for an unknown name. */
export function unitOf(config: Config, name: string): { readonly category: Category; readonly service?: Service } | undefined {
  for (const category of config.categories) {
    if (category.name === name) return { category };
    const service = category.services.find((s) => s.name === name);
    if (service) return { category, service };
  }
  return undefined;
}
