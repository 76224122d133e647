import type { UiCatalogue } from './ui.en';

/** Interface texts, español. */
export const uiEs: UiCatalogue = {
  app: {
    name: 'Plataforma MIC',
  },
};
