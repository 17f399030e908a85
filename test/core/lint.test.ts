import { expect } from '@open-wc/testing';
import type { ConsentOptions } from '../../src/core/options.js';
import { lint, type PageFacts } from '../../src/write/lint.js';
import { config as shop } from '../helpers/config.js';

const codes = (problems: { code: string }[]) => problems.map((p) => p.code);
/** A page with a way back into the preferences and nothing else of note. */
const page = (facts: Partial<PageFacts> = {}): PageFacts => ({ hasReopenTrigger: true, liveGatedScripts: [], foreignSources: [], ...facts });
/** The shop's configuration, with a privacy policy unless a test takes it away. */
const config = (options: ConsentOptions = {}) => shop({ policyUrl: '/privacy', ...options });

describe('lint', () => {
  it('explains that a legitimate interest with cookies waits for consent', () => {
    const problems = lint(config(), page());
    expect(codes(problems)).to.deep.equal(['li-declares-cookies']);
    expect(problems[0]?.message).to.contain('Art. 5(3) ePrivacy Directive').and.contain('§ 25(1) TDDDG').and.contain('_pk_id.*');
  });

  it('warns where an exemption holds and where it does not', () => {
    const problems = lint(config({ jurisdiction: 'fr', categories: [{ name: 'audience', basis: 'legitimate-interest', exempt: 'cnil-audience', cookies: [{ name: '_pk_id.*', duration: '13 months' }] }] }), page());
    expect(codes(problems)).to.deep.equal(['li-exempt']);
    expect(problems[0]?.message).to.contain('France only').and.contain('Germany has no such exemption');
    // Claimed where it does not exist: no exemption at all, so the lint explains the wait for consent.
    const foreign = lint(config({ jurisdiction: 'de', categories: [{ name: 'audience', basis: 'legitimate-interest', exempt: 'cnil-audience', cookies: [{ name: '_pk_id.*', duration: '13 months' }] }] }), page());
    expect(codes(foreign)).to.deep.equal(['li-declares-cookies']);
  });

  it('asks a legitimate interest without cookies to state device-access="none"', () => {
    const problems = lint(config({ categories: [{ name: 'statistics', basis: 'legitimate-interest' }] }), page());
    expect(codes(problems)).to.deep.equal(['li-declares-cookies']);
    expect(problems[0]?.message).to.contain('device-access="none"');
    expect(codes(lint(config({ categories: [{ name: 'statistics', basis: 'legitimate-interest', deviceAccess: 'none' }] }), page()))).to.deep.equal([]);
  });

  it('flags analytics, advertising and third-party cookies declared as strictly necessary, as an error', () => {
    const problems = lint(config({ categories: [{ name: 'necessary', basis: 'contract', cookies: [{ name: '_ga' }, { name: 'basket' }, { name: '_pk_ses.1' }, { name: 'cdn', party: 'third' }] }] }), page());
    expect(codes(problems)).to.deep.equal(['essential-cookies']);
    expect(problems[0]?.level).to.equal('error');
    expect(problems[0]?.message).to.contain('_ga, _pk_ses.1, cdn').and.not.contain('basket');
  });

  it('warns about a cookieless claim next to a third-party source', () => {
    const statistics = { name: 'statistics', basis: 'legitimate-interest', deviceAccess: 'none' } as const;
    const problems = lint(config({ categories: [statistics] }), page({ foreignSources: [{ names: ['statistics'], origin: 'https://stats.example' }] }));
    expect(codes(problems)).to.deep.equal(['cookieless-third-party']);
    expect(problems[0]?.message).to.contain('https://stats.example');
    expect(codes(lint(config({ categories: [statistics] }), page({ foreignSources: [{ names: ['marketing'], origin: 'https://ads.example' }] })))).to.deep.equal([]);
  });

  it('flags a gated script that is not inert', () => {
    const problems = lint(config({ categories: [] }), page({ liveGatedScripts: ['https://example.com/ga.js'] }));
    expect(codes(problems)).to.deep.equal(['live-gated-script']);
    expect(problems[0]?.level).to.equal('error');
  });

  it('asks for a way to reopen the preferences, unless the floating button is on', () => {
    expect(codes(lint(config({ categories: [] }), page({ hasReopenTrigger: false })))).to.deep.equal(['no-reopen']);
    expect(codes(lint(config({ categories: [], settingsButton: true }), page({ hasReopenTrigger: false })))).to.deep.equal([]);
  });

  it('asks for a privacy policy link and names an unsupported language', () => {
    expect(codes(lint(shop({ categories: [] }), page()))).to.deep.equal(['no-policy-url']);
    const unsupported = lint(config({ categories: [] }), page({ unsupportedLanguage: 'ja' }));
    expect(codes(unsupported)).to.deep.equal(['unsupported-language']);
    expect(unsupported[0]?.message).to.contain('lang="ja"');
  });

  it('warns about a lifetime over 13 months', () => {
    expect(codes(lint(config({ categories: [], cookieMaxAge: 400 }), page()))).to.deep.equal(['max-age']);
    expect(codes(lint(config({ categories: [], cookieMaxAge: 395 }), page()))).to.deep.equal([]);
  });
});
