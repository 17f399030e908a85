import { SIGNALS, type Config, type ConsentState } from '../model.js';
import { accessesDevice } from '../policy.js';
import { GOOGLE_CONSENT_MODE, pushGoogleDefault } from './google-default.js';
import type { Integration } from './index.js';
import type { VendorSink } from './sink.js';

type Signal = 'granted' | 'denied';

/**
 * Google Consent Mode v2: each signal is granted while a category that maps to it is allowed by
 * consent (or is strictly necessary, or exempt); `update` on every change.
 */
export function googleConsentMode(config: Config, sink: VendorSink): Integration {
  let last = '';
  return {
    name: GOOGLE_CONSENT_MODE,
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
      sink.gtag('consent', 'update', signals);
      last = key;
    },
  };
}
