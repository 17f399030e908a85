import type { CookieRequest } from './validate.js';

/**
 * The `Set-Cookie` that writes the consent cookie again, as the loader wrote it (same name,
 * value, path, domain and lifetime), from the site's own origin: browsers that cap cookies
 * written by script (Safari: 7 days) keep this one as long as it says.
 */
export function setCookieHeader(cookie: CookieRequest, secure: boolean): string {
  const domain = cookie.domain === undefined ? '' : `; Domain=${cookie.domain}`;
  return `${cookie.name}=${cookie.value}; Max-Age=${String(cookie.maxAge)}; Path=${cookie.path}${domain}; SameSite=Lax${secure ? '; Secure' : ''}`;
}
