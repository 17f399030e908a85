import type { NationalLaw } from './law.js';

/**
 * Poland: art. 399 of the Electronic Communications Law (Prawo komunikacji elektronicznej, Dz.U. 2024 poz. 1221),
 * in force 10 November 2024, which replaced art. 173 Prawo telekomunikacyjne; secondary sources only.
 */
export const law: NationalLaw = {
  consent: { pl: 'art. 399 Prawa komunikacji elektronicznej', en: 'Art. 399 Electronic Communications Law (PKE)' },
  exemption: { pl: 'art. 399 Prawa komunikacji elektronicznej (niezbędne)', en: 'Art. 399 Electronic Communications Law (PKE) (strictly necessary)' },
};
