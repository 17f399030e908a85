import type { ExemptionCondition } from '../core/exemption.js';
import type { Config } from '../core/model.js';
import type { MessageKey, Report } from '../core/report.js';

/*
 * The console's texts (`dist/cookie-basis-messages.js`): loaded on the first message.
 */

/** Where every console code is explained. */
export const MESSAGES_URL = 'https://github.com/cookie-basis/cookie-basis/blob/main/docs/messages.md';

type Level = 'error' | 'warn' | 'info';

interface Message {
  /** The code printed and documented in docs/messages.md. */
  readonly code: string;
  readonly level: Level;
  readonly text: (...args: string[]) => string;
}

/** The conditions of an exemption, as the console explains a broken one. */
const EXEMPTION_CONDITIONS: Record<ExemptionCondition, string> = {
  'first-party': 'the CNIL exemption covers first-party audience measurement only, and the category declares a third-party cookie',
  lifetime: 'its cookies must be declared with a duration of at most 13 months (duration="13 months", "395 days", "session"), and this one is not',
  'no-advertising': 'audience measurement under the CNIL exemption sends no advertising signal, and the category grants one',
};

/** The texts of the fast path's messages, by key (a missing key is a compile error). */
const MESSAGES: Record<MessageKey, Message> = {
  badValue: { code: 'invalid-attribute', level: 'error', text: (where, attr, value, fallback) => `${where} ${attr}="${value}" is not valid; using ${fallback}.` },
  badUrl: { code: 'invalid-url', level: 'error', text: (attr, value) => `<cookie-consent> ${attr}="${value}" is not an http(s) or relative URL; it is dropped.` },
  badServiceName: { code: 'invalid-category', level: 'error', text: (where, index) => `service #${index} of ${where} has no valid name (letters, digits, "-" and "_", up to 40); it is ignored.` },
  badCategoryName: { code: 'invalid-category', level: 'error', text: (index) => `category #${index} has no valid name (letters, digits, "-" and "_", up to 40); it is ignored.` },
  badBasis: { code: 'invalid-category', level: 'error', text: (where, basis) => `${where} basis="${basis}" must be contract, legitimate-interest or consent; the category stays closed.` },
  exemptIgnored: { code: 'invalid-attribute', level: 'error', text: (where, attr, value) => `${where} ${attr}="${value}" does not apply to a category of this basis (exempt and device-access: legitimate-interest only; processing: contract only); it is ignored.` },
  deviceAccessDeclared: {
    code: 'device-access', level: 'error',
    text: (where, cookie) => `${where} device-access="none" says the category stores and reads nothing on the device, but it declares the cookie or storage entry "${cookie}"; the claim is ignored and the category waits for consent.`,
  },
  unknownExemption: {
    code: 'unknown-exemption', level: 'error',
    text: (where, jurisdiction, exempt, known) => `${where} exempt="${exempt}" is not an exemption of jurisdiction="${jurisdiction}" (known there: ${known}); the category waits for consent.`,
  },
  lawCitesDirective: { code: 'jurisdiction-directive', level: 'info', text: (jurisdiction, why) => `jurisdiction="${jurisdiction}": ${why}` },
  exemptionConditions: {
    code: 'exemption-conditions', level: 'error',
    text: (where, jurisdiction, exempt, condition, subject) => `${where} exempt="${exempt}" (jurisdiction="${jurisdiction}") does not hold: ${EXEMPTION_CONDITIONS[condition as ExemptionCondition]} ("${subject}"); the category waits for consent.`,
  },
  unknownSignal: { code: 'invalid-attribute', level: 'error', text: (where, signal) => `${where} google-consent-mode names the unknown signal "${signal}"; it is ignored.` },
  unknownIntegration: { code: 'invalid-attribute', level: 'error', text: (where, name) => `${where} integration="${name}" is unknown; it is ignored.` },
  duplicateCategory: { code: 'duplicate-category', level: 'error', text: (name, count) => `the name "${name}" is declared ${count} times (categories and services share one namespace); what carries it stays closed until it is declared once.` },
  tooManyCategories: { code: 'too-many-categories', level: 'error', text: (count, max, excess, first) => `${count} optional categories are declared, but one consent cookie keeps at most ${max}; the last ${excess} (from "${first}") stay closed.` },
  nameCollision: { code: 'name-collision', level: 'error', text: (name, earlier) => `<cookie-category name="${name}"> is stored under the same short code as "${earlier}" when there are many categories; rename one. "${name}" stays closed.` },
  cookieWithoutName: { code: 'invalid-attribute', level: 'error', text: (where) => `${where} has a <cookie-info> without a name; it is ignored.` },
  badStorage: { code: 'invalid-attribute', level: 'error', text: (where, name, storage) => `${where} <cookie-info name="${name}"> storage="${storage}" is not valid; using "cookie".` },
  invalidJson: { code: 'invalid-json', level: 'error', text: () => 'the <script type="application/json"> inside <cookie-consent> is not a JSON object; it is ignored.' },
  invalidJsonSrc: { code: 'invalid-json', level: 'error', text: (src, error) => `the configuration at ${src} could not be loaded (${error}); nothing is allowed.` },
  noElement: { code: 'no-element', level: 'warn', text: () => 'no <cookie-consent> element is on the page and configure() was not called; nothing is allowed.' },
  notStarted: { code: 'not-started', level: 'warn', text: () => 'the consent API was called before cookie-basis started (no <cookie-consent> yet, or configure() not called); the call is ignored.' },
  startedTwice: { code: 'started-twice', level: 'info', text: () => 'cookie-basis is loaded twice on this page; the first copy keeps running.' },
  globalTaken: { code: 'global-taken', level: 'info', text: (what) => `window.cookieBasis was already set by ${what}; it now holds the consent API.` },
  globalReadOnly: { code: 'global-taken', level: 'error', text: () => 'window.cookieBasis is read-only on this page; use the npm API or the consent events instead.' },
  secondElement: { code: 'second-element', level: 'warn', text: (count) => `${count} <cookie-consent> elements are on the page; only the first one configures cookie-basis, the others are ignored.` },
  offerChanged: { code: 'offer-changed', level: 'info', text: () => 'what this visitor consented to changed (cookies, providers or basis of a category) without a new revision: that consent no longer counts, and the banner asks again. Raise `revision` when you change the offer.' },
  tamperedCookie: { code: 'tampered-cookie', level: 'warn', text: (name) => `the cookie "${name}" is not a valid choice; it is ignored and replaced on the next choice.` },
  duplicateCookie: { code: 'duplicate-cookie', level: 'warn', text: (count, name) => `${count} cookies named "${name}" are visible (another path or domain); the most restrictive reading of them counts, and the next choice replaces them.` },
  cookiesBlocked: { code: 'cookies-blocked', level: 'error', text: (name) => `the browser did not store the cookie "${name}"; the choice lasts for this page only.` },
  unknownCategory: { code: 'unknown-category', level: 'warn', text: (name) => `data-category names "${name}", which no <cookie-category> declares; it stays blocked.` },
  unknownSetName: { code: 'unknown-category', level: 'warn', text: (name, value) => `set() names "${name}" with ${value}; only declared categories take true or false, so it is ignored.` },
  invalidArgument: { code: 'invalid-argument', level: 'warn', text: (what) => `set() takes an object of names and true or false ({ marketing: true }), not ${what}; nothing is changed.` },
  listenerError: { code: 'listener-error', level: 'error', text: (error) => `a consent listener threw: ${error}; the others still ran.` },
  integrationFailed: { code: 'integration-failed', level: 'error', text: (name, error) => `the ${name} integration failed (${error}); the consent state and the gates are unaffected.` },
  trustedTypesPolicy: { code: 'trusted-types', level: 'error', text: (name, error) => `the Trusted Types policy "${name}" could not be created (${error}); add it to your CSP's trusted-types directive, or gated scripts stay blocked.` },
  trustedTypesScript: { code: 'trusted-types', level: 'error', text: (error) => `a gated script could not be revived (${error}); it stays blocked. Allow the policy "cookie-basis" in your CSP's trusted-types directive.` },
  chunkFailed: { code: 'ui-failed', level: 'error', text: (what, error) => `${what} could not be loaded (${error}); the gates stay as they are.` },
  gcmLate: { code: 'gcm-late', level: 'warn', text: () => 'a Google tag ran before the Google Consent Mode default: put <cookie-consent google-consent-mode> (or the classic loader) before the Google tag, or gate the tag with data-category.' },
};

const printed = new Set<string>();

/**
 * Prints one console message: `[cookie-basis] code: text. url#code`, once per page for the same
 * code and text. Kept in production builds: a misconfiguration message is part of the product.
 */
export function say(code: string, text: string, level: Level = 'warn'): void {
  const key = code + text;
  if (printed.has(key)) return;
  printed.add(key);
  console[level](`[cookie-basis] ${code}: ${text} ${MESSAGES_URL}#${code}`);
}

/** A reported message in words: its code, level and text. */
export function explain({ key, args }: Report): { readonly code: string; readonly level: Level; readonly message: string } {
  const { code, level, text } = MESSAGES[key];
  return { code, level, message: text(...args) };
}

/** Prints a message the fast path reported by key. */
export function print(report: Report): void {
  const { code, level, message } = explain(report);
  say(code, message, level);
}

/**
 * Prints the legal lint of a configuration and its page (once per page): when the banner or
 * preferences load. The lint is a chunk of its own: the fast path prints its messages by key
 * without loading the configuration's helpers the lint needs.
 */
export function printLint(config: Config): void {
  import('./page-facts.js').then(({ lintPage }) => {
    for (const problem of lintPage(config)) say(problem.code, problem.message, problem.level);
  }, (error: unknown) => { print({ key: 'chunkFailed', args: ['the legal lint', String(error)] }); });
}

/** Prints what makes the first layer's Accept and Reject buttons unequal (page CSS, long texts). */
export function printUnequalButtons(differences: readonly string[]): void {
  say('unequal-buttons', `"Accept all" and "Reject all" must carry the same weight (EDPB Cookie Banner Taskforce 2023; CNIL; DSK), but here they differ in ${differences.join(', ')}. Check the page's ::part() rules and your texts.`, 'error');
}
