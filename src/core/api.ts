import { callAll } from './listeners.js';
import type { ConsentRecord, ConsentState } from './model.js';
import { own } from './names.js';
import type { ConsentRuntime } from './runtime.js';
import { report } from './report.js';

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
  /**
   * Grants every category. Like every change, it resolves once the choice is stored and applied
   * (`allowed()` and `consent-change` follow then): the code that writes loads on first use.
   */
  readonly acceptAll: () => Promise<void>;
  /** Refuses every consent and objects to every legitimate interest; resolves once stored and applied. */
  readonly rejectAll: () => Promise<void>;
  /** Sets some categories (`{ marketing: true }`); the others keep their state. Resolves once stored and applied. */
  readonly set: (choices: Readonly<Record<string, boolean>>) => Promise<void>;
  /** Shows the first layer (loads the UI when needed). */
  readonly showBanner: () => void;
  /** Opens the preferences dialog (loads the UI when needed). */
  readonly showPreferences: () => void;
  /** Forgets the choice: deletes the consent cookie and the optional categories' cookies, shows the banner. Resolves when done. */
  readonly reset: () => Promise<void>;
  /** The stored choice (Art. 7(1) GDPR proof), or `null` when none counts. */
  readonly record: ConsentRecord | null;
  /** Resolves with the state once it is known: also for code that starts listening after `consent-ready` fired. */
  readonly ready: Promise<ConsentState>;
}

declare global {
  interface Window {
    /** The consent API of the first cookie-basis build that started on the page (the same object as `consent` from npm). */
    cookieBasis?: ConsentApi;
  }
}

interface Subscription {
  readonly name: string;
  readonly onAllow: () => void;
  readonly onRevoke?: () => void;
}

/**
 * The `consent` object: usable before the runtime starts (listeners wait for it), so importing
 * the npm entry touches nothing; `connect()` hands it the page's runtime once. Its methods are
 * bound: `const { allowed } = consent` works. Its state is TypeScript-private, not `#private`:
 * a framework's reactive proxy around it (Vue's `reactive()`, MobX) must still read `record`.
 */
export class ConsentFacade implements ConsentApi {
  private runtime: ConsentRuntime | undefined;
  /** The fast path's state, until (if ever) the runtime takes over. */
  private early: ConsentState | undefined;
  /** Brings up the page's runtime when an action needs it (the fast path loads it then). */
  private reach: (() => Promise<ConsentRuntime>) | undefined;
  private readonly subscriptions = new Set<Subscription>();
  private known: ((state: ConsentState) => void) | undefined;

  readonly ready = new Promise<ConsentState>((resolve) => { this.known = resolve; });

  /** @internal How to reach the page's runtime before it is connected. */
  reachVia(reach: () => Promise<ConsentRuntime>): void {
    this.reach = reach;
  }

  /** @internal The fast path's state: listeners hear it now; the runtime, if it comes, continues from it. */
  adoptEarly(state: ConsentState): void {
    this.early = state;
    this.known?.(state);
    this.notify(state, Object.keys(state.allowed).filter((n) => state.allowed[n]));
  }

  /** @internal Connects the page's runtime; listeners registered earlier hear its state (unless they heard the fast path's). */
  connect(runtime: ConsentRuntime): void {
    this.runtime = runtime;
    runtime.subscribe((state, { changed }) => { this.notify(state, changed); });
    if (this.early) return;
    this.known?.(runtime.current);
    this.notify(runtime.current, Object.keys(runtime.current.allowed).filter((n) => runtime.current.allowed[n]));
  }

  /** @internal The page's runtime, brought up when needed; rejects where there is none to start. */
  host(): Promise<ConsentRuntime> {
    if (this.runtime) return Promise.resolve(this.runtime);
    return this.reach ? this.reach() : Promise.reject(new Error('not started'));
  }

  /** @internal A name's permission now: `undefined` before the state is known and for names it does not hold. */
  decision(name: string): boolean | undefined {
    const state = this.runtime?.current ?? this.early;
    return state && own(state.allowed, name);
  }

  readonly allowed = (name: string): boolean => this.decision(name) === true;

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

  readonly acceptAll = (): Promise<void> => this.answer(true, 'api');

  readonly rejectAll = (): Promise<void> => this.answer(false, 'api');

  /** @internal Saves the preferences as they stand (`data-consent="save"` on the page), recorded as a trigger. */
  saveAsShown(): void {
    void this.use((runtime) => { runtime.show('save'); return undefined; });
  }

  /**
   * @internal Accepts or rejects everything, recorded with where it happened (`api`, or
   * `trigger` for a `data-consent` button on the page, with the button's text).
   */
  answer(accept: boolean, source: 'api' | 'trigger', shown?: string): Promise<void> {
    return this.use((runtime) => runtime.answer(accept, source, shown));
  }

  readonly set = (choices: Readonly<Record<string, boolean>>): Promise<void> => this.use((runtime) => runtime.set(choices));

  readonly showBanner = (): void => {
    void this.use((runtime) => { runtime.show('banner'); return undefined; });
  };

  readonly showPreferences = (): void => {
    void this.use((runtime) => { runtime.show('preferences'); return undefined; });
  };

  readonly reset = (): Promise<void> => this.use((runtime) => runtime.reset());

  get record(): ConsentRecord | null {
    return (this.runtime?.current ?? this.early)?.record ?? null;
  }

  /** Runs an action with the runtime: at once when it is connected, else once it is brought up. */
  private use(action: (runtime: ConsentRuntime) => Promise<void> | undefined): Promise<void> {
    if (this.runtime) return Promise.resolve(action(this.runtime));
    return this.host().then(action, () => { report('notStarted'); });
  }

  private notify(state: ConsentState, changed: readonly string[]): void {
    for (const name of changed) {
      const handlers = [...this.subscriptions].filter((s) => s.name === name);
      if (own(state.allowed, name)) callAll(handlers.map((s) => s.onAllow));
      else callAll(handlers.flatMap((s) => (s.onRevoke ? [s.onRevoke] : [])));
    }
  }
}
