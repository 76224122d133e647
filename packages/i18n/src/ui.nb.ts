import type { UiCatalogue } from './ui.en';

/** Interface texts, norsk bokmål. */
export const uiNb: UiCatalogue = {
  app: {
    name: 'MIC-plattformen',
  },
};
