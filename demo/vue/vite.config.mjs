// Builds the Vue example into demo/vue/dist against the package's own npm build.
import { fileURLToPath } from 'node:url';
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  logLevel: 'warn',
  // The cookie-basis elements are custom elements, not Vue components.
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('cookie-') } } })],
  resolve: {
    alias: { 'cookie-basis': fileURLToPath(new URL('../../dist/esm/index.js', import.meta.url)) },
  },
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true },
});
