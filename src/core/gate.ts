import { categoriesOf, tokensOf } from './gate-tokens.js';
import { OPENED, PLACEHOLDER } from './markers.js';
import { report } from './report.js';
import { trustedScript, trustedScriptUrl } from './trusted.js';

/** What the gate asks of the consent state and the page. */
export interface GateHost {
  /** `true`/`false` for a known category, `undefined` for a name the configuration does not declare. */
  allowed(name: string): boolean | undefined;
  /** The visitor withdrew the category or service on this page (it was allowed, and is no longer). */
  withdrawn(name: string): boolean;
  /** Shows a placeholder for a blocked embed (perhaps a moment later); returns what takes it away again. */
  placeholder(embed: HTMLElement, categories: string[]): () => void;
}

const GATED = ['data-category', 'data-service']
  .map((attr) => `script[type="text/plain"][${attr}],[${attr}][data-src],[${attr}][data-srcset],[${attr}][data-href],video[${attr}],audio[${attr}]`)
  .join(',');
const SKIP_ATTRIBUTES = new Set(['type', 'data-type', 'data-src', 'src', 'nonce']);

/**
 * The attribute that loads an embed, by the attribute that holds it while blocked: `data-src`
 * becomes `data` on `<object>` and `src` elsewhere; `data-href` becomes `href` (`<link rel=preload>`).
 */
function sourceAttributes(target: Element): [string, string][] {
  return [[target instanceof HTMLObjectElement ? 'data' : 'src', 'data-src'], ['srcset', 'data-srcset'], ['href', 'data-href']];
}

/** Embeds that stay blocked without a placeholder: pixels (images under 2×2 px or hidden), `audio`, `source` and `link`. */
function silent(embed: HTMLElement): boolean {
  if (embed.hidden || embed instanceof HTMLAudioElement || embed instanceof HTMLSourceElement || embed instanceof HTMLLinkElement) return true;
  return embed instanceof HTMLImageElement && !(embed.width >= 2 && embed.height >= 2);
}

/**
 * Keeps gated scripts and embeds inert until their categories are allowed, and activates them
 * in document order when they are: each script runs once, classic scripts keep their order
 * (a later one waits for an earlier external one to load or fail), embeds get their sources.
 * Watches for markup added later (single-page apps) without rescanning the document.
 */
export class Gate {
  readonly #host: GateHost;
  readonly #waiting = new Set<Element>();
  readonly #opened = new Set<HTMLElement>();
  /** Blocked embeds, with what takes their placeholder away. */
  readonly #blocked = new WeakMap<Element, () => void>();
  /** Resolves when every ordered script activated so far is in the document. */
  #inserted: Promise<unknown> = Promise.resolve();
  /** Resolves when every ordered external script inserted so far has loaded or failed. */
  #loaded: Promise<unknown> = Promise.resolve();
  #observer: MutationObserver | undefined;
  /** Categories whose scripts ran on this page: they cannot be un-run when withdrawn. */
  readonly #ranFor = new Set<string>();

  constructor(host: GateHost) {
    this.#host = host;
  }

  /** Gates what the document holds now and what is added later (once: a second call does nothing). */
  start(): void {
    if (this.#observer) return;
    this.#collect(document);
    this.#observer = new MutationObserver((records) => {
      let found = false;
      for (const record of records) {
        for (const node of Array.from(record.addedNodes)) {
          if (node instanceof Element && !node.hasAttribute(PLACEHOLDER)) found = this.#collect(node) || found;
        }
      }
      if (found) this.update();
    });
    this.#observer.observe(document, { childList: true, subtree: true });
    // Allowed embeds wait for the end of parsing (see `update`).
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => { this.update(); }, { once: true });
    this.update();
  }

  /**
   * Opens what is allowed now; closes opened embeds whose categories were withdrawn. While the
   * document is still being parsed, allowed embeds stay waiting until it is: an iframe that
   * starts loading mid-parse (another origin's process) holds back the allowed scripts below it
   * by about 100 ms (`node bench/timeline.mjs cookie-basis 1 --returning`).
   */
  update(): void {
    for (const embed of [...this.#opened]) {
      if (!this.#verdict(embed)) this.#reset(embed);
    }
    const parsing = document.readyState === 'loading';
    const ordered = [...this.#waiting].sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
    for (const element of ordered) {
      const script = element instanceof HTMLScriptElement;
      if (!element.isConnected) {
        this.#waiting.delete(element);
      } else if (!this.#verdict(element)) {
        if (!script) this.#block(element as HTMLElement);
      } else if (script || !parsing) {
        this.#waiting.delete(element);
        if (script) this.#run(element);
        else this.#open(element as HTMLElement);
      }
    }
  }

  /** Whether a script of one of these categories ran on this page. */
  ran(names: readonly string[]): boolean {
    return names.some((name) => this.#ranFor.has(name));
  }

  #collect(root: ParentNode & Node): boolean {
    const found = root instanceof Element && root.matches(GATED) ? [root] : [];
    found.push(...Array.from(root.querySelectorAll(GATED)));
    for (const element of found) if (!this.#opened.has(element as HTMLElement)) this.#waiting.add(element);
    return found.length > 0;
  }

  /** All named categories allowed, and all `!name` ones withdrawn? Unknown names keep the gate shut. */
  #verdict(element: Element): boolean {
    const names = tokensOf(element);
    if (names.length === 0) return false;
    return names.every((token) => {
      const negated = token.startsWith('!');
      const name = negated ? token.slice(1) : token;
      const allowed = this.#host.allowed(name);
      if (allowed === undefined) {
        report('unknownCategory', name);
        return false;
      }
      return negated ? this.#host.withdrawn(name) : allowed;
    });
  }

  /**
   * Replaces an inert script by a live copy. Ordered (classic, not async) scripts: consecutive
   * external ones download in parallel and run in order (`async = false`); an inline one waits
   * until every earlier external one has loaded or failed, and later ones wait for it.
   */
  #run(inert: HTMLScriptElement): void {
    const type = inert.getAttribute('data-type');
    const src = inert.getAttribute('data-src') ?? inert.getAttribute('src');
    const script = this.#revive(inert, type, src);
    if (!script) return;
    /** Inserts the live copy if the choice still allows it (a later call in the same task may have withdrawn it). */
    const insert = (): boolean => {
      if (!inert.isConnected) return false;
      if (!this.#verdict(inert)) {
        this.#waiting.add(inert);
        return false;
      }
      for (const name of categoriesOf(inert)) this.#ranFor.add(name);
      inert.replaceWith(script);
      return true;
    };
    if (type === 'module' || inert.hasAttribute('async')) {
      insert();
    } else if (src) {
      script.async = false;
      const settled = new Promise((settle) => {
        script.addEventListener('load', settle);
        script.addEventListener('error', settle);
      });
      this.#inserted = this.#inserted.then(() => {
        if (insert()) this.#loaded = Promise.all([this.#loaded, settled]);
      });
    } else {
      this.#inserted = this.#inserted.then(() => this.#loaded).then(insert);
    }
  }

  /**
   * A live copy of an inert script, with its attributes, nonce, type and source or text (through
   * the Trusted Types policy where the page requires it); `undefined` when the page refused it.
   */
  #revive(inert: HTMLScriptElement, type: string | null, src: string | null): HTMLScriptElement | undefined {
    const script = document.createElement('script');
    try {
      for (const { name, value } of Array.from(inert.attributes)) {
        // Event handler attributes are script text, a Trusted Types sink like `text`.
        if (!SKIP_ATTRIBUTES.has(name)) script.setAttribute(name, name.startsWith('on') ? trustedScript(value) : value);
      }
      if (type) script.type = type;
      // Marked as opened by the gate (the lint tells it from a script the page left live).
      script.setAttribute(OPENED, '');
      if (inert.nonce) script.nonce = inert.nonce;
      if (src) script.src = trustedScriptUrl(src);
      else script.text = trustedScript(inert.text);
    } catch (error) {
      report('trustedTypesScript', String(error));
      return undefined;
    }
    return script;
  }

  #open(embed: HTMLElement): void {
    this.#blocked.get(embed)?.();
    this.#blocked.delete(embed);
    for (const target of [embed, ...Array.from(embed.querySelectorAll('source[data-src],source[data-srcset]'))]) {
      for (const [live, held] of sourceAttributes(target)) {
        const value = target.getAttribute(held);
        if (value !== null) target.setAttribute(live, value);
      }
    }
    if (embed instanceof HTMLMediaElement) embed.load();
    this.#opened.add(embed);
  }

  #block(embed: HTMLElement): void {
    if (this.#blocked.has(embed)) return;
    this.#blocked.set(embed, silent(embed) ? () => undefined : this.#host.placeholder(embed, categoriesOf(embed)));
  }

  /** A withdrawn embed: unloaded by a fresh copy without sources, blocked again. */
  #reset(embed: HTMLElement): void {
    this.#opened.delete(embed);
    const copy = embed.cloneNode(true) as HTMLElement;
    for (const target of [copy, ...Array.from(copy.querySelectorAll('source'))]) {
      for (const [live, held] of sourceAttributes(target)) {
        if (target.hasAttribute(held)) target.removeAttribute(live);
      }
    }
    embed.replaceWith(copy);
    this.#waiting.add(copy);
  }
}
