import { useTranslation } from 'react-i18next';
import { localize, type LocalizedText, type ProgrammeDto } from '@mic/domain';
import { countryName, languageName } from '../../lib/format';

/** Names of programme codes (purposes, regions, funding sources) in the interface language. */
export function useProgrammeLabels(programme: ProgrammeDto | undefined) {
  const { i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const find = (list: { code: string; name: LocalizedText }[] | undefined, code: string | null) => {
    if (!code) return '';
    const item = list?.find((x) => x.code === code);
    return item ? localize(item.name, lang) : code;
  };
  return {
    lang,
    purpose: (code: string) => find(programme?.purposes, code),
    region: (code: string | null) => find(programme?.regions, code),
    fundingSource: (code: string) => find(programme?.fundingSources, code),
    country: (code: string) => countryName(code, lang),
    language: (code: string) => languageName(code, lang),
  };
}
