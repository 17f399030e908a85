import type { NationalLaw } from './law.js';

/**
 * Cyprus: s. 99(5) of the Regulation of Electronic Communications and Postal Services Law of 2004 (L. 112(I)/2004);
 * the Commissioner for Personal Data Protection is competent (s. 107). Sources: cylaw.org consolidated text; netweek.gr.
 */
export const law: NationalLaw = {
  consent: { el: 'άρθρο 99(5) Ν. 112(Ι)/2004', en: 's. 99(5) Law 112(I)/2004' },
  exemption: { el: 'άρθρο 99(5) Ν. 112(Ι)/2004 (απολύτως αναγκαία)', en: 's. 99(5) Law 112(I)/2004 (strictly necessary)' },
};
