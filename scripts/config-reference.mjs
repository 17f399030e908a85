// Generates docs/configuration.md, the configuration reference, from custom-elements.json (the
// elements' JSDoc): one row per attribute with its option name for JSON and configure(), its
// type, its default and its one-sentence description; then the typed options of `configure()`
// from src/core/options.ts (their JSDoc and `@default`). `--check` fails when the file is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import ts from 'typescript';

const FILE = 'docs/configuration.md';
const ORDER = ['cookie-consent', 'cookie-category', 'cookie-service', 'cookie-info', 'cookie-declaration', 'cookie-objection'];
const camel = (name) => name.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
const cell = (text) => String(text).replaceAll('|', '\\|').replaceAll('\n', ' ');

const OPTIONS_FILE = 'src/core/options.ts';
/** The typed options, in the order of the elements they mirror. */
const INTERFACES = { ConsentOptions: 'cookie-consent', CategoryOptions: 'cookie-category', ServiceOptions: 'cookie-service', CookieInfoOptions: 'cookie-info' };

/**
 * The members of the typed options (`src/core/options.ts`) with their type, JSDoc sentence and
 * `@default`, read with the TypeScript compiler, by interface.
 */
export function typedOptions(source = readFileSync(OPTIONS_FILE, 'utf8')) {
  const file = ts.createSourceFile(OPTIONS_FILE, source, ts.ScriptTarget.Latest, true);
  const text = (comment) => (typeof comment === 'string' ? comment : (comment ?? []).map((part) => part.text).join('')).replace(/\s+/g, ' ').trim();
  const interfaces = new Map();
  for (const statement of file.statements.filter(ts.isInterfaceDeclaration)) {
    const doc = (node) => ts.getJSDocCommentsAndTags(node).filter(ts.isJSDoc);
    interfaces.set(statement.name.text, {
      summary: text(doc(statement)[0]?.comment),
      members: statement.members.filter(ts.isPropertySignature).map((member) => {
        const [jsdoc] = doc(member);
        const defaultTag = jsdoc?.tags?.find((tag) => tag.tagName.text === 'default');
        return {
          name: member.name.getText(file), optional: member.questionToken !== undefined, type: member.type?.getText(file) ?? 'unknown',
          description: text(jsdoc?.comment), default: defaultTag ? text(defaultTag.comment) : undefined,
        };
      }),
    });
  }
  return interfaces;
}

/** Where the typed options and the elements drift apart: an undocumented option, an attribute with no option or the reverse. */
export function optionProblems(manifest, interfaces = typedOptions()) {
  const elements = manifest.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.tagName);
  const problems = [];
  for (const [name, tag] of Object.entries(INTERFACES)) {
    const options = interfaces.get(name)?.members ?? [];
    for (const option of options.filter((member) => !member.description)) problems.push(`${name}.${option.name} has no JSDoc sentence`);
    const attributes = (elements.find((element) => element.tagName === tag)?.attributes ?? []).map((attribute) => camel(attribute.name)).filter((option) => option !== 'src');
    for (const attribute of attributes.filter((option) => !options.some((member) => member.name === option))) problems.push(`<${tag}> attribute ${attribute} has no option in ${name}`);
    // Options for children (categories, services, cookies) and texts have no attribute.
    const children = new Set(['categories', 'services', 'cookies', 'texts']);
    for (const option of options.filter((member) => !children.has(member.name) && !attributes.includes(member.name))) problems.push(`${name}.${option.name} has no attribute on <${tag}>`);
  }
  return problems;
}

function optionsSection(interfaces) {
  return Object.keys(INTERFACES).map((name) => {
    const { summary, members } = interfaces.get(name);
    const rows = members.map((member) => `| \`${member.name}${member.optional ? '?' : ''}\` | \`${cell(member.type)}\` | ${member.default === undefined ? '—' : `\`${cell(member.default)}\``} | ${cell(member.description)} |`);
    return [`### \`${name}\``, '', cell(summary), '', '| option | type | default | what it does |', '| --- | --- | --- | --- |', ...rows].join('\n');
  });
}

/** The reference as Markdown, from a manifest and the typed options. */
export function configurationReference(manifest, interfaces = typedOptions()) {
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
    '## Typed options (`configure()` and JSON files)',
    '',
    'The same configuration as TypeScript types (`import type { ConsentOptions } from \'cookie-basis\'`), from',
    'the documentation of `src/core/options.ts`; every attribute above is one of these options.',
    '',
    ...optionsSection(interfaces).flatMap((section) => [section, '']),
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  const problems = optionProblems(manifest);
  if (problems.length > 0) {
    console.error(`The typed options and the elements differ:\n${problems.join('\n')}`);
    process.exit(1);
  }
  const text = configurationReference(manifest);
  if (process.argv.includes('--check')) {
    if (readFileSync(FILE, 'utf8') !== text) {
      console.error(`${FILE} is out of date: run \`node scripts/config-reference.mjs\` and commit it.`);
      process.exit(1);
    }
  } else {
    writeFileSync(FILE, text);
  }
}
