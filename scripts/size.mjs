// `npm run size`: the bytes each kind of visit really fetches (each file compressed on its own,
// as a server sends it), minified / gzip / brotli, against the budgets; fails over budget, and
// fails when README.md quotes other numbers (`--write` updates the README table between its
// size markers).
import { readFileSync, writeFileSync } from 'node:fs';
import terser from '@rollup/plugin-terser';
import { rollup } from 'rollup';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Brotli budgets in bytes. Tighten as the code shrinks; never loosen without saying so in the changelog. */
const BUDGETS = {
  'returning visit (module loader)': 5300,
  'returning visit (classic loader)': 5350,
  'first visit (until the visitor answers)': 20850,
  'first answer (first visit and write path)': 24250,
  'npm import': 12150,
};

const compress = (buffer) => ({
  min: buffer.length,
  gzip: gzipSync(buffer, { level: 9 }).length,
  brotli: brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
});
/** The sum over files compressed one by one: what a browser downloads. */
const fetched = (buffers) => buffers.map(compress).reduce((sum, size) => ({
  min: sum.min + size.min, gzip: sum.gzip + size.gzip, brotli: sum.brotli + size.brotli,
}), { min: 0, gzip: 0, brotli: 0 });

/** A chunk of dist/ with every chunk it imports (the loaders fetch them together). */
function withImports(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(`dist/${file}`, 'utf8');
  for (const [, imported] of code.matchAll(/(?:^|;|\})\s*import\s*(?:[^'"]*?from\s*)?["']\.\/([\w.-]+\.js)["']/g)) withImports(imported, seen);
  return seen;
}
const names = (...entries) => [...new Set(entries.flatMap((entry) => [...withImports(entry)]))];
const files = (...entries) => names(...entries).map((file) => readFileSync(`dist/${file}`));
/** The full path: every lazy chunk but the languages, laws and console messages comes after it. */
const FULL_PATH = 'cookie-basis-runtime.js';
/** What a lazy chunk adds to a page that already has the full path: the chunk and the imports it does not share with it. */
const beyond = (entry) => names(entry).filter((file) => !withImports(FULL_PATH).has(file)).map((file) => readFileSync(`dist/${file}`));

/** What an app's bundler makes of `import { consent, start } from 'cookie-basis'`: the entry chunk and its static imports, minified; lit and js-cookie are the app's. */
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
  'returning visit (module loader)': fetched(files('cookie-basis.js')),
  'returning visit (classic loader)': fetched([readFileSync('dist/cookie-basis.iife.js')]),
  'full path (no ticket: a first visit, a changed configuration)': fetched(files(FULL_PATH)),
  'first layer (beyond the full path)': fetched(beyond('cookie-basis-ui.js')),
  'one language (en)': fetched(files('cookie-basis-lang-en.js')),
  'write path (beyond the full path; when the visitor reaches for the banner)': fetched(beyond('cookie-basis-write.js')),
  'first visit (until the visitor answers)': fetched(files('cookie-basis.js', FULL_PATH, 'cookie-basis-ui.js', 'cookie-basis-lang-en.js')),
  'first answer (first visit and write path)': fetched(files('cookie-basis.js', FULL_PATH, 'cookie-basis-ui.js', 'cookie-basis-lang-en.js', 'cookie-basis-write.js')),
  'preferences (lit; beyond the full path, on opening)': fetched(beyond('cookie-basis-preferences.js')),
  'console messages (on the first one)': fetched(files('cookie-basis-messages.js')),
  'legal lint (beyond the full path; opening the preferences, development hosts)': fetched(beyond('cookie-basis-lint.js')),
  'embed placeholders (beyond the full path)': fetched(beyond('cookie-basis-inline.js')),
  'policy companions (with lit; beyond the full path)': fetched(beyond('cookie-basis-companions.js')),
  'npm import': fetched(await npmImport()),
};

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const lines = [
  '| what is fetched | min | gzip | brotli | budget (brotli) |',
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
