import type { ConsentApi } from '../../src/core/api.js';
import type { ConsentDetail } from '../../src/core/events.js';

/** A page under test, in an iframe of the test document. */
export interface TestPage {
  readonly frame: HTMLIFrameElement;
  readonly win: Window & typeof globalThis & {
    cookieBasis?: ConsentApi;
    __tp?: string[];
    __events: { type: string; detail: ConsentDetail }[];
    __violations: string[];
    /** Console messages of the page, `level text`. */
    __messages: string[];
  };
  readonly doc: Document;
  readonly token: string;
  /** The shadow root of the page's `<cookie-consent>`. */
  readonly root: ShadowRoot;
  /** Third-party requests made so far (paths below `/tp/<token>/`). */
  requests(): Promise<string[]>;
  /** Scripts of the third party that ran, in order. */
  ran(): string[];
  /** Resolves when `part` appears in the consent element's shadow root. */
  part<T extends Element = HTMLElement>(name: string, timeout?: number): Promise<T>;
  close(): void;
}

let counter = 0;

export interface PageOptions {
  /** Template under test/pages (default `shop.html`). */
  page?: string;
  /** Attributes for `<cookie-consent>`, e.g. `{ revision: '2', lang: 'de' }`. */
  attrs?: Record<string, string>;
  csp?: boolean | 'no-connect';
  gpc?: boolean;
  build?: 'module' | 'iife' | 'both' | 'none';
  lang?: string;
  width?: number;
  height?: number;
  /** Add `record-url` pointing at the test server's log for this page's token. */
  recordUrl?: boolean;
  /** Simulate a browser that refuses every cookie. */
  noCookies?: boolean;
  /** More query parameters for the page's own scripts. */
  query?: Record<string, string>;
  /** Reuse a token (a second tab of the same visitor). */
  token?: string;
  /** Wait for `consent-ready` (default true). */
  ready?: boolean;
}

/** Polls `check` (sync or async) until it gives a truthy value; fails after `timeout` ms. */
export async function waitFor<T>(check: () => T | null | undefined | false | Promise<T | null | undefined | false>, what: string, timeout = 4000): Promise<T> {
  const start = performance.now();
  for (;;) {
    const value = await check();
    if (value) return value;
    if (performance.now() - start > timeout) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Opens a test page in an iframe and waits until cookie-basis knows the state. */
export async function openPage(options: PageOptions = {}): Promise<TestPage> {
  const token = options.token ?? `t${String(Date.now())}${String(counter++)}`;
  const query = new URLSearchParams({ t: token, lang: options.lang ?? 'en' });
  if (options.csp) query.set('csp', options.csp === true ? '1' : options.csp);
  if (options.gpc) query.set('gpc', '1');
  if (options.build) query.set('build', options.build);
  if (options.noCookies) query.set('nocookies', '1');
  for (const [key, value] of Object.entries(options.query ?? {})) query.set(key, value);
  if (options.attrs) query.set('attrs', Object.entries(options.attrs).map(([k, v]) => `${k}=${v}`).join('&&'));
  if (options.recordUrl) query.set('attrs', [query.get('attrs'), `record-url=/tp/${token}/record`].filter(Boolean).join('&&'));
  const frame = document.createElement('iframe');
  frame.style.width = `${String(options.width ?? 1024)}px`;
  frame.style.height = `${String(options.height ?? 700)}px`;
  frame.style.border = '0';
  const loaded = new Promise((resolve) => { frame.addEventListener('load', resolve, { once: true }); });
  frame.src = `/test/pages/${options.page ?? 'shop.html'}?${query.toString()}`;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as TestPage['win'];
  const doc = frame.contentDocument!;
  if (options.ready !== false) await waitFor(() => win.__events.some((e) => e.type === 'consent-ready'), 'consent-ready');
  const page: TestPage = {
    frame,
    win,
    doc,
    token,
    get root() {
      const root = doc.querySelector('cookie-consent')?.shadowRoot;
      if (!root) throw new Error('no <cookie-consent> shadow root');
      return root;
    },
    async requests() {
      const response = await fetch(`/__log/${token}`);
      return ((await response.json()) as { path: string }[]).map((entry) => entry.path);
    },
    ran: () => [...(win.__tp ?? [])],
    part: <T extends Element>(name: string, timeout?: number) =>
      waitFor(() => doc.querySelector('cookie-consent')?.shadowRoot?.querySelector<T>(`[part~="${name}"]`), `part ${name}`, timeout),
    close: () => { frame.remove(); },
  };
  return page;
}

/** Deletes every cookie the test origin can see (and local storage), between tests. */
export function clearCookies(): void {
  for (const pair of document.cookie.split('; ').filter(Boolean)) {
    const name = pair.split('=')[0] ?? '';
    for (const path of ['/', '/test', '/test/pages']) document.cookie = `${name}=; Max-Age=0; Path=${path}`;
  }
  localStorage.clear();
}

/** The raw value of the consent cookie this test document sees (the pages share its origin), or `undefined`. */
export const consentCookie = (name = 'cookie_basis'): string | undefined =>
  new RegExp(`(?:^|; )${name}=([^;]*)`).exec(document.cookie)?.[1];

/** Resolves with `value` after `ms`: a deadline to race a call against that may never answer (never a sleep before an assertion). */
export const deadline = <T>(ms: number, value: T): Promise<T> => new Promise((resolve) => setTimeout(() => { resolve(value); }, ms));

/**
 * Resolves once the gate has dealt with everything before now: it adds an inline script of an
 * allowed category (`necessary` unless named) and waits for it to run. The gate runs ordered
 * scripts in document order, an inline one after every earlier external one has loaded, so any
 * script it (wrongly) opened before has run and been requested by then.
 */
export async function probe(page: TestPage, category = 'necessary'): Promise<void> {
  const id = `probe-${String(++counter)}`;
  const script = page.doc.createElement('script');
  script.type = 'text/plain';
  script.dataset.category = category;
  script.nonce = (page.doc.querySelector<HTMLScriptElement>('script[nonce]')?.nonce ?? '');
  script.text = `(window.__probes ||= []).push(${JSON.stringify(id)});`;
  page.doc.body.append(script);
  await waitFor(() => ((page.win as unknown as { __probes?: string[] }).__probes ?? []).includes(id), 'the gate dealt with what came before');
}

/** The first layer, once it is on screen (laid out, not hidden). */
export const bannerVisible = (page: TestPage): Promise<HTMLElement> =>
  page.part('banner').then((banner) => waitFor(() => (banner.getClientRects().length > 0 ? banner : undefined), 'the banner on screen'));

/** Opens the preferences through the API and resolves with the dialog once it is open. */
export async function openPreferences(page: TestPage): Promise<HTMLDialogElement> {
  page.win.cookieBasis?.showPreferences();
  const dialog = await page.part<HTMLDialogElement>('dialog');
  return waitFor(() => (dialog.open ? dialog : undefined), 'the open preferences');
}

/** The first blocked embed's placeholder (its host element), once it is rendered. */
export const placeholderOn = (page: TestPage): Promise<HTMLElement> =>
  waitFor(() => {
    const host = page.doc.querySelector<HTMLElement>('[data-cookie-basis-placeholder]');
    return host?.shadowRoot?.querySelector('[part="placeholder"]') ? host : undefined;
  }, 'the placeholder');

/**
 * Resolves once the gate of a shop page has decided every script: its last script (contract,
 * always allowed, an inline script that waits for every earlier external one) has run. The
 * positive signal before asserting what did not run.
 */
export const decided = (page: TestPage): Promise<unknown> =>
  waitFor(() => (page.win as unknown as { __decided?: boolean }).__decided, 'the gate decided every script of the page');

/**
 * Opens pages for the tests of a `describe` block and, after each test, closes them all and
 * clears the cookies: every test starts as a first visit.
 */
export function pagesPerTest(): { open(options?: PageOptions): Promise<TestPage> } {
  const opened: TestPage[] = [];
  afterEach(() => {
    for (const page of opened.splice(0)) page.close();
    clearCookies();
  });
  return {
    async open(options) {
      const page = await openPage(options);
      opened.push(page);
      return page;
    },
  };
}
