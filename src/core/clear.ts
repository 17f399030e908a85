import Cookies from 'js-cookie';
import type { Category, Config } from './model.js';
import { warn } from './warn.js';

/** `_pk_id.*` → a RegExp matching whole names; `*` is the only wildcard. */
export function namePattern(pattern: string): RegExp {
  return new RegExp(`^${pattern.split('*').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
}

/** The domains a cookie may have been set on: host-only, the host, each parent domain, the configured one. */
export function domainsOf(hostname: string, configured?: string): (string | undefined)[] {
  const labels = hostname.split('.');
  const domains: (string | undefined)[] = [undefined];
  if (!/^[\d.]+$|:/.test(hostname)) {
    for (let i = 0; i < labels.length - 1; i++) domains.push(labels.slice(i).join('.'));
  }
  if (configured !== undefined && !domains.includes(configured)) domains.push(configured);
  return domains;
}

/** The paths a cookie may have been set on: `/`, the configured path, and each prefix of the current path. */
function pathsOf(pathname: string, configured: string): string[] {
  const paths = new Set(['/', configured]);
  const parts = pathname.split('/').filter(Boolean);
  for (let i = 1; i <= parts.length; i++) paths.add('/' + parts.slice(0, i).join('/'));
  return [...paths];
}

/** Deletes a cookie on the host, every parent domain and the configured domain, on every path prefix. */
export function removeEverywhere(name: string, config: Config): void {
  for (const domain of domainsOf(location.hostname, config.cookieDomain)) {
    for (const path of pathsOf(location.pathname, config.cookiePath)) Cookies.remove(name, { domain, path });
  }
}

/**
 * Deletes what the given categories declared: cookies (exact names and patterns, on the host,
 * every parent domain and the configured domain, on every path prefix) and storage entries.
 * Returns the names it found and deleted.
 */
export function clearCategories(categories: readonly Category[], config: Config): string[] {
  const cleared: string[] = [];
  try {
    clearInto(cleared, categories, config);
  } catch (error) {
    warn('clear-failed', `cookies or storage could not be cleared (${String(error)}); the gates still follow the choice.`, 'error');
  }
  return cleared;
}

function clearInto(cleared: string[], categories: readonly Category[], config: Config): void {
  if (categories.length === 0) return;
  const cookieNames = Object.keys(Cookies.get());
  for (const info of categories.flatMap((category) => category.cookies)) {
    const pattern = namePattern(info.name);
    if (info.storage === 'cookie') {
      for (const name of cookieNames.filter((n) => pattern.test(n) && n !== config.cookieName)) {
        removeEverywhere(name, config);
        cleared.push(name);
      }
    } else {
      const storage = info.storage === 'local-storage' ? localStorage : sessionStorage;
      for (const key of Object.keys(storage).filter((k) => pattern.test(k))) {
        storage.removeItem(key);
        cleared.push(key);
      }
    }
  }
}
