import type { NationalLaw } from './law.js';

/**
 * Sweden: chapter 9, section 28 of the Electronic Communications Act (2022:482), in force 3 June 2022 (formerly
 * 6 kap. 18 § of the 2003 act); supervised by PTS. The section number rests on secondary sources.
 */
export const law: NationalLaw = {
  consent: { sv: '9 kap. 28 § lagen (2022:482) om elektronisk kommunikation', en: 'Ch. 9 s. 28 Electronic Communications Act (2022:482)' },
  exemption: { sv: '9 kap. 28 § lagen (2022:482) om elektronisk kommunikation (nödvändig lagring)', en: 'Ch. 9 s. 28 Electronic Communications Act (2022:482) (strictly necessary)' },
};
