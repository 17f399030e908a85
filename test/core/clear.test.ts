import { expect } from '@open-wc/testing';
import type { CookieInfo } from '../../src/core/model.js';
import { clearDeclared } from '../../src/write/clear.js';
import { config } from '../helpers/config.js';

const info = (name: string, storage: CookieInfo['storage'] = 'cookie'): CookieInfo => ({ name, storage, purpose: {}, duration: {} });
const cookieNames = (): string[] => document.cookie.split('; ').filter(Boolean).map((pair) => pair.split('=')[0] ?? '');

describe('clear', () => {
  afterEach(() => {
    for (const name of cookieNames()) document.cookie = `${name}=; Path=/; Max-Age=0`;
    localStorage.clear();
    sessionStorage.clear();
  });

  it('deletes declared cookies by name and pattern, on every path, and nothing else', () => {
    document.cookie = '_pk_id.1.abc=1; Path=/';
    document.cookie = '_pk_ses.1.abc=1; Path=/';
    document.cookie = 'keep=1; Path=/';
    document.cookie = 'cookie_basis=1|x; Path=/';
    const cleared = clearDeclared([info('_pk_id.*'), info('_pk_ses.*')], config());
    expect(cleared.sort()).to.deep.equal(['_pk_id.1.abc', '_pk_ses.1.abc']);
    expect(cookieNames().sort()).to.deep.equal(['cookie_basis', 'keep']);
  });

  it('never deletes the consent cookie, even when a pattern matches it', () => {
    document.cookie = 'cookie_basis=1|x; Path=/';
    expect(clearDeclared([info('cookie_*')], config())).to.deep.equal([]);
    expect(cookieNames()).to.include('cookie_basis');
  });

  it('deletes declared local and session storage entries', () => {
    localStorage.setItem('ads-profile', '1');
    localStorage.setItem('basket', '1');
    sessionStorage.setItem('ads-session', '1');
    const cleared = clearDeclared([info('ads-*', 'local-storage'), info('ads-*', 'session-storage')], config());
    expect(cleared.sort()).to.deep.equal(['ads-profile', 'ads-session']);
    expect(Object.keys(localStorage)).to.deep.equal(['basket']);
    expect(Object.keys(sessionStorage)).to.deep.equal([]);
  });

  it('takes a pattern character for what it is: a dot is a dot', () => {
    document.cookie = '_gaX=1; Path=/';
    document.cookie = '_ga.1=1; Path=/';
    expect(clearDeclared([info('_ga.*')], config())).to.deep.equal(['_ga.1']);
    expect(cookieNames()).to.include('_gaX');
  });
});
