import { errorsNb } from './errors.nb';
import { uiNb } from './ui.nb';
import type { Catalogue } from './index';

/** The whole catalogue of one language, in a module of its own so the web app can load only the language in use. */
export const catalogueNb: Catalogue = { ...uiNb, errors: errorsNb };
