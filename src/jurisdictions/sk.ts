import type { NationalLaw } from './law.js';

/**
 * Slovakia: § 109 ods. 8 of Act No. 452/2021 Coll. on electronic communications, in force 1 February 2022.
 */
export const law: NationalLaw = {
  consent: { sk: '§ 109 ods. 8 zákona č. 452/2021 Z. z.', en: 's. 109(8) Act No. 452/2021 Coll.' },
  exemption: { sk: '§ 109 ods. 8 zákona č. 452/2021 Z. z. (nevyhnutne potrebné)', en: 's. 109(8) Act No. 452/2021 Coll. (strictly necessary)' },
};
