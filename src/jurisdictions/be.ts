import type { NationalLaw } from './law.js';

/**
 * Belgium: art. 10/2 of the Act of 30 July 2018 on the protection of natural persons with regard to the processing of
 * personal data, inserted by the Act of 21 December 2021 (art. 129 of the Electronic Communications Act of 13 June 2005
 * was repealed). Sources: the Belgian DPA's cookie page (2023); DLA Piper, Data Protection in Belgium. Analytics needs
 * consent (GBA/APD cookie checklist, 20 October 2023).
 */
export const law: NationalLaw = {
  consent: { nl: 'art. 10/2 Wet van 30 juli 2018', fr: 'art. 10/2 de la loi du 30 juillet 2018', de: 'Art. 10/2 Gesetz vom 30. Juli 2018', en: 'Art. 10/2 Act of 30 July 2018' },
  exemption: { nl: 'art. 10/2 Wet van 30 juli 2018 (strikt noodzakelijk)', fr: 'art. 10/2 de la loi du 30 juillet 2018 (strictement nécessaire)', de: 'Art. 10/2 Gesetz vom 30. Juli 2018 (unbedingt erforderlich)', en: 'Art. 10/2 Act of 30 July 2018 (strictly necessary)' },
};
