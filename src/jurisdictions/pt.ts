import type { NationalLaw } from './law.js';

/**
 * Portugal: artigo 5.º of Lei n.º 41/2004, de 18 de agosto, as amended by Lei 46/2012 and Lei 16/2022 (kgsa.pt).
 */
export const law: NationalLaw = {
  consent: { pt: 'artigo 5.º da Lei n.º 41/2004', en: 'Art. 5 Law 41/2004' },
  exemption: { pt: 'artigo 5.º da Lei n.º 41/2004 (estritamente necessário)', en: 'Art. 5 Law 41/2004 (strictly necessary)' },
};
