import type { MunicipalityDto } from '@mic/domain';
import type { Option, OptionGroup } from '../../../components/SelectField';

/** Home municipalities as one sorted list; partner municipalities grouped by country. */
export function municipalityOptions(
  list: MunicipalityDto[],
  byCountry: boolean,
  countryName: (code: string) => string,
  lang: string,
): (Option | OptionGroup)[] {
  const sorted = [...list].sort((a, b) => a.name.localeCompare(b.name, lang));
  if (!byCountry) return sorted.map((m) => ({ value: m.id, label: m.name }));
  const groups = new Map<string, Option[]>();
  for (const m of sorted) {
    const label = countryName(m.country);
    groups.set(label, [...(groups.get(label) ?? []), { value: m.id, label: m.name }]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b, lang))
    .map(([label, options]) => ({ label, options }));
}
