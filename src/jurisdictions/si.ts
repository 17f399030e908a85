import type { NationalLaw } from './law.js';

/**
 * Slovenia: article 225 of the Electronic Communications Act (ZEKom-2, Uradni list RS, št. 130/22), formerly
 * article 157 ZEKom-1; supervised by the Information Commissioner.
 */
export const law: NationalLaw = {
  consent: { sl: '225. člen ZEKom-2', en: 'Art. 225 Electronic Communications Act (ZEKom-2)' },
  exemption: { sl: '225. člen ZEKom-2 (nujno potrebni)', en: 'Art. 225 Electronic Communications Act (ZEKom-2) (strictly necessary)' },
};
