/** @custom-elements-manifest/analyzer: the public surface (elements, API, events), from JSDoc. */
export default {
  globs: ['src/elements/*.ts', 'src/ui/cookie-*.ts', 'src/ui/index.ts', 'src/core/api.ts', 'src/core/events.ts', 'src/index.ts'],
  exclude: ['src/**/*.styles.ts'],
  litelement: true,
  outdir: process.env.CEM_OUTDIR ?? '.',
};
