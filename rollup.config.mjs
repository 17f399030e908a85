import { readdirSync } from 'node:fs';
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

/** Browser builds bundle their dependencies: lit into its own chunk, js-cookie into the write path. */
const browser = (module) => [nodeResolve({ browser: true }), ts(), minify(module)];

/** One chunk per language: every `src/i18n/<code>.ts`. */
const languages = Object.fromEntries(readdirSync('src/i18n')
  .filter((file) => /^[a-z]{2,3}\.ts$/.test(file))
  .map((file) => [`cookie-basis-lang-${file.slice(0, -3)}`, `src/i18n/${file}`]));

export default [
  // The fast path as an ES module: self-contained, it imports the lazy chunks beside it by URL.
  {
    input: 'src/loader.ts',
    output: { file: 'dist/cookie-basis.js', format: 'es', sourcemap: true },
    plugins: browser(true),
  },
  // The same loader as a classic script for <head> without defer.
  {
    input: 'src/loader.ts',
    output: { file: 'dist/cookie-basis.iife.js', format: 'iife', sourcemap: true, inlineDynamicImports: true },
    plugins: browser(false),
  },
  // The lazy chunks both loaders import, with stable names; code they share (lit) is one chunk of its own.
  {
    input: {
      'cookie-basis-ui': 'src/ui/index.ts',
      'cookie-basis-write': 'src/write/index.ts',
      'cookie-basis-messages': 'src/write/messages.ts',
      'cookie-basis-inline': 'src/ui/inline.ts',
      'cookie-basis-companions': 'src/ui/companions.ts',
      ...languages,
    },
    output: {
      dir: 'dist', format: 'es', sourcemap: true,
      entryFileNames: '[name].js',
      chunkFileNames: 'cookie-basis-[name].js',
      manualChunks: (id) => (/node_modules\/(lit|lit-html|lit-element|@lit)\//.test(id) ? 'lit' : undefined),
    },
    plugins: browser(true),
  },
  // npm: ES modules for bundlers, lit and js-cookie as dependencies.
  {
    input: 'src/index.ts',
    output: { dir: 'dist/esm', format: 'es', sourcemap: true, preserveModules: true, preserveModulesRoot: 'src' },
    external: [/^lit($|\/)/, /^@lit\//, 'js-cookie'],
    plugins: [ts()],
  },
];
