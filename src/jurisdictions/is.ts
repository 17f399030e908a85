import type { NationalLaw } from './law.js';

/**
 * Iceland: article 88(2) of the Electronic Communications Act No. 70/2022, in force 1 September 2022 (althingi
 * lagasafn). Its wording follows the pre-2009 EEA text (informed consent).
 */
export const law: NationalLaw = {
  consent: { is: '2. mgr. 88. gr. laga nr. 70/2022 um fjarskipti', en: 'Art. 88(2) Electronic Communications Act No. 70/2022' },
  exemption: { is: '2. mgr. 88. gr. laga nr. 70/2022 um fjarskipti', en: 'Art. 88(2) Electronic Communications Act No. 70/2022' },
};
