import type { Config } from '../core/model.js';
import { categoriesOf } from '../core/gate-tokens.js';
import { OPENED, PLACEHOLDER } from '../core/markers.js';
import { REOPEN_TRIGGER } from '../core/triggers.js';
import { supportedLanguage } from '../i18n/languages.js';
import { lint, type LintProblem, type PageFacts } from './lint.js';

const GATED = '[data-category],[data-service]';

/** The facts of the page as it stands, for the lint: read from the document when the lint runs. */
export function pageFacts(config: Config, page: Document): PageFacts {
  const gated = Array.from(page.querySelectorAll(GATED)).filter((element) => !element.hasAttribute(PLACEHOLDER));
  const foreignSources = gated.flatMap((element) => {
    const src = element.getAttribute('data-src') ?? element.getAttribute('src') ?? element.getAttribute('data-href');
    if (!src) return [];
    try {
      const { origin } = new URL(src, page.baseURI);
      return origin === location.origin ? [] : [{ names: categoriesOf(element), origin }];
    } catch {
      return [];
    }
  });
  const asked = config.lang ?? page.documentElement.lang;
  return {
    hasReopenTrigger: page.querySelector(REOPEN_TRIGGER) !== null,
    liveGatedScripts: gated.filter((element) => element instanceof HTMLScriptElement && element.type !== 'text/plain' && !element.hasAttribute(OPENED))
      .map((script) => (script as HTMLScriptElement).src || `inline script (data-category="${script.getAttribute('data-category') ?? ''}")`),
    foreignSources,
    unsupportedLanguage: asked && !supportedLanguage(asked) ? asked : undefined,
  };
}

/** The lint of a configuration and the page it is on. */
export function lintPage(config: Config): LintProblem[] {
  return lint(config, pageFacts(config, document));
}
