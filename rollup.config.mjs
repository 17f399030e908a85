import { readFileSync, readdirSync } from 'node:fs';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

/** TypeScript for rollup: declarations come from `tsc -p tsconfig.build.json` separately. */
const ts = () =>
  typescript({
    tsconfig: './tsconfig.build.json',
    declaration: false,
    declarationDir: undefined,
    emitDeclarationOnly: false,
    noEmit: false,
    outDir: undefined,
    rootDir: undefined,
  });

const minify = (module) => terser({ module, ecma: 2020, compress: { passes: 3 }, format: { comments: false } });

/**
 * The style sheets are CSS in template literals (`*.styles.ts`): comments and the whitespace
 * around punctuation go at build time, as a minifier would for a .css file. Spaces before `:`
 * stay (`a :focus` is not `a:focus`), and so does everything inside `${…}` and strings.
 */
const minifyCss = {
  name: 'minify-css-literals',
  transform(code, id) {
    if (!id.endsWith('.styles.ts')) return null;
    return code.replace(/(css)?`([^`]*)`/g, (literal, tag, body) => `${tag ?? ''}\`${body
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};,>])\s*/g, '$1')
      .replace(/:\s+/g, ':')
      .replace(/;}/g, '}')
      .trim()}\``);
  },
};

/** The library version comes from package.json, written into `src/core/version.ts` at build time: one place to bump. */
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const versionStamp = {
  name: 'version-stamp',
  transform: (code, id) => (id.endsWith('src/core/version.ts') ? code.replace("'0.0.0-source'", JSON.stringify(version)) : null),
};

/** Browser builds bundle their dependencies: lit into its own chunk, js-cookie into the write path. */
const browser = (module) => [nodeResolve({ browser: true }), versionStamp, minifyCss, ts(), minify(module)];
const loader = (module) => [chunkGraph, ...browser(module)];

/**
 * The lazy chunks' static imports, recorded when they are built and handed to the loaders
 * (`cookie-basis:chunk-graph`): a loader fetches a chunk and everything it imports at once, in
 * parallel, never in a chain.
 */
const graph = new Map();
const recordGraph = {
  name: 'record-chunk-graph',
  generateBundle(_, bundle) {
    for (const [file, chunk] of Object.entries(bundle)) if (chunk.type === 'chunk') graph.set(file, chunk.imports);
  },
};
const chunkGraph = {
  name: 'chunk-graph',
  resolveId: (id) => (id === 'cookie-basis:chunk-graph' ? '\0chunk-graph' : null),
  load(id) {
    if (id !== '\0chunk-graph') return null;
    const closure = (file, seen = new Set()) => {
      for (const dependency of graph.get(file) ?? []) if (!seen.has(dependency)) closure(dependency, seen.add(dependency));
      return seen;
    };
    const dependencies = Object.fromEntries([...graph.keys()].filter((file) => (graph.get(file) ?? []).length > 0).map((file) => [file, [...closure(file)]]));
    return `export const DEPENDENCIES = ${JSON.stringify(dependencies)};`;
  },
};

/**
 * Modules several lazy chunks use. Every lazy chunk but the languages, the laws and the console
 * messages comes after the full path, so they live in its chunk (see `manualChunks`): a first
 * visit fetches three files after the loader. The one chain left is the legal lint, a
 * developer's tool that the console messages import when it prints.
 */
const SHARED = ['src/ui/internal/dom.ts', 'src/ui/internal/texts.ts', 'src/ui/styles/theme.styles.ts', 'src/core/policy.ts', 'src/core/names.ts',
  'src/core/choices.ts', 'src/core/intent.ts', 'src/core/units.ts', 'src/core/triggers.ts', 'src/core/markers.ts', 'src/core/gate-tokens.ts', 'src/i18n/languages.ts', 'src/write/log.ts',
  // The record, the cookie, the ticket and the DOM helpers: the full path and the chunks after it use them.
  'src/core/record.ts', 'src/core/cookie.ts', 'src/core/ticket.ts', 'src/core/dom.ts'];
const CONTROLS = ['src/ui/styles/controls.styles.ts', 'src/ui/internal/category-row.ts'];

/** One chunk per language: every `src/i18n/<code>.ts`. */
const languages = Object.fromEntries(readdirSync('src/i18n')
  .filter((file) => /^[a-z]{2,3}\.ts$/.test(file))
  .map((file) => [`cookie-basis-lang-${file.slice(0, -3)}`, `src/i18n/${file}`]));

/** One chunk per national law: every `src/jurisdictions/<code>.ts`. */
const laws = Object.fromEntries(readdirSync('src/jurisdictions')
  .filter((file) => /^[a-z]{2}\.ts$/.test(file))
  .map((file) => [`cookie-basis-law-${file.slice(0, -3)}`, `src/jurisdictions/${file}`]));

export default [
  // The lazy chunks both loaders import, with stable names; code they share (lit) is one chunk of its own.
  // Built first: the loaders are given their graph.
  {
    input: {
      'cookie-basis-runtime': 'src/full.ts',
      'cookie-basis-ui': 'src/ui/index.ts',
      'cookie-basis-write': 'src/write/index.ts',
      'cookie-basis-messages': 'src/write/messages.ts',
      'cookie-basis-inline': 'src/ui/inline.ts',
      'cookie-basis-companions': 'src/ui/companions.ts',
      ...languages,
      ...laws,
    },
    // The full path's entry chunk also exports what the later chunks share with it.
    preserveEntrySignatures: 'allow-extension',
    output: {
      dir: 'dist', format: 'es', sourcemap: true,
      entryFileNames: '[name].js',
      chunkFileNames: 'cookie-basis-[name].js',
      manualChunks: (id) => {
        if (/node_modules\/(lit|lit-html|lit-element|@lit)\//.test(id)) return 'lit';
        if (id.endsWith('src/full.ts') || SHARED.some((path) => id.endsWith(path))) return 'runtime';
        // The legal lint and the page facts it reads: one chunk, loaded by the console messages.
        if (/src\/write\/(lint|page-facts)\.ts$/.test(id)) return 'lint';
        // Switches and cookie tables: the preferences and the policy companions.
        if (CONTROLS.some((path) => id.endsWith(path))) return 'controls';
        return undefined;
      },
    },
    plugins: [...browser(true), recordGraph],
  },
  // The fast path as an ES module: self-contained, it imports the lazy chunks beside it by URL.
  {
    input: 'src/loader.ts',
    output: { file: 'dist/cookie-basis.js', format: 'es', sourcemap: true },
    plugins: loader(true),
  },
  // The same loader as a classic script for <head> without defer.
  {
    input: 'src/loader.ts',
    output: { file: 'dist/cookie-basis.iife.js', format: 'iife', sourcemap: true, inlineDynamicImports: true },
    plugins: loader(false),
  },
  // npm: ES modules for bundlers, lit and js-cookie as dependencies.
  {
    input: 'src/index.ts',
    output: { dir: 'dist/esm', format: 'es', sourcemap: true, preserveModules: true, preserveModulesRoot: 'src' },
    external: [/^lit($|\/)/, /^@lit\//, 'js-cookie'],
    plugins: [versionStamp, ts()],
  },
];
