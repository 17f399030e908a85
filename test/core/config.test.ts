import { expect } from '@open-wc/testing';
import { parseConfig as parse } from '../../src/core/config.js';
import { needsConsent } from '../../src/core/policy.js';
import { explain } from '../../src/write/messages.js';

/** The configuration and its problems in words, as the console prints them. */
function parseConfig(raw: unknown) {
  const { config, problems } = parse(raw);
  return { config, problems: problems.map(explain) };
}

describe('config', () => {
  it('fills defaults', () => {
    const { config, problems } = parseConfig({ categories: [{ name: 'necessary', basis: 'contract' }] });
    expect(problems).to.deep.equal([]);
    expect(config).to.include({ revision: '1', cookieName: 'cookie_basis', cookiePath: '/', cookieMaxAge: 182, gpc: 'honor', theme: 'auto', layout: 'bar', reloadOnRevoke: 'offer' });
    expect(config.categories[0]?.googleConsentMode).to.deep.equal(['security_storage']);
  });

  it('keeps a category with an unknown basis closed and names it', () => {
    const { config, problems } = parseConfig({ categories: [{ name: 'stats', basis: 'legitimate' }, { name: 'marketing', basis: 'consent' }] });
    expect(config.categories.map((c) => c.name)).to.deep.equal(['marketing']);
    expect(config.invalidCategories).to.deep.equal(['stats']);
    expect(problems[0]?.code).to.equal('invalid-category');
    expect(problems[0]?.message).to.contain('<cookie-category name="stats"> basis="legitimate"');
  });

  it('closes a category declared twice', () => {
    const { config, problems } = parseConfig({ categories: [{ name: 'ads', basis: 'consent' }, { name: 'ads', basis: 'legitimate-interest' }] });
    expect(config.categories).to.deep.equal([]);
    expect(config.invalidCategories).to.deep.equal(['ads']);
    expect(problems.map((p) => p.code)).to.deep.equal(['duplicate-category']);
  });

  it('reports bad numbers and enumerations with the attribute and falls back', () => {
    const { config, problems } = parseConfig({ cookieMaxAge: 'forever', theme: 'blue', layout: 'popup', revision: 'a b', cookieDomain: 'not a domain' });
    expect(config).to.include({ cookieMaxAge: 182, theme: 'auto', layout: 'bar', revision: '1', cookieDomain: undefined });
    expect(problems.map((p) => p.message.split(' is not valid')[0])).to.deep.equal([
      '<cookie-consent> cookie-max-age="forever"',
      '<cookie-consent> revision="a b"',
      '<cookie-consent> cookie-domain="not a domain"',
      '<cookie-consent> theme="blue"',
      '<cookie-consent> layout="popup"',
    ]);
  });

  it('ignores an exemption on a consent category', () => {
    const { config, problems } = parseConfig({ categories: [{ name: 'ads', basis: 'consent', exempt: 'cnil-audience' }] });
    expect(config.categories[0]?.exempt).to.equal(undefined);
    expect(problems[0]?.message).to.contain('exempt="cnil-audience" does not apply to a category of this basis');
  });

  it('accepts only exemptions that the jurisdiction knows, naming the ones it does', () => {
    const audience = { name: 'audience', basis: 'legitimate-interest', cookies: [{ name: '_pk_id.*', duration: '13 months' }] };
    const french = parseConfig({ jurisdiction: 'fr', categories: [{ ...audience, exempt: 'cnil-audience' }] });
    expect(french.problems).to.deep.equal([]);
    expect(french.config.categories[0]?.exempt).to.equal('cnil-audience');
    expect(needsConsent(french.config.categories[0]!)).to.equal(false);
    for (const [jurisdiction, exempt] of [['de', 'cnil-audience'], ['eu', 'cnil-audience'], ['fr', 'berechtigtes-interesse']]) {
      const { config, problems } = parseConfig({ jurisdiction, categories: [{ ...audience, exempt }] });
      expect(config.categories[0]?.exempt, `${exempt} in ${jurisdiction}`).to.equal(undefined);
      expect(needsConsent(config.categories[0]!), `${exempt} in ${jurisdiction} waits for consent`).to.equal(true);
      expect(problems.map((p) => p.code)).to.deep.equal(['unknown-exemption']);
      expect(problems[0]?.message).to.contain(`exempt="${exempt}"`).and.contain(`(known there: strictly-necessary${jurisdiction === 'fr' ? ', cnil-audience' : ''})`);
    }
  });

  it('holds the CNIL exemption to its conditions: first party, at most 13 months, no advertising signal', () => {
    const broken: [string, unknown][] = [
      ['first-party', { cookies: [{ name: '_ga', duration: '13 months', party: 'third' }] }],
      ['lifetime', { cookies: [{ name: '_pk_id.*', duration: '2 years' }] }],
      ['lifetime', { cookies: [{ name: '_pk_id.*' }] }],
      ['no-advertising', { cookies: [{ name: '_pk_id.*', duration: '395 days' }], googleConsentMode: 'analytics_storage ad_storage' }],
    ];
    for (const [condition, options] of broken) {
      const { config, problems } = parseConfig({ jurisdiction: 'fr', categories: [{ name: 'audience', basis: 'legitimate-interest', exempt: 'cnil-audience', ...(options as object) }] });
      expect(config.categories[0]?.exempt, condition).to.equal(undefined);
      expect(problems.map((p) => p.code), condition).to.deep.equal(['exemption-conditions']);
    }
  });

  it('believes device-access="none" only without declared cookies', () => {
    const cookieless = parseConfig({ categories: [{ name: 'statistics', basis: 'legitimate-interest', deviceAccess: 'none' }] });
    expect(needsConsent(cookieless.config.categories[0]!)).to.equal(false);
    const silent = parseConfig({ categories: [{ name: 'statistics', basis: 'legitimate-interest' }] });
    expect(needsConsent(silent.config.categories[0]!), 'silence is not a statement').to.equal(true);
    const contradicted = parseConfig({ categories: [{ name: 'statistics', basis: 'legitimate-interest', deviceAccess: 'none', cookies: [{ name: '_pk_id.*' }] }] });
    expect(needsConsent(contradicted.config.categories[0]!)).to.equal(true);
    expect(contradicted.problems.map((p) => p.code)).to.deep.equal(['device-access']);
  });

  it('reads localized texts, cookies and signals', () => {
    const { config } = parseConfig({
      categories: [{
        name: 'statistics', basis: 'legitimate-interest', label: { en: 'Stats', DE: 'Statistik' }, description: 'Counts',
        cookies: [{ name: '_pk_id.*', storage: 'cookie', party: 'first' }, { name: 'x', storage: 'disk' }],
      }],
    });
    const [category] = config.categories;
    expect(category?.label).to.deep.equal({ en: 'Stats', de: 'Statistik' });
    expect(category?.description).to.deep.equal({ '': 'Counts' });
    expect(category?.cookies.map((c) => c.storage)).to.deep.equal(['cookie', 'cookie']);
    expect(category?.googleConsentMode).to.deep.equal(['analytics_storage']);
  });

  it('keeps only http(s) and relative links, in every way a URL can be written', () => {
    for (const bad of ['javascript:alert(1)', ' JavaScript:alert(1)', 'java\tscript:alert(1)', '\u0000javascript:x', 'data:text/html,<b>', 'vbscript:msgbox', 'blob:https://a.example/1', 'http://[bad']) {
      const { config, problems } = parseConfig({ policyUrl: bad, imprintUrl: bad, recordUrl: bad });
      expect([config.policyUrl, config.imprintUrl, config.recordUrl], bad).to.deep.equal([undefined, undefined, undefined]);
      expect(problems.map((p) => p.code), bad).to.deep.equal(['invalid-url', 'invalid-url', 'invalid-url']);
    }
    for (const good of ['/privacy', 'privacy.html#cookies', '//example.com/p', 'https://example.com/p', 'http://example.com/p', '?page=privacy']) {
      expect(parseConfig({ policyUrl: good }).config.policyUrl, good).to.equal(good);
    }
  });

  it('refuses more optional categories than one cookie keeps, naming the limit', () => {
    const categories = Array.from({ length: 603 }, (_, i) => ({ name: `c${String(i)}`, basis: 'consent' as const }));
    const { config, problems } = parseConfig({ categories: [{ name: 'necessary', basis: 'contract' }, ...categories] });
    expect(config.categories.length).to.equal(601);
    expect(config.invalidCategories).to.deep.equal(['c600', 'c601', 'c602']);
    expect(problems.map((p) => p.code)).to.deep.equal(['too-many-categories']);
    expect(problems[0]?.message).to.contain('at most 600');
  });

  it('never throws on hostile input', () => {
    for (const raw of [null, 42, 'x', [], { categories: 'no' }, { categories: [null, 1, 'a', { name: {} }] }, { texts: { en: 5 } }]) {
      expect(() => parseConfig(raw)).to.not.throw();
    }
  });
});
