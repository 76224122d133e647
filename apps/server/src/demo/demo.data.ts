import type { GlobalRole, PartnershipRole, PartnershipStatus } from '@mic/domain';

/**
 * The demo programme. The first six pairs are real MIC partnerships that were public (DOMAIN.md);
 * their periods, statuses and texts here are illustrative. Everything marked "(fictional)" is invented.
 * Organisation numbers are left empty: none is entered here unless checked against the register.
 */
export interface DemoMunicipality {
  key: string;
  name: string;
  country: string;
}

export interface DemoPartnership {
  key: string;
  title: string;
  home: string;
  partner: string;
  fundingSource: 'norad' | 'mfa';
  startYear: number;
  endYear: number;
  workingLanguage: string;
  purposes: string[];
  status: PartnershipStatus;
}

export interface DemoUser {
  email: string;
  name: string;
  language: 'en' | 'nb' | 'es';
  globalRole?: GlobalRole;
  membership?: { partnership: string; role: PartnershipRole };
}

export const DEMO_MUNICIPALITIES: DemoMunicipality[] = [
  { key: 'stord', name: 'Stord', country: 'NO' },
  { key: 'stjordal', name: 'Stjørdal', country: 'NO' },
  { key: 'klepp', name: 'Klepp', country: 'NO' },
  { key: 'sund', name: 'Sund', country: 'NO' },
  { key: 'gran', name: 'Gran', country: 'NO' },
  { key: 'kristiansand', name: 'Kristiansand', country: 'NO' },
  { key: 'nordvik', name: 'Nordvik (fictional)', country: 'NO' },
  { key: 'havbakken', name: 'Havbakken (fictional)', country: 'NO' },
  { key: 'lindasen', name: 'Lindåsen (fictional)', country: 'NO' },
  { key: 'bergtun', name: 'Bergtun (fictional)', country: 'NO' },
  { key: 'comalapa', name: 'San Juan Comalapa', country: 'GT' },
  { key: 'panajachel', name: 'Panajachel', country: 'GT' },
  { key: 'esperanza', name: 'Villa Esperanza (fictional)', country: 'GT' },
  { key: 'mukono', name: 'Mukono', country: 'UG' },
  { key: 'kisiwani', name: 'Kisiwani (fictional)', country: 'TZ' },
  { key: 'donjivakuf', name: 'Donji Vakuf', country: 'BA' },
  { key: 'konjic', name: 'Konjic', country: 'BA' },
  { key: 'zelengrad', name: 'Zelengrad (fictional)', country: 'RS' },
  { key: 'mykolaiv', name: 'Mykolaiv', country: 'UA' },
  { key: 'valeanoua', name: 'Valea Nouă (fictional)', country: 'MD' },
];

export const DEMO_PARTNERSHIPS: DemoPartnership[] = [
  {
    key: 'stord-comalapa',
    title: "Stord – San Juan Comalapa: waste management and women's participation",
    home: 'stord',
    partner: 'comalapa',
    fundingSource: 'norad',
    startYear: 2025,
    endYear: 2027,
    workingLanguage: 'es',
    purposes: ['environment', 'participation'],
    status: 'active',
  },
  {
    key: 'stjordal-panajachel',
    title: 'Stjørdal – Panajachel: solid waste and clean water around Lake Atitlán',
    home: 'stjordal',
    partner: 'panajachel',
    fundingSource: 'norad',
    startYear: 2024,
    endYear: 2026,
    workingLanguage: 'es',
    purposes: ['environment', 'service-delivery'],
    status: 'active',
  },
  {
    key: 'gran-mukono',
    title: 'Gran – Mukono: local revenue for better services',
    home: 'gran',
    partner: 'mukono',
    fundingSource: 'norad',
    startYear: 2023,
    endYear: 2025,
    workingLanguage: 'en',
    purposes: ['service-delivery', 'accountability'],
    status: 'completed',
  },
  {
    key: 'klepp-donjivakuf',
    title: 'Klepp – Donji Vakuf: open and accountable local administration',
    home: 'klepp',
    partner: 'donjivakuf',
    fundingSource: 'mfa',
    startYear: 2024,
    endYear: 2026,
    workingLanguage: 'bs',
    purposes: ['accountability', 'service-delivery'],
    status: 'active',
  },
  {
    key: 'sund-konjic',
    title: 'Sund – Konjic: environmental concerns in spatial planning',
    home: 'sund',
    partner: 'konjic',
    fundingSource: 'mfa',
    // Sund became part of Øygarden in 2020: this one is history, closed after its final audit.
    startYear: 2017,
    endYear: 2019,
    workingLanguage: 'en',
    purposes: ['environment'],
    status: 'closed',
  },
  {
    key: 'kristiansand-mykolaiv',
    title: 'Kristiansand – Mykolaiv: water supply and municipal services',
    home: 'kristiansand',
    partner: 'mykolaiv',
    fundingSource: 'mfa',
    startYear: 2025,
    endYear: 2027,
    workingLanguage: 'en',
    purposes: ['service-delivery'],
    status: 'active',
  },
  {
    key: 'nordvik-esperanza',
    title: 'Nordvik – Villa Esperanza: open municipal budgets (fictional)',
    home: 'nordvik',
    partner: 'esperanza',
    fundingSource: 'norad',
    startYear: 2027,
    endYear: 2029,
    workingLanguage: 'es',
    purposes: ['accountability', 'participation'],
    status: 'draft',
  },
  {
    key: 'havbakken-kisiwani',
    title: "Havbakken – Kisiwani: citizens' voice in ward planning (fictional)",
    home: 'havbakken',
    partner: 'kisiwani',
    fundingSource: 'norad',
    startYear: 2027,
    endYear: 2029,
    workingLanguage: 'en',
    purposes: ['participation'],
    status: 'applied',
  },
  {
    key: 'lindasen-valeanoua',
    title: 'Lindåsen – Valea Nouă: digital services for citizens (fictional)',
    home: 'lindasen',
    partner: 'valeanoua',
    fundingSource: 'mfa',
    startYear: 2027,
    endYear: 2029,
    workingLanguage: 'en',
    purposes: ['service-delivery', 'participation'],
    status: 'applied',
  },
  {
    key: 'bergtun-zelengrad',
    title: 'Bergtun – Zelengrad: climate adaptation in the land-use plan (fictional)',
    home: 'bergtun',
    partner: 'zelengrad',
    fundingSource: 'mfa',
    startYear: 2027,
    endYear: 2029,
    workingLanguage: 'en',
    purposes: ['environment'],
    status: 'draft',
  },
];

/** One user per role; the partnership roles in Stord – San Juan Comalapa, plus Panajachel's coordinator to show separation. */
export const DEMO_USERS: DemoUser[] = [
  { email: 'admin@mic.example', name: 'Astrid Holm', language: 'en', globalRole: 'admin' },
  { email: 'officer@mic.example', name: 'Marius Aune', language: 'nb', globalRole: 'programme_officer' },
  { email: 'donor@mic.example', name: 'Sofie Lund', language: 'en', globalRole: 'donor_viewer' },
  { email: 'stord@mic.example', name: 'Ingrid Sæbø', language: 'nb', membership: { partnership: 'stord-comalapa', role: 'home_coordinator' } },
  { email: 'comalapa@mic.example', name: 'Lucía Morales', language: 'es', membership: { partnership: 'stord-comalapa', role: 'partner_coordinator' } },
  { email: 'auditor@mic.example', name: 'Nina Strand', language: 'nb', membership: { partnership: 'stord-comalapa', role: 'auditor' } },
  { email: 'viewer@mic.example', name: 'Ola Viken', language: 'nb', membership: { partnership: 'stord-comalapa', role: 'viewer' } },
  { email: 'panajachel@mic.example', name: 'Andrés López', language: 'es', membership: { partnership: 'stjordal-panajachel', role: 'partner_coordinator' } },
];
