// Generates docs/configuration.md, the configuration reference, from custom-elements.json (the
// elements' JSDoc): one row per attribute with its option name for JSON and configure(), its
// type, its default and its one-sentence description. `--check` fails when the file is stale.
import { readFileSync, writeFileSync } from 'node:fs';

const FILE = 'docs/configuration.md';
const ORDER = ['cookie-consent', 'cookie-category', 'cookie-service', 'cookie-info', 'cookie-declaration', 'cookie-objection'];
const camel = (name) => name.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
const cell = (text) => String(text).replaceAll('|', '\\|').replaceAll('\n', ' ');

/** The reference as Markdown, from a manifest. */
export function configurationReference(manifest) {
  const elements = manifest.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.tagName);
  const sections = ORDER.map((tag) => elements.find((element) => element.tagName === tag)).filter(Boolean).map((element) => {
    const rows = (element.attributes ?? []).map((attribute) => {
      const defaultValue = attribute.default ?? /Default `([^`]+)`/.exec(attribute.description ?? '')?.[1] ?? '—';
      const description = (attribute.description ?? '').replace(/\s*Default `[^`]+`\.?/, '').trim();
      return `| \`${attribute.name}\` | \`${camel(attribute.name)}\` | \`${cell(attribute.type?.text ?? 'string')}\` | ${cell(defaultValue === '—' ? '—' : `\`${defaultValue}\``)} | ${cell(description)} |`;
    });
    return [`## \`<${element.tagName}>\``, '', cell(element.summary ?? element.description ?? ''), '',
      '| attribute | option (JSON, `configure()`) | type | default | what it does |', '| --- | --- | --- | --- | --- |', ...rows].join('\n');
  });
  return [
    '# Configuration reference',
    '',
    'Generated from the elements\' documentation by `node scripts/config-reference.mjs`; do not edit by hand.',
    'Every attribute is also an option of the same meaning in a `src` JSON file and in `configure()`',
    '(camelCase); texts take `-xx` variants per language in markup (`label-de`) and `{ "de": "…" }` in',
    'JSON. Categories go into `categories`, services into a category\'s `services`, cookies into',
    '`cookies`; every string of the UI can be replaced with `texts` (see the README).',
    '',
    ...sections.flatMap((section) => [section, '']),
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const text = configurationReference(JSON.parse(readFileSync('custom-elements.json', 'utf8')));
  if (process.argv.includes('--check')) {
    if (readFileSync(FILE, 'utf8') !== text) {
      console.error(`${FILE} is out of date: run \`node scripts/config-reference.mjs\` and commit it.`);
      process.exit(1);
    }
  } else {
    writeFileSync(FILE, text);
  }
}
