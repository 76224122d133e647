/**
 * What the six archetype partnerships are: who, where, which money, which language, how far along.
 * The replicator copies them up to N, so between them they cover every status a page filters on.
 */

export type Lang = 'es' | 'en' | 'nb';
export type Stage = 'active' | 'completed' | 'applying';

export interface Person {
  email: string;
  name: string;
  language: Lang;
}

export interface ArchetypeSpec {
  key: string;
  label: string;
  title: string;
  home: { name: string; orgNumber: string };
  partner: { name: string; country: string };
  fundingSource: 'norad' | 'mfa';
  language: Lang;
  purposes: string[];
  startYear: number;
  stage: Stage;
  homeCoordinator: Person;
  partnerCoordinator: Person;
  /** NOK (whole kroner) a year: what the work plans are sized to and what is granted. */
  yearlyNok: number;
  /** Local currency of the partner's lines, with a rate per NOK-unit as the budget service takes it. */
  local: { currency: string; rate: string } | null;
  /** Story flags: which of the rarer states this archetype carries. */
  story: {
    withheld?: boolean;
    returnedReport?: boolean;
    /** Last year's report still a draft (and one of last year's actuals returned). */
    draftReport?: boolean;
    /** Half of last year's actuals submitted, not yet approved. */
    pendingValues?: boolean;
    revision?: boolean;
    auditRequired?: boolean;
    returnedApplication?: boolean;
  };
}

const person = (email: string, name: string, language: Lang): Person => ({ email: `${email}@bench.mic.example`, name, language });

export const ARCHETYPES: ArchetypeSpec[] = [
  {
    key: 'gt-norad',
    label: 'active, Norad, Guatemala, Spanish',
    title: 'Kvinnherad – Santa Cruz del Quiché: agua y saneamiento',
    home: { name: 'Kvinnherad', orgNumber: '964967636' },
    partner: { name: 'Santa Cruz del Quiché', country: 'GT' },
    fundingSource: 'norad',
    language: 'es',
    purposes: ['service-delivery', 'environment'],
    startYear: 2024,
    stage: 'active',
    homeCoordinator: person('kvinnherad', 'Siri Bakke', 'nb'),
    partnerCoordinator: person('quiche', 'Mario Tzoc', 'es'),
    yearlyNok: 820_000,
    local: { currency: 'GTQ', rate: '1.3850' },
    story: { withheld: true, revision: true, pendingValues: true },
  },
  {
    key: 'ug-mfa',
    label: 'active, Ministry, Uganda, English',
    title: 'Tysvær – Jinja: solid waste and public health',
    home: { name: 'Tysvær', orgNumber: '964979189' },
    partner: { name: 'Jinja', country: 'UG' },
    fundingSource: 'mfa',
    language: 'en',
    purposes: ['service-delivery', 'accountability'],
    startYear: 2024,
    stage: 'active',
    homeCoordinator: person('tysvaer', 'Eirik Våge', 'nb'),
    partnerCoordinator: person('jinja', 'Grace Nakato', 'en'),
    yearlyNok: 760_000,
    local: null,
    story: { returnedReport: true },
  },
  {
    key: 'ba-norad',
    label: 'active, Norad, Bosnia and Herzegovina, English',
    title: 'Ullensaker – Travnik: transparent municipal budgets',
    home: { name: 'Ullensaker', orgNumber: '933649768' },
    partner: { name: 'Travnik', country: 'BA' },
    fundingSource: 'norad',
    language: 'en',
    purposes: ['accountability', 'participation'],
    startYear: 2024,
    stage: 'active',
    homeCoordinator: person('ullensaker', 'Kari Nordby', 'nb'),
    partnerCoordinator: person('travnik', 'Amra Hodžić', 'en'),
    yearlyNok: 690_000,
    local: null,
    story: { auditRequired: true, returnedApplication: true },
  },
  {
    key: 'ua-mfa',
    label: 'active, Ministry, Ukraine, Norwegian',
    title: 'Hamarøy – Poltava: beredskap og kommunale tjenester',
    home: { name: 'Hamarøy', orgNumber: '972417807' },
    partner: { name: 'Poltava', country: 'UA' },
    fundingSource: 'mfa',
    language: 'nb',
    purposes: ['service-delivery', 'participation'],
    startYear: 2024,
    stage: 'active',
    homeCoordinator: person('hamaroy', 'Tor Hansen', 'nb'),
    partnerCoordinator: person('poltava', 'Olena Kovalenko', 'nb'),
    yearlyNok: 880_000,
    local: null,
    story: { draftReport: true },
  },
  {
    key: 'tz-completed',
    label: 'completed, Norad, Tanzania, English',
    title: 'Vågå – Moshi: participatory planning',
    home: { name: 'Vågå', orgNumber: '961381096' },
    partner: { name: 'Moshi', country: 'TZ' },
    fundingSource: 'norad',
    language: 'en',
    purposes: ['participation'],
    startYear: 2023,
    stage: 'completed',
    homeCoordinator: person('vaga', 'Ingunn Sletten', 'nb'),
    partnerCoordinator: person('moshi', 'Joseph Mushi', 'en'),
    yearlyNok: 640_000,
    local: { currency: 'TZS', rate: '0.0041' },
    story: {},
  },
  {
    key: 'md-applying',
    label: 'applying, Ministry, Moldova, English',
    title: 'Rendalen – Cahul: local economic development',
    home: { name: 'Rendalen', orgNumber: '940152496' },
    partner: { name: 'Cahul', country: 'MD' },
    fundingSource: 'mfa',
    language: 'en',
    purposes: ['service-delivery'],
    startYear: 2027,
    stage: 'applying',
    homeCoordinator: person('rendalen', 'Lars Moen', 'nb'),
    partnerCoordinator: person('cahul', 'Elena Rusu', 'en'),
    yearlyNok: 720_000,
    local: null,
    story: {},
  },
];

/** Today in the benchmark's world, and the years before it that are over. */
export const TODAY = '2026-11-27';
export const THIS_YEAR = 2026;

/** A moment on a fixed date (noon UTC): what the services are given as "now". */
export const at = (isoDate: string) => new Date(`${isoDate}T12:00:00Z`);
