import type { NationalLaw } from './law.js';

/**
 * Hungary: section 155(4) of Act C of 2003 on Electronic Communications (Eht.). Sources: dataprivacy.hu;
 * Bird & Bird, Global Cookie Review: Hungary.
 */
export const law: NationalLaw = {
  consent: { hu: 'az elektronikus hírközlésről szóló 2003. évi C. törvény 155. § (4) bekezdése', en: 's. 155(4) Act C of 2003 on Electronic Communications' },
  exemption: { hu: 'az elektronikus hírközlésről szóló 2003. évi C. törvény 155. § (4) bekezdése (feltétlenül szükséges)', en: 's. 155(4) Act C of 2003 (strictly necessary)' },
};
