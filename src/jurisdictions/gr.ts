import type { NationalLaw } from './law.js';

/**
 * Greece: art. 4(5) of Law 3471/2006, as amended by Law 4070/2012; supervised by the Hellenic Data Protection
 * Authority. Source: the article's text as quoted by zerowastefuture.gr and taxcode.gr.
 */
export const law: NationalLaw = {
  consent: { el: 'άρθρο 4 παρ. 5 ν. 3471/2006', en: 'Art. 4(5) Law 3471/2006' },
  exemption: { el: 'άρθρο 4 παρ. 5 ν. 3471/2006 (απολύτως αναγκαία)', en: 'Art. 4(5) Law 3471/2006 (strictly necessary)' },
};
