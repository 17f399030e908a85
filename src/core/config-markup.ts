import { report } from './report.js';

type Raw = Record<string, unknown>;

const camel = (attr: string): string => attr.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

/** Attributes as raw options: `policy-url` → `policyUrl`; `label-de` → `label: { de }`. */
function attributesOf(element: Element): Raw {
  const raw: Raw = {};
  for (const { name, value } of Array.from(element.attributes)) {
    const localizedText = /^(label|description)-([a-z]{2,3}(?:-[a-z0-9]+)*)$/i.exec(name);
    if (localizedText) {
      const [, key, lang] = localizedText as unknown as [string, string, string];
      const texts = (raw[key] ??= {}) as Record<string, string>;
      texts[lang.toLowerCase()] = value;
    } else if (name === 'label' || name === 'description') {
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
    categories.push({
      ...attributesOf(category),
      cookies: Array.from(category.querySelectorAll(':scope > cookie-info')).map(attributesOf),
    });
  }
  return { ...base, ...attributesOf(element), categories };
}
