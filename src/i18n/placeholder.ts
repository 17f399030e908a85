import type { Language } from './language.js';

/** The few strings of embed placeholders: they ship with the loader for returning visitors. */
export interface PlaceholderStrings {
  blocked: (provider: string) => string;
  explain: (categories: string) => string;
  allow: (categories: string) => string;
  settings: string;
  and: string;
}

export const placeholderStrings: Record<Language, PlaceholderStrings> = {
  en: {
    blocked: (provider) => `Content from ${provider} is blocked`,
    explain: (categories) => `It loads only with your permission for ${categories}.`,
    allow: (categories) => `Allow ${categories}`,
    settings: 'Cookie settings',
    and: ' and ',
  },
  de: {
    blocked: (provider) => `Inhalt von ${provider} ist blockiert`,
    explain: (categories) => `Er lädt erst, wenn Sie ${categories} erlauben.`,
    allow: (categories) => `${categories} erlauben`,
    settings: 'Cookie-Einstellungen',
    and: ' und ',
  },
};
