import type { TestPage } from './page.js';

interface AxeResult { violations: { id: string; help: string; nodes: { target: unknown[] }[] }[] }
type AxeWindow = Window & { axe?: { run(context: Element, options?: object): Promise<AxeResult> } };

/** Runs axe-core inside the page under test on `<cookie-consent>` (or `selector`); returns violations as readable lines. */
export async function axeViolations(page: TestPage, selector = 'cookie-consent'): Promise<string[]> {
  const win = page.win as unknown as AxeWindow;
  if (!win.axe) {
    const script = page.doc.createElement('script');
    const loaded = new Promise((resolve, reject) => {
      script.addEventListener('load', resolve);
      script.addEventListener('error', reject);
    });
    script.src = '/node_modules/axe-core/axe.min.js';
    page.doc.head.append(script);
    await loaded;
  }
  const results: string[] = [];
  for (const element of Array.from(page.doc.querySelectorAll(selector))) {
    const result = await win.axe!.run(element, { resultTypes: ['violations'] });
    results.push(...result.violations.map((v) => `${v.id}: ${v.help} (${JSON.stringify(v.nodes.map((n) => n.target))})`));
  }
  return results;
}
