import { expect } from '@open-wc/testing';
import { LANGUAGES, type Language } from '../src/i18n/languages.js';
import { LANGUAGE_MODULES } from '../src/i18n/modules.js';
import type { Strings } from '../src/i18n/strings.js';
import { axeViolations } from './helpers/axe.js';
import { pagesPerTest, waitFor } from './helpers/page.js';

/**
 * Values a language rightly shares with English: words it uses as they are. Anything else equal
 * to the English text is a leftover.
 */
const SAME_AS_ENGLISH: Partial<Record<Language, readonly string[]>> = {
  da: ['ok', 'storageKind.cookie'],
  el: ['storageKind.cookie'],
  es: ['storageKind.cookie', 'labels.marketing'],
  fr: ['ok', 'service', 'storageKind.cookie', 'labels.marketing'],
  hr: ['labels.marketing'],
  hu: ['labels.marketing'],
  it: ['ok', 'storageKind.cookie', 'labels.marketing'],
  lv: ['labels.preferences'],
  mt: ['storageKind.cookie', 'labels.marketing'],
  nl: ['storageKind.cookie', 'labels.marketing'],
  pl: ['labels.marketing'],
  cs: ['labels.marketing'],
  sk: ['labels.marketing'],
  pt: ['storageKind.cookie', 'labels.marketing'],
  ro: ['storageKind.cookie', 'labels.marketing'],
  sv: ['ok'],
  de: ['cookieName', 'labels.marketing', 'storageKind.cookie'],
};

/** Every text of a language as `key → text`: functions called with sample values, tables flattened to `table.member`. */
function texts(strings: Strings): Map<string, string> {
  const flat = new Map<string, string>();
  for (const [key, value] of Object.entries(strings)) {
    if (typeof value === 'string') flat.set(key, value);
    else if (typeof value === 'function') flat.set(key, (value as (...args: unknown[]) => string)('Xx', 'Yy'));
    else for (const [member, text] of Object.entries(value as Record<string, string>)) flat.set(`${key}.${member}`, text);
  }
  return flat;
}

describe('languages', () => {
  let english: Map<string, string>;
  before(async () => { english = texts((await LANGUAGE_MODULES.en()).strings); });

  it('are the 24 official languages of the EU', () => {
    expect([...LANGUAGES].sort()).to.deep.equal(['bg', 'cs', 'da', 'de', 'el', 'en', 'es', 'et', 'fi', 'fr', 'ga', 'hr', 'hu', 'it', 'lt', 'lv', 'mt', 'nl', 'pl', 'pt', 'ro', 'sk', 'sl', 'sv']);
  });

  for (const lang of LANGUAGES.filter((code) => code !== 'en')) {
    it(`${lang}: every text present, none left in English`, async () => {
      const own = texts((await LANGUAGE_MODULES[lang]()).strings);
      expect([...own.keys()].sort(), 'the same keys as English').to.deep.equal([...english.keys()].sort());
      const allowed = SAME_AS_ENGLISH[lang] ?? [];
      const leftovers = [...own].filter(([key, text]) => text.trim() === '' || (text === english.get(key) && !allowed.includes(key)));
      expect(leftovers.map(([key]) => key)).to.deep.equal([]);
    });
  }

  describe('in the browser', () => {
    const pages = pagesPerTest();
    for (const lang of LANGUAGES) {
      it(`${lang}: banner, preferences and declaration in ${lang}, the only language fetched, axe clean`, async () => {
        const page = await pages.open({ page: 'policy.html', lang });
        const banner = await page.part('banner');
        expect(banner.closest('[lang]')?.getAttribute('lang')).to.equal(lang);
        const strings = (await LANGUAGE_MODULES[lang]()).strings;
        expect(banner.textContent).to.contain(strings.rejectAll).and.contain(strings.bannerTitle);
        expect(banner.innerText, 'no raw key or placeholder').to.not.match(/\b[a-z]+[A-Z][a-zA-Z]+\b|undefined|\{\w+\}/);
        expect(await axeViolations(page)).to.deep.equal([]);
        page.win.cookieBasis?.showPreferences();
        const dialog = await page.part<HTMLDialogElement>('dialog');
        await waitFor(() => dialog.open && dialog.textContent.includes(strings.preferencesTitle), 'the preferences');
        for (const details of Array.from(dialog.querySelectorAll('details'))) details.open = true;
        expect(await axeViolations(page)).to.deep.equal([]);
        const declaration = await waitFor(() => page.doc.querySelector('cookie-declaration')?.shadowRoot?.querySelector('section') ?? null, 'the declaration');
        expect(declaration.getRootNode().textContent).to.contain(strings.legalBasis);
        expect(await axeViolations(page, 'cookie-declaration')).to.deep.equal([]);
        if (lang !== 'en') {
          // Library sentences of some length, in English, must not appear anywhere.
          const rendered = [banner.textContent, dialog.textContent, declaration.getRootNode().textContent].join(' ');
          const englishLeft = [...english.values()].filter((text) => text.length > 24 && rendered.includes(text));
          expect(englishLeft).to.deep.equal([]);
        }
        const fetched = page.win.performance.getEntriesByType('resource').map((entry) => entry.name)
          .filter((name) => /cookie-basis-lang-|\/i18n\/[a-z]{2}\.js/.test(name));
        expect(fetched.map((name) => /(?:lang-|i18n\/)([a-z]{2})\.js/.exec(name)?.[1])).to.deep.equal([lang]);
      });
    }
  });
});
