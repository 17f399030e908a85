import { SIGNALS, type Config, type ConsentState } from '../model.js';
import { accessesDevice } from '../policy.js';
import { report } from '../report.js';
import type { Integration } from './index.js';
import { reportFailure } from './report.js';

const NAME = 'Google Consent Mode';
type Signal = 'granted' | 'denied';
type GtagWindow = Window & { dataLayer?: unknown[]; gtag?: (...args: unknown[]) => void };

/** `gtag(...)`: the page's own, or the same `dataLayer.push(arguments)` Google's snippet defines. */
function gtag(...args: unknown[]): void {
  const page = window as GtagWindow;
  if (typeof page.gtag === 'function') {
    page.gtag(...args);
    return;
  }
  const dataLayer = (page.dataLayer ??= []);
  const push: (...values: unknown[]) => void = function () {
    // eslint-disable-next-line prefer-rest-params -- gtag.js reads Arguments objects, not arrays
    dataLayer.push(arguments);
  };
  push(...args);
}

let defaultPushed = false;

/**
 * Pushes `consent default`: every signal denied but `security_storage` (strictly necessary),
 * waiting 500 ms for the update. Called as soon as `<cookie-consent google-consent-mode>` is
 * parsed, so that it precedes every Google tag placed after it; warns when a tag came first.
 */
export function pushGoogleDefault(): void {
  if (defaultPushed) return;
  defaultPushed = true;
  const queued = (window as GtagWindow).dataLayer ?? [];
  if (queued.some((entry) => ['config', 'event', 'js'].includes(String((entry as ArrayLike<unknown> | undefined)?.[0])))) {
    report('gcmLate');
  }
  const defaults: Record<string, Signal | number> = Object.fromEntries(SIGNALS.map((s) => [s, s === 'security_storage' ? 'granted' : 'denied']));
  defaults.wait_for_update = 500;
  try {
    gtag('consent', 'default', defaults);
  } catch (error) {
    reportFailure(NAME, error);
  }
}

/**
 * Google Consent Mode v2: each signal is granted while a category that maps to it is allowed by
 * consent (or is strictly necessary, or exempt); `update` on every change.
 */
export function googleConsentMode(config: Config): Integration {
  let last = '';
  return {
    name: NAME,
    apply(state: ConsentState): void {
      pushGoogleDefault();
      const signals: Record<string, Signal> = Object.fromEntries(SIGNALS.map((signal) => [signal, 'denied']));
      for (const category of config.categories) {
        // A cookieless legitimate interest is allowed without consent, so it grants no storage or ad signal.
        if (!state.allowed[category.name] || (category.basis === 'legitimate-interest' && !accessesDevice(category))) continue;
        for (const signal of category.googleConsentMode) signals[signal] = 'granted';
      }
      const key = JSON.stringify(signals);
      if (key === last) return;
      gtag('consent', 'update', signals);
      last = key;
    },
  };
}
