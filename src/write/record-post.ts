import type { Config, ConsentRecord } from '../core/model.js';
import { encodeRecord } from '../core/record-encode.js';
import { cookieLifetime, keepNewest } from './cookies.js';
import { log } from './log.js';

const report = (url: string, why: string): void => {
  log('record-failed', `the consent record could not be sent to ${url} (${why}); the choice still applies.`, 'error');
};

/**
 * POSTs the consent record as JSON to the site's `record-url` with `fetch` (`keepalive`), and
 * never waits for it. To the site's own origin it goes with `credentials: "same-origin"` and
 * the encoded cookie, so that the receiver's `Set-Cookie` can extend the consent cookie (Safari
 * caps cookies written by script at 7 days); to another origin without credentials and without
 * the cookie. A failure (CSP `connect-src`, offline, an HTTP error) is reported in the console.
 */
export function postRecord(config: Config, record: ConsentRecord, cookieStored: boolean): void {
  const url = config.recordUrl;
  if (url === undefined) return;
  let target: URL;
  try {
    target = new URL(url, location.href);
  } catch {
    report(url, 'not a valid URL');
    return;
  }
  const sameOrigin = target.origin === location.origin;
  log('record-url', `consent records (choices, refusals included; no IP address) are sent to ${target.href}, on ${sameOrigin ? 'this site' : 'another origin'} (record-url).`, 'info');
  const value = encodeRecord(record);
  const cookie = { name: config.cookieName, value, path: config.cookiePath, domain: config.cookieDomain, maxAge: cookieLifetime(config) };
  const body = JSON.stringify(sameOrigin && cookieStored ? { ...record, cookie } : record);
  const onViolation = (event: SecurityPolicyViolationEvent): void => {
    if (target.href.startsWith(event.blockedURI)) report(url, 'blocked by Content-Security-Policy');
  };
  document.addEventListener('securitypolicyviolation', onViolation);
  setTimeout(() => { document.removeEventListener('securitypolicyviolation', onViolation); }, 3000);
  fetch(target, {
    method: 'POST', body, keepalive: true, credentials: sameOrigin ? 'same-origin' : 'omit',
    headers: { 'content-type': 'application/json' },
  })
    .then((response) => {
      if (response.ok) keepNewest(config, value);
      else report(url, `HTTP ${String(response.status)}`);
    })
    .catch((error: unknown) => {
      report(url, String(error));
    });
}
