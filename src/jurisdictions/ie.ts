import type { NationalLaw } from './law.js';

/**
 * Ireland: Regulation 5(3) of the European Communities (Electronic Communications Networks and Services) (Privacy
 * and Electronic Communications) Regulations 2011 (S.I. No. 336 of 2011); the exemption in Regulation 5(5); enforced
 * by the Data Protection Commission.
 */
export const law: NationalLaw = {
  consent: { en: 'Reg. 5(3) S.I. No. 336 of 2011', ga: 'Rialachán 5(3) I.R. Uimh. 336 de 2011' },
  exemption: { en: 'Reg. 5(5) S.I. No. 336 of 2011', ga: 'Rialachán 5(5) I.R. Uimh. 336 de 2011' },
};
