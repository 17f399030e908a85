import { report } from './report.js';

type Raw = Record<string, unknown>;

const camel = (attr: string): string => attr.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

/** The attributes of each element that hold texts with `-xx` variants per language. */
const CATEGORY_TEXTS = ['label', 'description'];
const SERVICE_TEXTS = ['label', 'purpose', 'transfer', 'retention'];
const COOKIE_TEXTS = ['purpose', 'duration'];

/** Attributes as raw options: `policy-url` → `policyUrl`; `label-de` → `label: { de }` for the `localized` ones. */
function attributesOf(element: Element, localized: readonly string[] = []): Raw {
  const raw: Raw = {};
  for (const { name, value } of Array.from(element.attributes)) {
    const variant = /^([a-z]+)-([a-z]{2,3}(?:-[a-z0-9]+)*)$/i.exec(name);
    if (variant && localized.includes((variant[1] ?? '').toLowerCase())) {
      const [, key, lang] = variant as unknown as [string, string, string];
      const texts = (raw[key.toLowerCase()] ??= {}) as Record<string, string>;
      texts[lang.toLowerCase()] = value;
    } else if (localized.includes(name)) {
      const texts = (raw[name] ??= {}) as Record<string, string>;
      texts[''] = value;
    } else {
      raw[camel(name)] = value;
    }
  }
  return raw;
}

function jsonChild(element: Element): Raw {
  const script = element.querySelector(':scope > script[type="application/json"]');
  if (!script) return {};
  try {
    const parsed: unknown = JSON.parse(script.textContent);
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) return parsed as Raw;
  } catch {
    // reported below
  }
  report('invalidJson');
  return {};
}

/**
 * Reads the configuration markup of a `<cookie-consent>` (upgraded or not) into raw options:
 * its JSON child, then its attributes, then its `<cookie-category>`/`<cookie-info>` children.
 */
export function readMarkup(element: Element): Raw {
  const base = jsonChild(element);
  const categories = Array.isArray(base.categories) ? [...(base.categories as unknown[])] : [];
  for (const category of Array.from(element.querySelectorAll(':scope > cookie-category'))) {
    const cookiesOf = (parent: Element): Raw[] => Array.from(parent.querySelectorAll(':scope > cookie-info')).map((info) => attributesOf(info, COOKIE_TEXTS));
    categories.push({
      ...attributesOf(category, CATEGORY_TEXTS),
      cookies: cookiesOf(category),
      services: Array.from(category.querySelectorAll(':scope > cookie-service')).map((service) => ({
        ...attributesOf(service, SERVICE_TEXTS),
        cookies: cookiesOf(service),
      })),
    });
  }
  return { ...base, ...attributesOf(element), categories };
}
