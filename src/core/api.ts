import { callAll } from './listeners.js';
import type { ConsentRecord, ConsentState } from './model.js';
import { nameMap, own } from './names.js';
import { decisionsFor } from './policy.js';
import type { ConsentRuntime } from './runtime.js';
import { warn } from './warn.js';

/** The public consent API: `import { consent } from 'cookie-basis'`, or `window.cookieBasis`. Its methods are bound: `const { allowed } = consent` works. */
export interface ConsentApi {
  /** Whether the category is allowed now (`false` before the state is known and for unknown names). */
  readonly allowed: (name: string) => boolean;
  /** Resolves once the category is allowed; never rejects (a refused category leaves it pending). */
  readonly whenAllowed: (name: string) => Promise<void>;
  /**
   * Calls `onAllow` whenever the category becomes allowed (at once if it already is) and
   * `onRevoke` whenever it stops being allowed. Returns the disposer.
   */
  readonly on: (name: string, onAllow: () => void, onRevoke?: () => void) => () => void;
  /** Grants every category. */
  readonly acceptAll: () => void;
  /** Refuses every consent and objects to every legitimate interest. */
  readonly rejectAll: () => void;
  /** Sets some categories (`{ marketing: true }`); the others keep their state. */
  readonly set: (choices: Readonly<Record<string, boolean>>) => void;
  /** Shows the first layer (loads the UI when needed). */
  readonly showBanner: () => void;
  /** Opens the preferences dialog (loads the UI when needed). */
  readonly showPreferences: () => void;
  /** Forgets the choice: deletes the consent cookie and the optional categories' cookies, shows the banner. */
  readonly reset: () => void;
  /** The stored choice (Art. 7(1) GDPR proof), or `null` when none counts. */
  readonly record: ConsentRecord | null;
}

interface Subscription {
  readonly name: string;
  readonly onAllow: () => void;
  readonly onRevoke?: () => void;
}

/**
 * The `consent` object: usable before the runtime starts (listeners wait for it), so importing
 * the npm entry touches nothing; `connect()` hands it the page's runtime once. Its methods are
 * bound: `const { allowed } = consent` works.
 */
export class ConsentFacade implements ConsentApi {
  private runtime: ConsentRuntime | undefined;
  private readonly subscriptions = new Set<Subscription>();

  /** @internal Connects the page's runtime; listeners registered earlier hear its state. */
  connect(runtime: ConsentRuntime): void {
    this.runtime = runtime;
    runtime.subscribe((state, changed) => { this.notify(state, changed); });
    this.notify(runtime.current, Object.keys(runtime.current.allowed).filter((n) => runtime.current.allowed[n]));
  }

  readonly allowed = (name: string): boolean => this.runtime !== undefined && own(this.runtime.current.allowed, name) === true;

  readonly whenAllowed = (name: string): Promise<void> => new Promise((resolve) => {
    const dispose = this.on(name, () => {
      queueMicrotask(() => { dispose(); });
      resolve();
    });
  });

  readonly on = (name: string, onAllow: () => void, onRevoke?: () => void): (() => void) => {
    const subscription: Subscription = { name, onAllow, onRevoke };
    this.subscriptions.add(subscription);
    if (this.allowed(name)) callAll([onAllow]);
    return () => { this.subscriptions.delete(subscription); };
  };

  readonly acceptAll = (): void => {
    this.use((runtime) => { runtime.choose(decisionsFor(runtime.config, true), 'accept-all', 'api'); });
  };

  readonly rejectAll = (): void => {
    this.use((runtime) => { runtime.choose(decisionsFor(runtime.config, false), 'reject-all', 'api'); });
  };

  readonly set = (choices: unknown): void => {
    if (typeof choices !== 'object' || choices === null || Array.isArray(choices)) {
      warn('invalid-argument', `set() takes an object of names and true or false ({ marketing: true }), not ${Array.isArray(choices) ? 'an array' : String(choices)}; nothing is changed.`);
      return;
    }
    this.use((runtime) => {
      const known = Object.entries(choices as Record<string, unknown>).filter(([name, on]) => {
        const category = runtime.config.categories.find((c) => c.name === name);
        if (!category || typeof on !== 'boolean') {
          warn('unknown-category', `set() names "${name}" with ${String(on)}; only declared categories take true or false, so it is ignored.`);
          return false;
        }
        return category.basis !== 'contract';
      });
      // Nothing valid to set is no choice: writing the defaults as one would end the banner's question.
      if (known.length > 0) runtime.choose(nameMap(known as [string, boolean][]), 'save', 'api');
    });
  };

  readonly showBanner = (): void => {
    this.use((runtime) => { runtime.show('banner'); });
  };

  readonly showPreferences = (): void => {
    this.use((runtime) => { runtime.show('preferences'); });
  };

  readonly reset = (): void => {
    this.use((runtime) => { runtime.reset(); });
  };

  get record(): ConsentRecord | null {
    return this.runtime?.current.record ?? null;
  }

  private use(action: (runtime: ConsentRuntime) => void): void {
    if (this.runtime) action(this.runtime);
    else warn('not-started', 'the consent API was called before cookie-basis started (no <cookie-consent> yet, or configure() not called); the call is ignored.');
  }

  private notify(state: ConsentState, changed: readonly string[]): void {
    for (const name of changed) {
      const handlers = [...this.subscriptions].filter((s) => s.name === name);
      if (own(state.allowed, name)) callAll(handlers.map((s) => s.onAllow));
      else callAll(handlers.flatMap((s) => (s.onRevoke ? [s.onRevoke] : [])));
    }
  }
}
