import type { LocalizedText } from './i18n-text';

/** A programme purpose, e.g. "Efficient local service delivery". */
export interface Purpose {
  code: string;
  name: LocalizedText;
}

/** A region of eligible partner countries (ISO 3166-1 alpha-2 codes). */
export interface Region {
  code: string;
  name: LocalizedText;
  countries: string[];
}

export interface FundingSource {
  code: string;
  name: LocalizedText;
  /** IATI organisation identifier, e.g. NO-BRC-971277882 for Norad. */
  iatiOrgId: string | null;
}

/** The programme's configuration: data an administrator edits, never code. */
export interface ProgrammeConfig {
  code: string;
  name: LocalizedText;
  goal: LocalizedText;
  purposes: Purpose[];
  maxPurposes: number;
  regions: Region[];
  fundingSources: FundingSource[];
  projectYears: number;
  /** Languages a partnership may work in (ISO 639-1). */
  workingLanguages: string[];
}

export function eligibleCountries(config: Pick<ProgrammeConfig, 'regions'>): Set<string> {
  return new Set(config.regions.flatMap((r) => r.countries.map((c) => c.toUpperCase())));
}

export function regionOfCountry(config: Pick<ProgrammeConfig, 'regions'>, country: string): Region | undefined {
  const upper = country.toUpperCase();
  return config.regions.find((r) => r.countries.some((c) => c.toUpperCase() === upper));
}

/** The MIC Guidelines 2013 programme, as loaded into an empty database. */
export const MIC_2013: ProgrammeConfig = {
  code: 'MIC-2013',
  name: {
    en: 'Municipal International Cooperation',
    nb: 'Kommunalt internasjonalt samarbeid',
    es: 'Cooperación Internacional Municipal',
  },
  goal: {
    en: 'To improve municipal governance and service delivery.',
    nb: 'Å forbedre kommunal styring og tjenesteyting.',
    es: 'Mejorar la gobernanza municipal y la prestación de servicios.',
  },
  purposes: [
    {
      code: 'service-delivery',
      name: {
        en: 'Efficient local service delivery',
        nb: 'Effektiv lokal tjenesteyting',
        es: 'Prestación eficiente de servicios locales',
      },
    },
    {
      code: 'environment',
      name: {
        en: 'Environmental concerns in local plans',
        nb: 'Miljøhensyn i lokale planer',
        es: 'Consideraciones ambientales en los planes locales',
      },
    },
    {
      code: 'participation',
      name: {
        en: 'Trust, transparency and participation in local politics',
        nb: 'Tillit, åpenhet og deltakelse i lokalpolitikken',
        es: 'Confianza, transparencia y participación en la política local',
      },
    },
    {
      code: 'accountability',
      name: {
        en: 'Transparency and accountability in local government',
        nb: 'Åpenhet og ansvarlighet i lokalforvaltningen',
        es: 'Transparencia y rendición de cuentas en el gobierno local',
      },
    },
  ],
  maxPurposes: 2,
  regions: [
    { code: 'guatemala', name: { en: 'Guatemala', nb: 'Guatemala', es: 'Guatemala' }, countries: ['GT'] },
    {
      code: 'east-africa',
      name: { en: 'East Africa', nb: 'Øst-Afrika', es: 'África Oriental' },
      countries: ['UG', 'TZ', 'KE', 'RW', 'ET', 'MW'],
    },
    {
      code: 'balkans',
      name: { en: 'The Balkans', nb: 'Balkan', es: 'Los Balcanes' },
      countries: ['BA', 'RS', 'ME', 'MK', 'AL', 'XK'],
    },
    {
      code: 'eastern-europe',
      name: { en: 'Eastern Europe', nb: 'Øst-Europa', es: 'Europa del Este' },
      countries: ['UA', 'MD', 'GE'],
    },
  ],
  fundingSources: [
    { code: 'norad', name: { en: 'Norad', nb: 'Norad', es: 'Norad' }, iatiOrgId: 'NO-BRC-971277882' },
    {
      code: 'mfa',
      name: {
        en: 'Ministry of Foreign Affairs',
        nb: 'Utenriksdepartementet',
        es: 'Ministerio de Asuntos Exteriores',
      },
      iatiOrgId: 'NO-BRC-972417858',
    },
  ],
  projectYears: 3,
  workingLanguages: ['en', 'es', 'nb', 'bs', 'sr', 'uk', 'sw'],
};
