import { PROGRAMME_REPORT_SECTIONS, type ProgrammeReportNarrative, type ProgrammeReportSection } from '@mic/domain';

/** The narrative is written in English and Norwegian (the two languages of the files). */
export const NARRATIVE_LANGUAGES = ['en', 'nb'] as const;
export type NarrativeLanguage = (typeof NARRATIVE_LANGUAGES)[number];

/** Bounded like the annual report's texts. */
export const NARRATIVE_MAX = 20_000;

export type NarrativeValues = Record<ProgrammeReportSection, Record<NarrativeLanguage, string>>;

export const narrativeControlId = (section: ProgrammeReportSection, lang: NarrativeLanguage) => `narrative-${section}-${lang}`;

export function valuesOfNarrative(n: ProgrammeReportNarrative): NarrativeValues {
  const out = {} as NarrativeValues;
  for (const s of PROGRAMME_REPORT_SECTIONS) out[s] = { en: n[s]?.en ?? '', nb: n[s]?.nb ?? '' };
  return out;
}

/** Sections left empty in both languages are left out; a text is kept as written (trailing spaces trimmed). */
export function toNarrative(v: NarrativeValues): ProgrammeReportNarrative {
  const out: ProgrammeReportNarrative = {};
  for (const s of PROGRAMME_REPORT_SECTIONS) {
    const en = v[s].en.trimEnd();
    const nb = v[s].nb.trimEnd();
    if (en || nb) out[s] = { ...(en ? { en } : {}), ...(nb ? { nb } : {}) };
  }
  return out;
}
