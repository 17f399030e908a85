import type { NationalLaw } from './law.js';

/**
 * Germany: § 25 Telekommunikation-Digitale-Dienste-Datenschutz-Gesetz (TDDDG; TTDSG until 14 May 2024, renamed by
 * Art. 8 of the Act of 6 May 2024, BGBl. 2024 I Nr. 149); consent in Abs. 1, the exemption in Abs. 2 Nr. 2. No
 * exemption for audience measurement (DSK Orientierungshilfe Digitale Dienste, 2024).
 */
export const law: NationalLaw = {
  consent: { de: '§ 25 Abs. 1 TDDDG', en: '§ 25(1) TDDDG' },
  exemption: { de: '§ 25 Abs. 2 Nr. 2 TDDDG', en: '§ 25(2) no. 2 TDDDG' },
};
