// A consumer of the published package, as the README shows it: compiled by the consumer-types test.
import { configure, consent, start, type ConsentChangeEvent, type ConsentOptions } from 'cookie-basis';
import type { CustomElements } from 'cookie-basis/jsx';

const options: ConsentOptions = {
  policyUrl: '/privacy',
  jurisdiction: 'fr',
  categories: [
    { name: 'necessary', basis: 'contract' },
    { name: 'statistics', basis: 'legitimate-interest', deviceAccess: 'none' },
    { name: 'audience', basis: 'legitimate-interest', exempt: 'cnil-audience', cookies: [{ name: '_pk_id.*', duration: '13 months' }] },
    { name: 'marketing', basis: 'consent', services: [{ name: 'youtube', provider: 'Google Ireland Ltd.', country: 'US' }] },
  ],
  texts: { fr: { 'citation.f': 'art. 6.1.f RGPD' } },
};
configure(options);
start();

async function whenReady(): Promise<boolean> {
  await consent.whenAllowed('statistics');
  const state = await consent.ready;
  return state.mustAsk || consent.allowed('youtube');
}
document.addEventListener('consent-change', (event: ConsentChangeEvent) => {
  const granted: readonly string[] = event.detail.granted;
  console.log(granted, event.detail.record?.method);
});
// The script-tag build's global is the same API, typed.
void window.cookieBasis?.acceptAll();
const ready: Promise<unknown> | undefined = window.cookieBasis?.ready;

// JSX typings know every element.
type Tags = keyof CustomElements;
const tags: Tags[] = ['cookie-consent', 'cookie-category', 'cookie-service', 'cookie-info', 'cookie-declaration', 'cookie-objection'];

export { whenReady, ready, tags };
