/**
 * Transparency (issue 9): what the public sees of the programme without signing in, the programme
 * office's choice of what to hold back, open data and the IATI 2.03 publication.
 */
import type { LocalizedText } from './i18n-text';
import type { DocumentCategory } from './documents';
import type { PartnershipStatus } from './partnership';

/** Partnerships the public sees: running or finished (never drafts, applications or closed ones). */
export const PUBLIC_PARTNERSHIP_STATUSES: readonly PartnershipStatus[] = ['active', 'completed'];

/** Parts of a partnership's public page the programme office can hold back. */
export const PUBLIC_FIELDS = ['budget', 'payments', 'results', 'reports', 'gains'] as const;
export type PublicField = (typeof PUBLIC_FIELDS)[number];

/** The licence the open data is published under. */
export const OPEN_DATA_LICENCE = { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' } as const;

/** GET/PUT /api/partnerships/:id/publication (programme office). */
export interface PublicationSettingsDto {
  partnershipId: string;
  /** Whether the partnership is public at all (its status). */
  public: boolean;
  hidden: PublicField[];
  /** The partnership's current documents; a document is public only when the programme office publishes it. */
  documents: { id: string; fileName: string; category: DocumentCategory; published: boolean }[];
  version: number;
  can: { edit: boolean };
}

export interface PublicMunicipality {
  name: string;
  country: string;
}

export interface PublicPartnershipRow {
  id: string;
  title: string;
  homeMunicipality: PublicMunicipality;
  partnerMunicipality: PublicMunicipality;
  region: string | null;
  purposes: string[];
  fundingSource: string;
  status: PartnershipStatus;
  startYear: number;
  endYear: number;
}

/** GET /api/public/partnerships?q=&region=&country=&purpose=&funding=&status=&year=&page=&pageSize= */
export interface PublicPartnershipListDto {
  items: PublicPartnershipRow[];
  total: number;
  page: number;
  pageSize: number;
}

/** GET /api/public/programme */
export interface PublicProgrammeDto {
  name: LocalizedText;
  goal: LocalizedText;
  purposes: { code: string; name: LocalizedText; partnerships: number }[];
  regions: { code: string; name: LocalizedText; partnerships: number; countries: { country: string; partnerships: number }[] }[];
  fundingSources: { code: string; name: LocalizedText }[];
  partnerships: number;
  /** Per year: granted (firm grants) and paid (paid instalments), øre, over the public partnerships. */
  money: { year: number; granted: number; paid: number }[];
  licence: { name: string; url: string };
}

export interface PublicIndicator {
  id: string;
  name: LocalizedText;
  unit: LocalizedText | null;
  kind: 'quantitative' | 'qualitative';
  ascending: boolean;
  baseline: { year: number | null; value: number | null };
  /** Targets per year and approved values per year only. */
  years: { year: number; target: number | null; actual: number | null }[];
}

/** GET /api/public/partnerships/:id: only what is ready for the public; a held-back part is null. */
export interface PublicPartnershipDto extends PublicPartnershipRow {
  workingLanguage: string;
  /** Per year: the work plan's budget total and the firm grant (øre). */
  budget: { year: number; budget: number | null; granted: number | null }[] | null;
  /** Per year: paid (øre). */
  payments: { year: number; paid: number }[] | null;
  /** Outcomes and outputs with their approved indicator values. */
  results: { id: string; level: 'impact' | 'outcome' | 'output'; statement: LocalizedText; indicators: PublicIndicator[] }[] | null;
  /** Accepted annual reports: lessons and the home municipality's learning, in the working language. */
  reports: { year: number; acceptedAt: string; lessons: string; homeLearning: string }[] | null;
  /** The visible gains for both municipalities, from the accepted reports. */
  gains: { year: number; home: string; partner: string }[] | null;
  documents: { id: string; fileName: string; category: DocumentCategory; url: string }[];
  hidden: PublicField[];
  /** The IATI activity identifier. */
  iatiIdentifier: string;
}

/** The programme's IATI settings (configuration the programme office edits). */
export interface IatiSettings {
  reportingOrgRef: string;
  reportingOrgType: string;
  reportingOrgName: LocalizedText;
  /** DAC 5-digit sector codes per programme purpose (vocabulary 1), the first one used when several. */
  sectorsByPurpose: Record<string, string[]>;
}

export const DEFAULT_IATI_SETTINGS: IatiSettings = {
  reportingOrgRef: 'NO-BRC-971032146',
  reportingOrgType: '15',
  reportingOrgName: { en: 'KS – Norwegian Association of Local and Regional Authorities', nb: 'KS – Kommunesektorens organisasjon' },
  sectorsByPurpose: {
    'service-delivery': ['15185'],
    environment: ['41010', '14050'],
    participation: ['15150'],
    accountability: ['15112'],
  },
};

/** One thing that keeps a partnership from a complete IATI activity, in words the office can act on. */
export const IATI_PROBLEM_CODES = [
  'not_public',
  'no_partner_country',
  'no_purpose_sector',
  'no_budget',
  'no_transactions',
  'no_results',
  'indicator_without_baseline',
  'indicator_without_target',
  'no_description',
  'funding_org_unknown',
] as const;
export type IatiProblemCode = (typeof IATI_PROBLEM_CODES)[number];

/** GET /api/programme/iati-check?page=&pageSize= (programme office) */
export interface IatiCheckDto {
  items: { partnershipId: string; title: string; iatiIdentifier: string; problems: { code: IatiProblemCode; params?: Record<string, string | number> }[] }[];
  total: number;
  /** Partnerships with no problem at all (of the public ones). */
  complete: number;
  page: number;
  pageSize: number;
}
