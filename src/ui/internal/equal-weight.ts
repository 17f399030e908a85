/** Computed properties that give a button its visual weight. */
const WEIGHT = ['background-color', 'color', 'font-size', 'font-weight', 'border-top-width', 'border-top-color', 'opacity', 'text-decoration-line'] as const;

/**
 * How the first layer's Accept and Reject buttons differ on screen, after page CSS (`::part()`)
 * and texts had their say: each property that differs, and their height (and width, side by
 * side). Empty when they carry the same weight.
 */
export function weightDifferences(accept: HTMLElement, reject: HTMLElement): string[] {
  const a = getComputedStyle(accept);
  const r = getComputedStyle(reject);
  const differences: string[] = WEIGHT.filter((property) => a.getPropertyValue(property) !== r.getPropertyValue(property));
  const boxA = accept.getBoundingClientRect();
  const boxR = reject.getBoundingClientRect();
  if (Math.abs(boxA.height - boxR.height) > 2) differences.push('height');
  if (Math.abs(boxA.top - boxR.top) < 1 && Math.abs(boxA.width - boxR.width) > 2) differences.push('width');
  if (boxA.width === 0 || boxR.width === 0) differences.push('visibility');
  return differences;
}
