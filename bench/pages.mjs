// The same small shop page in four versions: no consent library (the floor), cookie-basis,
// vanilla-cookieconsent and Orejime, each set up as its own docs recommend for a plain website.
// Two optional categories (analytics, marketing), one gated script each, one gated iframe,
// all from the "third party" origin (tp).

const content = `<header><strong>Kaffeerösterei Nord</strong></header>
<main><h1>Freshly roasted coffee</h1>
<p>${'Single-origin beans, roasted every Tuesday in Hamburg and shipped the same day. '.repeat(6)}</p>
<section class="products">${['Nordkap espresso', 'Hafen filter', 'Elbe decaf'].map((name) => `<article><h2>${name}</h2><p>250 g · 8.90 €</p><button>Add to basket</button></article>`).join('')}</section>
<p>${'Our roastery works with small farms and pays above fair-trade prices. '.repeat(8)}</p>`;

const head = (title, extra = '') => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title>
<link rel="stylesheet" href="/site.css">${extra}</head><body>`;

export const variants = {
  baseline: {
    label: 'no library (floor)',
    page: (tp) => `${head('Baseline')}${content}
<iframe src="${tp}/video.html" width="480" height="270" title="Video"></iframe></main>
<script src="${tp}/analytics.js"></script><script src="${tp}/marketing.js"></script></body></html>`,
    banner: null,
    accept: null,
  },
  'cookie-basis': {
    label: 'cookie-basis',
    page: (tp) => `${head('cookie-basis', '<script src="/lib/cookie-basis/cookie-basis.iife.js"></script>')}
<cookie-consent revision="1" policy-url="/privacy">
  <cookie-category name="necessary" basis="contract"></cookie-category>
  <cookie-category name="analytics" basis="consent"></cookie-category>
  <cookie-category name="marketing" basis="consent"></cookie-category>
</cookie-consent>${content}
<iframe data-category="marketing" data-src="${tp}/video.html" width="480" height="270" title="Video"></iframe></main>
<a href="#" data-consent="preferences">Cookie settings</a>
<script type="text/plain" data-category="analytics" src="${tp}/analytics.js"></script>
<script type="text/plain" data-category="marketing" src="${tp}/marketing.js"></script></body></html>`,
    // The banner's section in the open shadow root: present and not transparent.
    banner: `(() => { const el = document.querySelector('cookie-consent')?.shadowRoot?.querySelector('[part~="banner"]'); return el || null; })()`,
    accept: `document.querySelector('cookie-consent').shadowRoot.querySelector('[part~="button-accept-all"]').click()`,
  },
  'vanilla-cookieconsent': {
    label: 'vanilla-cookieconsent 3.1',
    page: (tp) => `${head('vanilla-cookieconsent', '<link rel="stylesheet" href="/lib/vanilla-cookieconsent/cookieconsent.css">')}${content}
<iframe data-category="marketing" data-src="${tp}/video.html" width="480" height="270" title="Video"></iframe></main>
<a href="#" data-cc="show-preferencesModal">Cookie settings</a>
<script type="text/plain" data-category="analytics" src="${tp}/analytics.js"></script>
<script type="text/plain" data-category="marketing" src="${tp}/marketing.js"></script>
<script src="/lib/vanilla-cookieconsent/cookieconsent.umd.js"></script>
<script src="/vcc-run.js"></script></body></html>`,
    banner: `document.querySelector('#cc-main .cm')`,
    accept: `document.querySelector('#cc-main .cm [data-role="all"]').click()`,
  },
  orejime: {
    label: 'Orejime 3.2',
    page: (tp) => `${head('Orejime', '<link rel="stylesheet" href="/lib/orejime/orejime-standard.css">')}${content}
<template data-purpose="marketing"><iframe src="${tp}/video.html" width="480" height="270" title="Video"></iframe></template></main>
<template data-purpose="analytics"><script src="${tp}/analytics.js"></script></template>
<template data-purpose="marketing"><script src="${tp}/marketing.js"></script></template>
<script src="/orejime-config.js"></script>
<script src="/lib/orejime/orejime-standard-en.js"></script></body></html>`,
    banner: `document.querySelector('.orejime-Banner')`,
    accept: `document.querySelector('.orejime-Banner-saveButton').click()`,
  },
};

/** The site's own small files: styles, and the two libraries' configuration scripts. */
export const siteFiles = {
  '/site.css': 'body{margin:0;font:16px/1.5 system-ui,sans-serif;color:#222}main{max-width:60rem;margin:0 auto;padding:1rem}.products{display:grid;grid-template-columns:repeat(3,1fr);gap:1rem}',
  '/vcc-run.js': `CookieConsent.run({
  hideFromBots: false,
  categories: { necessary: { enabled: true, readOnly: true }, analytics: {}, marketing: {} },
  language: { default: 'en', translations: { en: {
    consentModal: { title: 'We use cookies', description: 'Choose what may run.', acceptAllBtn: 'Accept all', acceptNecessaryBtn: 'Reject all', showPreferencesBtn: 'Manage preferences' },
    preferencesModal: { title: 'Preferences', acceptAllBtn: 'Accept all', acceptNecessaryBtn: 'Reject all', savePreferencesBtn: 'Save', sections: [
      { title: 'Necessary', linkedCategory: 'necessary' }, { title: 'Analytics', linkedCategory: 'analytics' }, { title: 'Marketing', linkedCategory: 'marketing' } ] },
  } } },
});`,
  '/orejime-config.js': `window.orejimeConfig = {
  privacyPolicyUrl: '/privacy',
  purposes: [
    { id: 'analytics', title: 'Analytics', cookies: [] },
    { id: 'marketing', title: 'Marketing', cookies: [] },
  ],
};`,
};

/** Third-party files: each script notes when it ran (ms since navigation start). */
export const thirdPartyFiles = {
  '/analytics.js': '(window.__ran ||= {}).analytics = performance.now();',
  '/marketing.js': '(window.__ran ||= {}).marketing = performance.now();',
  '/video.html': '<!doctype html><title>Video</title><p>video</p>',
};
