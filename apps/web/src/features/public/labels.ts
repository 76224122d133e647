import { useTranslation } from 'react-i18next';
import { localize, type LocalizedText, type PublicProgrammeDto } from '@mic/domain';
import { countryName, formatMoney, formatMoneyExact, languageName } from '../../lib/format';

/** Names of the programme's codes, countries and amounts in the interface language, from the public programme. */
export function usePublicLabels(programme: PublicProgrammeDto | undefined) {
  const { i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const find = (list: { code: string; name: LocalizedText }[] | undefined, code: string | null) => {
    if (!code) return '';
    const item = list?.find((x) => x.code === code);
    return item ? localize(item.name, lang) : code;
  };
  return {
    lang,
    text: (text: LocalizedText | null | undefined) => localize(text, lang),
    purpose: (code: string) => find(programme?.purposes, code),
    region: (code: string | null) => find(programme?.regions, code),
    fundingSource: (code: string) => find(programme?.fundingSources, code),
    country: (code: string) => countryName(code, lang),
    language: (code: string) => languageName(code, lang),
    money: (ore: number) => formatMoney(ore, lang),
    exact: (ore: number) => formatMoneyExact(ore, lang),
    /** "Guatemala · Central America", or just the country when the region is named the same. */
    place: (country: string, region: string | null) => {
      const name = countryName(country, lang);
      const area = find(programme?.regions, region);
      return area && area !== name ? `${name} · ${area}` : name;
    },
    number: (n: number) => new Intl.NumberFormat(lang === 'nb' ? 'nb-NO' : lang === 'en' ? 'en-GB' : lang).format(n),
  };
}

export type PublicLabels = ReturnType<typeof usePublicLabels>;
