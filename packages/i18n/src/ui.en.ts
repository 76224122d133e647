/** Interface texts, English: the reference. Every key must exist in ui.nb.ts and ui.es.ts (a test checks). */
export const uiEn = {
  app: {
    name: 'MIC Platform',
  },
};

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type UiCatalogue = Widen<typeof uiEn>;
