import type { ConsentRecord, ConsentState, RecordSource } from './model.js';

/** What caused a change of the consent state: where a choice was made, closing the banner, another tab, or the GPC signal. */
export type ConsentSource = RecordSource | 'close' | 'other-tab' | 'gpc';

/** The `detail` of `consent-ready` and `consent-change`. */
export interface ConsentDetail {
  /** Categories allowed now. */
  readonly granted: readonly string[];
  /** Categories not allowed now. */
  readonly denied: readonly string[];
  /** Categories whose state changed with this event (empty for `consent-ready`). */
  readonly changed: readonly string[];
  readonly source: ConsentSource | 'page';
  /** The stored choice, or `null` when the visitor has not chosen (or the choice is stale). */
  readonly record: ConsentRecord | null;
}

export type ConsentReadyEvent = CustomEvent<ConsentDetail>;
export type ConsentChangeEvent = CustomEvent<ConsentDetail>;

/** The events cookie-basis dispatches on `document`; they bubble, so `window` hears them too. */
export interface ConsentEventMap {
  /** The consent state is known; fired once on every page load. */
  'consent-ready': ConsentReadyEvent;
  /** A choice was made or changed (after the cookie was written). */
  'consent-change': ConsentChangeEvent;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface DocumentEventMap extends ConsentEventMap {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface WindowEventMap extends ConsentEventMap {}
}

/** The detail of an event for a state. */
export function detailOf(state: ConsentState, changed: readonly string[], source: ConsentDetail['source']): ConsentDetail {
  const names = Object.keys(state.allowed);
  return {
    granted: names.filter((name) => state.allowed[name]),
    denied: names.filter((name) => !state.allowed[name]),
    changed,
    source,
    record: state.record,
  };
}

/** Dispatches a typed consent event on `document` with a frozen detail. */
export function dispatch(name: keyof ConsentEventMap, detail: ConsentDetail): void {
  const frozen = Object.freeze({
    ...detail,
    granted: Object.freeze([...detail.granted]),
    denied: Object.freeze([...detail.denied]),
    changed: Object.freeze([...detail.changed]),
  });
  document.dispatchEvent(new CustomEvent(name, { detail: frozen, bubbles: true, composed: true }));
}
