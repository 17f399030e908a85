import Cookies from 'js-cookie';
import type { Config, CookieInfo } from '../core/model.js';
import { namePattern } from '../core/cookie.js';
import { expireEverywhere } from './cookies.js';
import { log } from './log.js';

/**
 * Deletes declared cookies (exact names and patterns, on the host, every parent domain and the
 * configured domain, on every path prefix) and storage entries. Returns the names it found and
 * deleted.
 */
export function clearDeclared(declared: readonly CookieInfo[], config: Config): string[] {
  const cleared: string[] = [];
  try {
    clearInto(cleared, declared, config);
  } catch (error) {
    log('clear-failed', `cookies or storage could not be cleared (${String(error)}); the gates still follow the choice.`, 'error');
  }
  return cleared;
}

function clearInto(cleared: string[], declared: readonly CookieInfo[], config: Config): void {
  if (declared.length === 0) return;
  const cookieNames = Object.keys(Cookies.get());
  for (const info of declared) {
    const pattern = namePattern(info.name);
    if (info.storage === 'cookie') {
      for (const name of cookieNames.filter((n) => pattern.test(n) && n !== config.cookieName)) {
        expireEverywhere(name, { path: config.cookiePath, domain: config.cookieDomain });
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
