import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { localize, type ProgrammeDto } from '@mic/domain';
import { countryName } from '../../lib/format';
import { countryOptions } from './country-options';

/** The country choices in the interface language: Norway, the programme's regions, the rest. */
export function useCountryOptions(programme: ProgrammeDto | undefined) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const regions = programme?.regions;
  return useMemo(
    () =>
      countryOptions(regions ?? [], {
        country: (code) => countryName(code, lang),
        region: (region) => localize(region.name, lang),
        regionGroup: (region) => t('municipalities.countryGroups.region', { region }),
        other: t('municipalities.countryGroups.other'),
        lang,
      }),
    [regions, lang, t],
  );
}
