import type { ConsentRecord } from '../core/model.js';
import { log } from './log.js';

const report = (url: string, why: string): void => {
  log('record-failed', `the consent record could not be sent to ${url} (${why}); the choice still applies.`, 'error');
};

/**
 * POSTs the consent record as JSON to the site's `record-url`: `navigator.sendBeacon`, falling
 * back to `fetch` with `keepalive`. Never blocks; a failure (CSP `connect-src`, offline, an HTTP
 * error) is reported in the console.
 */
export function postRecord(url: string, record: ConsentRecord): void {
  const body = JSON.stringify(record);
  let target: string;
  try {
    target = new URL(url, location.href).href;
  } catch {
    report(url, 'not a valid URL');
    return;
  }
  const where = new URL(target).origin === location.origin ? 'this site' : 'another origin';
  log('record-url', `consent records (choices, refusals included; no IP address) are sent to ${target}, on ${where} (record-url).`, 'info');
  const onViolation = (event: SecurityPolicyViolationEvent): void => {
    if (event.blockedURI === target || target.startsWith(event.blockedURI)) report(url, 'blocked by Content-Security-Policy');
  };
  document.addEventListener('securitypolicyviolation', onViolation);
  setTimeout(() => { document.removeEventListener('securitypolicyviolation', onViolation); }, 3000);
  let queued: boolean;
  try {
    queued = navigator.sendBeacon(target, new Blob([body], { type: 'application/json' }));
  } catch {
    queued = false;
  }
  if (queued) return;
  fetch(target, { method: 'POST', body, keepalive: true, headers: { 'content-type': 'application/json' } })
    .then((response) => {
      if (!response.ok) report(url, `HTTP ${String(response.status)}`);
    })
    .catch((error: unknown) => {
      report(url, String(error));
    });
}
