/**
 * The write path (`dist/cookie-basis-write.js`): storing a choice, clearing, the record's POST.
 * A returning visitor who changes nothing never loads it; the banner, the placeholders and the
 * policy elements load it as they appear, so that a click applies at once.
 */
import type { WritePath } from '../core/chunks.js';
import { answer, choose, clear, reset, set } from './choice.js';

export const writePath: WritePath = { choose, answer, set, reset, clear };
