/**
 * Where vendor commands go: `gtag(...)` and Matomo's `_paq.push([...])`. The integrations write
 * to a sink, so that the full path can also record what it would send (the fast path replays
 * it on the next page view, see `core/ticket.ts`) or stay silent where the fast path already sent it.
 */
export interface VendorSink {
  gtag(...args: unknown[]): void;
  paq(...command: string[]): void;
}

/** A vendor command as the fast path keeps it: the sink's method and its arguments. */
export type VendorCommand = readonly [keyof VendorSink, readonly unknown[]];

type VendorWindow = Window & { dataLayer?: unknown[]; gtag?: (...args: unknown[]) => void; _paq?: unknown[][] };

/** The page's own vendors: its `gtag` (or the `dataLayer.push(arguments)` Google's snippet defines) and its `_paq`. */
export const pageSink: VendorSink = {
  gtag(...args: unknown[]): void {
    const page = window as VendorWindow;
    if (typeof page.gtag === 'function') {
      page.gtag(...args);
      return;
    }
    const dataLayer = (page.dataLayer ??= []);
    const push: (...values: unknown[]) => void = function () {
      // eslint-disable-next-line prefer-rest-params -- gtag.js reads Arguments objects, not arrays
      dataLayer.push(arguments);
    };
    push(...args);
  },
  paq(...command: string[]): void {
    ((window as VendorWindow)._paq ??= []).push(command);
  },
};
