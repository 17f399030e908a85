/** @custom-elements-manifest/analyzer: the public surface (elements, API, events), from JSDoc. */
export default {
  globs: ['src/elements/*.ts', 'src/ui/cookie-*.ts', 'src/ui/index.ts', 'src/ui/companions.ts', 'src/core/api.ts', 'src/core/events.ts', 'src/index.ts'],
  exclude: ['src/**/*.styles.ts'],
  litelement: true,
  // package.json names the committed manifest; the analyzer must not rewrite it to a scratch copy.
  packagejson: false,
  outdir: process.env.CEM_OUTDIR ?? '.',
};
