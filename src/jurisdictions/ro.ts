import type { NationalLaw } from './law.js';

/**
 * Romania: art. 4 alin. (5) of Law No. 506/2004, the exemptions in alin. (6); enforced by the ANSPDCP.
 */
export const law: NationalLaw = {
  consent: { ro: 'art. 4 alin. (5) din Legea nr. 506/2004', en: 'Art. 4(5) Law No. 506/2004' },
  exemption: { ro: 'art. 4 alin. (6) din Legea nr. 506/2004', en: 'Art. 4(6) Law No. 506/2004' },
};
