import { COUNTRY_CODES, HOME_COUNTRY, type Region } from '@mic/domain';
import type { Option, OptionGroup } from '../../components/SelectField';

interface Names {
  /** "GT" → the country's name in the interface language. */
  country: (code: string) => string;
  /** A programme region → its name in the interface language. */
  region: (region: Region) => string;
  /** "Programme region: East Africa" for a region's name. */
  regionGroup: (regionName: string) => string;
  /** The label of the group of every other country. */
  other: string;
  lang: string;
}

/**
 * Countries to choose from: Norway first (home municipalities), then the programme's eligible
 * countries grouped by region, then every other country. The register takes any ISO code, but only
 * the second group makes a partner municipality that a partnership can use.
 */
export function countryOptions(regions: Region[], names: Names): (Option | OptionGroup)[] {
  const used = new Set<string>([HOME_COUNTRY]);
  const sorted = (codes: Iterable<string>) =>
    [...codes].map((c) => ({ value: c, label: names.country(c) })).sort((a, b) => a.label.localeCompare(b.label, names.lang));

  const regionGroups: OptionGroup[] = [];
  for (const region of regions) {
    const codes = region.countries.filter((c) => !used.has(c));
    codes.forEach((c) => used.add(c));
    if (codes.length > 0) regionGroups.push({ label: names.regionGroup(names.region(region)), options: sorted(codes) });
  }
  const others = sorted(COUNTRY_CODES.filter((c) => !used.has(c)));
  return [{ value: HOME_COUNTRY, label: names.country(HOME_COUNTRY) }, ...regionGroups, { label: names.other, options: others }];
}
