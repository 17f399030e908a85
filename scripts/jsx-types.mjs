// Generates JSX typings of the elements (dist/types/jsx.d.ts) from custom-elements.json, for
// React 19, Preact, Solid and others: `import type { CustomElements } from 'cookie-basis/jsx'`.
import { readFileSync, writeFileSync } from 'node:fs';
import { generateJsxTypes } from 'custom-element-jsx-integration';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
generateJsxTypes(manifest, {
  outdir: 'dist/types',
  fileName: 'jsx.d.ts',
  hideLogs: true,
});

// The events are dispatched on document and typed there; the generator names their types without importing them.
const file = 'dist/types/jsx.d.ts';
const types = readFileSync(file, 'utf8')
  .replaceAll('CustomEvent<ConsentReadyEvent>', 'ConsentReadyEvent')
  .replaceAll('CustomEvent<ConsentChangeEvent>', 'ConsentChangeEvent');
writeFileSync(file, `import type { ConsentChangeEvent, ConsentReadyEvent } from './index.js';\n\n${types}`);
