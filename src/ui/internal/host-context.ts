import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ConsentHost } from '../../core/host.js';
import type { Strings } from '../../i18n/strings.js';

let current: { readonly host: ConsentHost; readonly strings: Strings } | undefined;

/** @internal Hands the page's consent host and texts to the policy companions (before they are defined). */
export function provideHost(host: ConsentHost, strings: Strings): void {
  current = { host, strings };
}

/**
 * Connects a companion element to the consent state: subscribes while connected, re-renders the
 * element on every change, and unsubscribes when it leaves the page.
 */
export class ConsentController implements ReactiveController {
  private readonly element: ReactiveControllerHost;
  private unsubscribe: (() => void) | undefined;

  constructor(element: ReactiveControllerHost) {
    this.element = element;
    element.addController(this);
  }

  /** The page's consent host, once provided. */
  get host(): ConsentHost | undefined {
    return current?.host;
  }

  /** Strings of the page's language, with the site's overrides. */
  get strings(): Strings | undefined {
    return current?.strings;
  }

  hostConnected(): void {
    this.unsubscribe = current?.host.subscribe(() => { this.element.requestUpdate(); });
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }
}
