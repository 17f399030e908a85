import type { NationalLaw } from './law.js';

/**
 * Austria: § 165 Abs. 3 Telekommunikationsgesetz 2021 (TKG 2021, BGBl. I Nr. 190/2021), which replaced § 96 TKG 2003;
 * consent in its second sentence, the exemption in its third (RIS; geistwert.at quoting the Regierungsvorlage).
 * The DSB allows only technically necessary cookies without consent: analytics needs consent.
 */
export const law: NationalLaw = {
  consent: { de: '§ 165 Abs. 3 TKG 2021', en: '§ 165(3) TKG 2021' },
  exemption: { de: '§ 165 Abs. 3 S. 3 TKG 2021', en: '§ 165(3), third sentence, TKG 2021' },
};
