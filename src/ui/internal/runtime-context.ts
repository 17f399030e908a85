import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ConsentRuntime } from '../../core/runtime.js';
import { stringsFor, type Strings } from '../../i18n/index.js';

let current: ConsentRuntime | undefined;

/** @internal Hands the page's runtime to the policy companions (called when the UI chunk mounts). */
export function provideRuntime(runtime: ConsentRuntime): void {
  current = runtime;
}

/**
 * Connects a companion element to the consent state: subscribes while connected, re-renders the
 * host on every change, and unsubscribes when it leaves the page.
 */
export class ConsentController implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private unsubscribe: (() => void) | undefined;

  constructor(host: ReactiveControllerHost) {
    this.host = host;
    host.addController(this);
  }

  /** The runtime, once the UI chunk is mounted. */
  get runtime(): ConsentRuntime | undefined {
    return current;
  }

  /** Strings of the page's language, with the site's overrides. */
  get strings(): Strings | undefined {
    return current && stringsFor(current.language, current.config.texts[current.language]);
  }

  hostConnected(): void {
    this.unsubscribe = current?.subscribe(() => { this.host.requestUpdate(); });
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }
}
