import { errorsEn } from './errors.en';
import { uiEn } from './ui.en';
import type { Catalogue } from './index';

/** The whole catalogue of one language, in a module of its own so the web app can load only the language in use. */
export const catalogueEn: Catalogue = { ...uiEn, errors: errorsEn };
