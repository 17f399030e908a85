/**
 * The tokens of `data-service` (one service) or `data-category` (names): names, and `!name`
 * (vanilla-cookieconsent 3.1's meaning, measured against it) for "once the visitor withdraws
 * name on this page": never before an answer, nor for a refusal stored on an earlier page.
 * Read by the gate, and by the lint that looks at the same markup.
 */
export const tokensOf = (element: Element): string[] => {
  // `data-service` names one service (vanilla-cookieconsent's meaning): it decides, whatever the category.
  const service = element.getAttribute('data-service')?.trim();
  if (service) return [service];
  return (element.getAttribute('data-category') ?? '').split(/[\s,]+/).filter(Boolean);
};

/** The categories (or the service) an element needs allowed. */
export const categoriesOf = (element: Element): string[] => tokensOf(element).filter((name) => !name.startsWith('!'));
