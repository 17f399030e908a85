import type { NationalLaw } from './law.js';

/**
 * Finland: section 205 of the Act on Electronic Communications Services (917/2014): consent in subsection 1, the
 * exemptions in subsection 2; supervised by Traficom. Source: Helsinki Administrative Court, 9 October 2024 (sttinfo.fi).
 */
export const law: NationalLaw = {
  consent: { fi: 'sähköisen viestinnän palveluista annetun lain (917/2014) 205 §:n 1 mom.', sv: '205 § 1 mom. lagen om tjänster inom elektronisk kommunikation (917/2014)', en: 's. 205(1) Act on Electronic Communications Services (917/2014)' },
  exemption: { fi: 'sähköisen viestinnän palveluista annetun lain (917/2014) 205 §:n 2 mom.', sv: '205 § 2 mom. lagen om tjänster inom elektronisk kommunikation (917/2014)', en: 's. 205(2) Act on Electronic Communications Services (917/2014)' },
};
