import { cookieValues } from './cookie.js';
import { hashText } from './hash.js';
import type { VendorCommand } from './integrations/sink.js';
import type { ConsentState, CookieInfo } from './model.js';
import { nameMap } from './names.js';
import type { Report } from './report.js';

/**
 * The fast path's whole input (decision record 0005): what the full path decided for one value
 * of the consent cookie, one configuration and one GPC signal, kept beside the cookie in
 * `localStorage`. A returning visitor's page reads the ticket, checks that the cookie, the
 * configuration markup and the signal are still the ones it was decided for, and applies it
 * without parsing the configuration or the record. Anything else (no ticket, another cookie
 * value, changed markup, an expired choice, a ticket it cannot read) goes the full path, which
 * decides and leaves a new ticket. It holds nothing the cookie does not: it is part of the
 * consent mechanism, not a tracker, and is deleted with the choice.
 */
export interface Ticket {
  /** Format of the ticket; another one is ignored. */
  readonly v: typeof TICKET_FORMAT;
  /** The consent cookie's value it was decided for. */
  readonly cookie: string;
  /** The configuration markup it was decided for (`fingerprint()`). */
  readonly config: string;
  readonly gpc: boolean;
  /** When the choice stops counting (ms since the epoch): then the full path decides again. */
  readonly until: number;
  readonly state: ConsentState;
  /** Names the configuration declares but could not use: closed, never unknown. */
  readonly invalid: readonly string[];
  /** What the integrations sent for this state (Consent Mode update, Matomo's commands). */
  readonly commands: readonly VendorCommand[];
  /** The cookies and storage entries refused names declare: one still there sends the full path to clear it. */
  readonly declaredRefused: readonly Pick<CookieInfo, 'name' | 'storage'>[];
  /** The floating settings button is asked for (`settings-button`). */
  readonly button: boolean;
  /** The configuration's problems, reported again on every page. */
  readonly problems: readonly Report[];
}

/** The ticket's format, written by the full path and required by the fast path. */
export const TICKET_FORMAT = 1;

/** The ticket's `localStorage` key for a consent cookie name. */
export const ticketKey = (cookieName: string): string => `cookie-basis:${cookieName}`;

/**
 * What identifies a configuration in markup: every element of `<cookie-consent>` with its
 * attributes in order, and the JSON child's text. Whitespace and comments between elements do
 * not count, so the same configuration on two pages is the same.
 */
export function fingerprint(element: Element): string {
  let text = '';
  for (const node of [element, ...Array.from(element.querySelectorAll('*'))]) {
    text += `<${node.localName}`;
    for (const { name, value } of Array.from(node.attributes)) text += ` ${name}=${JSON.stringify(value)}`;
    text += node instanceof HTMLScriptElement ? `>${node.text}` : '>';
  }
  return `${hashText(text)}${text.length.toString(36)}`;
}

const isStrings = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');
/** An entry of a parsed list, before its shape is known. */
type Loose = Readonly<Record<string, unknown>> | undefined;
const isList = (value: unknown, item: (entry: Loose) => boolean): boolean => Array.isArray(value) && (value as Loose[]).every(item);
/** The parts the fast path acts on, each of the shape the full path writes: anything else and the ticket is not used. */
const wellFormed = (ticket: Partial<Record<keyof Ticket, unknown>>): boolean =>
  isStrings(ticket.invalid) &&
  isList(ticket.commands, (command) => Array.isArray(command?.[1])) &&
  isList(ticket.declaredRefused, (info) => typeof info?.name === 'string') &&
  isList(ticket.problems, (problem) => typeof problem?.key === 'string' && isStrings(problem.args));

/** The ticket's state, with prototype-free maps, or `undefined` when it is not one the full path wrote. */
function stateOf(raw: unknown): ConsentState | undefined {
  const state = raw as Partial<Record<keyof ConsentState, unknown>> | null;
  if (typeof state?.allowed !== 'object' || state.allowed === null || state.mustAsk !== false || typeof state.gpcHonoured !== 'boolean' ||
    !isStrings(state.refused) || typeof state.record !== 'object' || state.record === null) return undefined;
  const allowed = Object.entries(state.allowed);
  if (!allowed.every(([, value]) => typeof value === 'boolean')) return undefined;
  return { ...(state as ConsentState), allowed: nameMap(allowed as [string, boolean][]), record: Object.freeze(state.record as ConsentState['record']) };
}

/**
 * The ticket for this page view: only when it was decided for the cookie as it is now (`cookies`,
 * exactly one copy), this configuration and this GPC signal, and the choice still counts.
 */
export function validTicket(element: Element, cookies: string, cookieName: string, gpc: boolean, now: number): Ticket | undefined {
  // The cookie first: a first visit never touches storage (its first read in a page can take tens of ms).
  const values = cookieValues(cookieName, cookies);
  if (values.length !== 1) return undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(localStorage.getItem(ticketKey(cookieName)) ?? 'null');
  } catch {
    return undefined;
  }
  const ticket = raw as Partial<Record<keyof Ticket, unknown>> | null;
  if (ticket?.v !== TICKET_FORMAT || ticket.cookie !== values[0] || ticket.gpc !== gpc ||
    typeof ticket.until !== 'number' || now >= ticket.until || ticket.config !== fingerprint(element) || !wellFormed(ticket)) {
    return undefined;
  }
  const state = stateOf(ticket.state);
  return state && { ...(ticket as Ticket), state };
}
