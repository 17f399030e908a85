import { expect } from '@open-wc/testing';
import { LANGUAGES } from '../../src/i18n/languages.js';
import { pagesPerTest, waitFor, type TestPage } from '../helpers/page.js';

/** The element is on screen in the page's viewport, and it is what a pointer at its centre hits. */
function reachable(page: TestPage, element: HTMLElement): boolean {
  element.scrollIntoView({ block: 'center' });
  const box = element.getBoundingClientRect();
  const inside = box.width > 0 && box.height > 0 && box.top >= 0 && box.left >= 0 &&
    box.bottom <= page.win.innerHeight + 1 && box.right <= page.win.innerWidth + 1;
  return inside && page.root.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2) === element;
}

/** Two boxes overlap. */
const overlap = (a: DOMRect, b: DOMRect): boolean => a.bottom > b.top && a.top < b.bottom && a.right > b.left && a.left < b.right;

describe('reflow and zoom (WCAG 1.4.10, 2.4.11)', () => {
  const pages = pagesPerTest();
  const screens = [{ width: 320, height: 200 }, { width: 320, height: 568 }];

  for (const lang of LANGUAGES) {
    for (const { width, height } of screens) {
      it(`${lang} at ${String(width)}×${String(height)}: the first layer's text and buttons, and every switch, can be reached`, async () => {
        const page = await pages.open({ lang, width, height });
        const banner = await page.part('banner');
        const intro = banner.querySelector<HTMLElement>('#banner-description p');
        expect(intro, 'the first paragraph').to.not.equal(null);
        expect(intro!.getBoundingClientRect().height, 'the text is not squeezed away').to.be.greaterThan(20);
        intro!.scrollIntoView({ block: 'start' });
        const text = intro!.getBoundingClientRect();
        expect(text.top >= 0 && text.top < page.win.innerHeight, `the text scrolls into view (top ${String(text.top)})`).to.equal(true);
        for (const button of Array.from(banner.querySelectorAll<HTMLElement>('.actions .button'))) {
          expect(reachable(page, button), `button ${button.textContent}`).to.equal(true);
          expect(button.scrollWidth, `no word of "${button.textContent}" is cut`).to.be.at.most(button.clientWidth);
        }
        (await page.part('button-preferences')).click();
        const dialog = await page.part<HTMLDialogElement>('dialog');
        await waitFor(() => dialog.open && dialog.querySelector('input[role="switch"]') !== null, 'preferences open');
        for (const toggle of Array.from(dialog.querySelectorAll<HTMLElement>('input[role="switch"]'))) {
          expect(reachable(page, toggle), `switch ${toggle.getAttribute('name') ?? ''}`).to.equal(true);
        }
      });
    }
  }

  for (const { width, height } of [{ width: 1280, height: 800 }, { width: 320, height: 568 }]) {
    it(`keeps page content that takes the focus clear of the bar (${String(width)}×${String(height)})`, async () => {
      const page = await pages.open({ page: 'long.html', width, height });
      const banner = await page.part('banner');
      for (const link of Array.from(page.doc.querySelectorAll<HTMLElement>('a[href]'))) {
        link.focus();
        await waitFor(() => !overlap(link.getBoundingClientRect(), banner.getBoundingClientRect()), `${link.textContent} clear of the banner`, 1000);
      }
    });
  }
});
