// `npm run size`: bytes of each path a visitor or an app pays for, minified / gzip / brotli,
// against the budgets; fails over budget, and fails when README.md quotes other numbers
// (`--write` updates the README table between its size markers).
import { readFileSync, writeFileSync } from 'node:fs';
import terser from '@rollup/plugin-terser';
import { rollup } from 'rollup';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Brotli budgets in bytes. Tighten as the code shrinks; never loosen without saying so in the changelog. */
const BUDGETS = {
  loader: 11900,
  'first visit': 21300,
  'npm import': 11500,
};

const read = (file) => readFileSync(file);
const measure = (buffers) => {
  const joined = Buffer.concat(buffers);
  return {
    min: joined.length,
    gzip: gzipSync(joined, { level: 9 }).length,
    brotli: brotliCompressSync(joined, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
};

/** What an app's bundler makes of `import { consent, start } from 'cookie-basis'`: the entry chunk, minified; lit and js-cookie are the app's, the UI is a lazy chunk. */
async function npmImport() {
  const bundle = await rollup({
    input: 'dist/esm/index.js',
    external: [/^lit($|\/)/, /^@lit\//, 'js-cookie'],
    onwarn: () => undefined,
  });
  const { output } = await bundle.generate({ format: 'es', plugins: [terser({ module: true, ecma: 2020, compress: { passes: 2 } })] });
  await bundle.close();
  const chunks = new Map(output.filter((item) => item.type === 'chunk').map((chunk) => [chunk.fileName, chunk]));
  const loaded = new Set();
  const visit = (chunk) => {
    if (loaded.has(chunk)) return;
    loaded.add(chunk);
    for (const name of chunk.imports) if (chunks.has(name)) visit(chunks.get(name));
  };
  visit([...chunks.values()].find((chunk) => chunk.isEntry));
  return [...loaded].map((chunk) => Buffer.from(chunk.code));
}

const rows = {
  loader: measure([read('dist/cookie-basis.js')]),
  'loader (classic script)': measure([read('dist/cookie-basis.iife.js')]),
  'UI chunk': measure([read('dist/cookie-basis-ui.js')]),
  'policy companions chunk': measure([read('dist/cookie-basis-companions.js')]),
  'first visit': measure([read('dist/cookie-basis.js'), read('dist/cookie-basis-ui.js')]),
  'npm import': measure(await npmImport()),
};

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const lines = [
  '| path | min | gzip | brotli | budget (brotli) |',
  '| --- | ---: | ---: | ---: | ---: |',
  ...Object.entries(rows).map(([name, r]) =>
    `| ${name} | ${kb(r.min)} | ${kb(r.gzip)} | ${kb(r.brotli)} | ${BUDGETS[name] ? kb(BUDGETS[name]) : '—'} |`),
];
const table = lines.join('\n');
console.log(table);

let failed = false;
for (const [name, budget] of Object.entries(BUDGETS)) {
  if (rows[name].brotli > budget) {
    console.error(`over budget: ${name} is ${rows[name].brotli} B brotli, budget ${budget} B`);
    failed = true;
  }
}
const readme = readFileSync('README.md', 'utf8');
const start = '<!-- size:start -->';
const end = '<!-- size:end -->';
const from = readme.indexOf(start) + start.length;
const to = readme.indexOf(end);
const quoted = readme.slice(from, to).trim();
if (process.argv.includes('--write')) {
  writeFileSync('README.md', `${readme.slice(0, from)}\n${table}\n${readme.slice(to)}`);
  console.log('README.md size table updated.');
} else if (quoted !== table) {
  console.error('README.md quotes other sizes: run `npm run size -- --write` and commit.');
  failed = true;
}
process.exit(failed ? 1 : 0);
