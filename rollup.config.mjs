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

/** Browser builds bundle their dependencies; js-cookie into the loader, lit into the UI chunk. */
const browser = (module) => [nodeResolve({ browser: true }), ts(), minify(module)];

export default [
  // Script-tag loader as an ES module; imports the UI chunk beside it on demand.
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
  // The UI chunk both loaders import: banner and dialog with lit-html; it imports the companions beside it.
  {
    input: 'src/ui/index.ts',
    external: (id) => id.endsWith('/ui/companions.js') || id.endsWith('/ui/companions.ts'),
    output: {
      file: 'dist/cookie-basis-ui.js', format: 'es', sourcemap: true,
      paths: (id) => (id.includes('/ui/companions.') ? './cookie-basis-companions.js' : id),
    },
    plugins: browser(true),
  },
  // <cookie-declaration> and <cookie-objection>, with lit, only for pages that have them.
  {
    input: 'src/ui/companions.ts',
    output: { file: 'dist/cookie-basis-companions.js', format: 'es', sourcemap: true },
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
