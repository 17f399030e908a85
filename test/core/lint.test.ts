import { expect } from '@open-wc/testing';
import { lint } from '../../src/write/lint.js';
import { config } from '../helpers/config.js';

const codes = (problems: { code: string }[]) => problems.map((p) => p.code);

describe('lint', () => {
  it('explains that a legitimate interest with cookies waits for consent', () => {
    const problems = lint(config(), true);
    expect(codes(problems)).to.deep.equal(['li-declares-cookies']);
    expect(problems[0]?.message).to.contain('Art. 5(3) ePrivacy Directive').and.contain('§ 25(1) TDDDG').and.contain('_pk_id.*');
  });

  it('warns where an exemption holds and where it does not', () => {
    const problems = lint(config({ jurisdiction: 'fr', categories: [{ name: 'audience', basis: 'legitimate-interest', exempt: 'cnil-audience', cookies: [{ name: '_pk_id.*', duration: '13 months' }] }] }), true);
    expect(codes(problems)).to.deep.equal(['li-exempt']);
    expect(problems[0]?.message).to.contain('France only').and.contain('Germany has no such exemption');
    // Claimed where it does not exist: no exemption at all, so the lint explains the wait for consent.
    const foreign = lint(config({ jurisdiction: 'de', categories: [{ name: 'audience', basis: 'legitimate-interest', exempt: 'cnil-audience', cookies: [{ name: '_pk_id.*', duration: '13 months' }] }] }), true);
    expect(codes(foreign)).to.deep.equal(['li-declares-cookies']);
  });

  it('asks a legitimate interest without cookies to state device-access="none"', () => {
    const problems = lint(config({ categories: [{ name: 'statistics', basis: 'legitimate-interest' }] }), true);
    expect(codes(problems)).to.deep.equal(['li-declares-cookies']);
    expect(problems[0]?.message).to.contain('device-access="none"');
    expect(codes(lint(config({ categories: [{ name: 'statistics', basis: 'legitimate-interest', deviceAccess: 'none' }] }), true))).to.deep.equal([]);
  });

  it('flags analytics cookies declared as strictly necessary', () => {
    const problems = lint(config({ categories: [{ name: 'necessary', basis: 'contract', cookies: [{ name: '_ga' }, { name: 'basket' }, { name: '_pk_ses.1' }] }] }), true);
    expect(codes(problems)).to.deep.equal(['essential-cookies']);
    expect(problems[0]?.message).to.contain('_ga, _pk_ses.1').and.not.contain('basket');
  });

  it('asks for a way to reopen the preferences, unless the floating button is on', () => {
    expect(codes(lint(config({ categories: [] }), false))).to.deep.equal(['no-reopen']);
    expect(codes(lint(config({ categories: [], settingsButton: true }), false))).to.deep.equal([]);
  });

  it('warns about a lifetime over 13 months', () => {
    expect(codes(lint(config({ categories: [], cookieMaxAge: 400 }), true))).to.deep.equal(['max-age']);
    expect(codes(lint(config({ categories: [], cookieMaxAge: 395 }), true))).to.deep.equal([]);
  });
});
