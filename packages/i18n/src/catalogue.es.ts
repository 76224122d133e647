import { errorsEs } from './errors.es';
import { uiEs } from './ui.es';
import type { Catalogue } from './index';

/** The whole catalogue of one language, in a module of its own so the web app can load only the language in use. */
export const catalogueEs: Catalogue = { ...uiEs, errors: errorsEs };
