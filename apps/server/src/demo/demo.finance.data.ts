import type { BudgetCategory, InstalmentStatus, MunicipalitySide } from '@mic/domain';

/**
 * The money story of the demo (issue 7). Grants of Stord – San Juan Comalapa come from its approved
 * applications; the other running partnerships were decided before the platform existed, so their
 * grants are entered here without an application. Amounts in whole NOK (øre are added).
 */

/** What the donors allocated to the programme, per funding source and year. */
export const DEMO_FUNDS: { fundingSource: 'norad' | 'mfa'; year: number; amount: number; note: string }[] = [
  { fundingSource: 'norad', year: 2023, amount: 3_000_000_00, note: 'Norad allocation letter 2023.' },
  { fundingSource: 'norad', year: 2024, amount: 4_500_000_00, note: 'Norad allocation letter 2024.' },
  { fundingSource: 'norad', year: 2025, amount: 5_000_000_00, note: 'Norad allocation letter 2025.' },
  { fundingSource: 'norad', year: 2026, amount: 5_500_000_00, note: 'Norad allocation letter 2026.' },
  { fundingSource: 'norad', year: 2027, amount: 5_500_000_00, note: 'Indicative, from the Norad framework agreement.' },
  { fundingSource: 'mfa', year: 2024, amount: 3_000_000_00, note: 'Ministry grant letter 2024.' },
  { fundingSource: 'mfa', year: 2025, amount: 4_000_000_00, note: 'Ministry grant letter 2025.' },
  { fundingSource: 'mfa', year: 2026, amount: 5_000_000_00, note: 'Ministry grant letter 2026.' },
  { fundingSource: 'mfa', year: 2027, amount: 5_000_000_00, note: 'Indicative, from the programme application 2027.' },
];

/** Grants decided before the platform: firm for the years whose own decision was made, indicative for the rest. */
export const DEMO_EARLIER_GRANTS: { partnership: string; year: number; amount: number; firm: boolean; decidedOn: string }[] = [
  { partnership: 'gran-mukono', year: 2023, amount: 620_000_00, firm: true, decidedOn: '2022-11-24' },
  { partnership: 'gran-mukono', year: 2024, amount: 650_000_00, firm: true, decidedOn: '2023-11-23' },
  { partnership: 'gran-mukono', year: 2025, amount: 600_000_00, firm: true, decidedOn: '2024-11-21' },
  { partnership: 'stjordal-panajachel', year: 2024, amount: 720_000_00, firm: true, decidedOn: '2023-11-23' },
  { partnership: 'stjordal-panajachel', year: 2025, amount: 750_000_00, firm: true, decidedOn: '2024-11-21' },
  { partnership: 'stjordal-panajachel', year: 2026, amount: 720_000_00, firm: false, decidedOn: '2023-11-23' },
  { partnership: 'klepp-donjivakuf', year: 2024, amount: 600_000_00, firm: true, decidedOn: '2024-03-14' },
  { partnership: 'klepp-donjivakuf', year: 2025, amount: 620_000_00, firm: true, decidedOn: '2025-03-13' },
  { partnership: 'klepp-donjivakuf', year: 2026, amount: 600_000_00, firm: false, decidedOn: '2024-03-14' },
  { partnership: 'kristiansand-mykolaiv', year: 2025, amount: 950_000_00, firm: true, decidedOn: '2025-03-13' },
  { partnership: 'kristiansand-mykolaiv', year: 2026, amount: 950_000_00, firm: false, decidedOn: '2025-03-13' },
  { partnership: 'kristiansand-mykolaiv', year: 2027, amount: 950_000_00, firm: false, decidedOn: '2025-03-13' },
];

/**
 * Instalments whose story is not simply "paid when due" (the rest of the past ones are paid, later
 * ones planned). Stjørdal – Panajachel's second 2025 instalment is still planned while its 2025
 * annual report (due 15 April 2026) is overdue: approving it needs the officer's override.
 */
export const DEMO_INSTALMENT_STORIES: { partnership: string; year: number; stepCode: string; status: InstalmentStatus; on: string; reason?: string }[] = [
  { partnership: 'stord-comalapa', year: 2026, stepCode: 'instalment-2', status: 'approved', on: '2026-09-24' },
  { partnership: 'stjordal-panajachel', year: 2025, stepCode: 'instalment-2', status: 'planned', on: '2025-09-15' },
  {
    partnership: 'klepp-donjivakuf',
    year: 2025,
    stepCode: 'instalment-1',
    status: 'withheld',
    on: '2025-09-26',
    reason: "Withheld until the follow-up of the auditor's management letter on the 2024 accounts arrives (missing vouchers for the citizens' service centre).",
  },
];

/** The annual meeting that approved a year's work plan, by the meeting's date. */
export const DEMO_PLAN_MEETINGS: Record<string, Record<number, string>> = { 'stord-comalapa': { 2025: '2025-11-20' } };

/** Work-plan years still drafts (with what they go with): the current year of each running partnership. */
export const DEMO_DRAFT_TARGETS: Record<string, Record<number, number>> = {
  'stord-comalapa': { 2026: 810_000_00 },
  'stjordal-panajachel': { 2026: 780_000_00 },
  'klepp-donjivakuf': { 2026: 640_000_00 },
  'kristiansand-mykolaiv': { 2026: 950_000_00 },
};

/** Partner-side currency and the rate used (NOK per unit) for each plan year. */
export const DEMO_RATES: Record<string, { currency: string; rates: Record<number, { rate: string; date: string }> }> = {
  'stord-comalapa': { currency: 'GTQ', rates: { 2025: { rate: '1.4388', date: '2024-11-15' }, 2026: { rate: '1.3215', date: '2025-11-14' } } },
  'stjordal-panajachel': {
    currency: 'GTQ',
    rates: { 2024: { rate: '1.3950', date: '2023-11-15' }, 2025: { rate: '1.4388', date: '2024-11-15' }, 2026: { rate: '1.3215', date: '2025-11-14' } },
  },
  'klepp-donjivakuf': {
    currency: 'BAM',
    rates: { 2024: { rate: '5.9460', date: '2024-02-15' }, 2025: { rate: '6.0375', date: '2025-02-14' }, 2026: { rate: '5.7020', date: '2026-01-09' } },
  },
  'kristiansand-mykolaiv': { currency: 'UAH', rates: { 2025: { rate: '0.2718', date: '2025-02-14' }, 2026: { rate: '0.2455', date: '2025-09-26' } } },
};

type Lang = 'en' | 'es' | 'bs';
type Text = Record<Lang, string>;

/** Five activities per partnership, in its working language; `output` picks one of its outputs in order. */
export const DEMO_ACTIVITIES: Record<string, { title: string; responsible: 'home' | 'partner' | 'both'; startMonth: number; endMonth: number }[]> = {
  'stord-comalapa': [
    { title: 'Visita técnica de Stord: rutas de recolección y relleno sanitario', responsible: 'home', startMonth: 2, endMonth: 3 },
    { title: 'Visita de la delegación de Comalapa a Stord', responsible: 'partner', startMonth: 5, endMonth: 5 },
    { title: 'Talleres con los comités de mujeres sobre separación de residuos', responsible: 'partner', startMonth: 3, endMonth: 10 },
    { title: 'Ampliación de la recolección a la zona 3', responsible: 'partner', startMonth: 4, endMonth: 12 },
    { title: 'Campaña de información en las escuelas', responsible: 'both', startMonth: 8, endMonth: 11 },
  ],
  'stjordal-panajachel': [
    { title: 'Asesoría de Stjørdal en la planta de tratamiento de agua', responsible: 'home', startMonth: 2, endMonth: 4 },
    { title: 'Intercambio de técnicos municipales en Stjørdal', responsible: 'partner', startMonth: 6, endMonth: 6 },
    { title: 'Limpieza de las orillas del lago con los vecinos', responsible: 'partner', startMonth: 3, endMonth: 9 },
    { title: 'Monitoreo de la calidad del agua en cinco puntos', responsible: 'partner', startMonth: 1, endMonth: 12 },
    { title: 'Capacitación del personal de cobro del servicio', responsible: 'both', startMonth: 9, endMonth: 11 },
  ],
  'klepp-donjivakuf': [
    { title: 'Studijska posjeta Klepp: otvoreni budžet i e-uprava', responsible: 'home', startMonth: 3, endMonth: 4 },
    { title: 'Posjeta delegacije Donji Vakuf općini Klepp', responsible: 'partner', startMonth: 9, endMonth: 9 },
    { title: 'Javne rasprave o budžetu u mjesnim zajednicama', responsible: 'partner', startMonth: 10, endMonth: 11 },
    { title: 'Uspostava centra za usluge građanima', responsible: 'partner', startMonth: 2, endMonth: 10 },
    { title: 'Obuka službenika za odgovore na upite građana', responsible: 'both', startMonth: 5, endMonth: 6 },
  ],
  'kristiansand-mykolaiv': [
    { title: 'Technical visit by Kristiansand water engineers to Mykolaiv', responsible: 'home', startMonth: 3, endMonth: 4 },
    { title: "Mykolaiv utility staff's study visit to Kristiansand", responsible: 'partner', startMonth: 6, endMonth: 6 },
    { title: 'Leak detection training for the utility crews', responsible: 'partner', startMonth: 4, endMonth: 9 },
    { title: 'Mapping of the distribution network in two districts', responsible: 'partner', startMonth: 2, endMonth: 11 },
    { title: 'Customer service and billing routines workshop', responsible: 'both', startMonth: 10, endMonth: 11 },
  ],
};

/**
 * The lines of a plan, sized for a NOK 800 000 year and scaled to the plan's amount; partner lines in
 * local currency are given in NOK worth and entered as local amounts. `balance` takes what is left,
 * so the plan meets its amount to the øre. Administration stays at five percent.
 */
export const BASE_TOTAL_NOK = 800_000;
export const DEMO_LINES: { activity: number | null; category: BudgetCategory; side: MunicipalitySide; nok: number; local?: boolean; balance?: boolean; text: Text }[] = [
  { activity: 0, category: 'travel', side: 'home', nok: 150_000, text: { en: 'Flights for the technical team', es: 'Pasajes aéreos del equipo técnico', bs: 'Avionske karte za tehnički tim' } },
  { activity: 0, category: 'accommodation', side: 'home', nok: 45_000, text: { en: 'Hotel for the technical team', es: 'Hotel del equipo técnico', bs: 'Smještaj za tehnički tim' } },
  { activity: 0, category: 'per_diem', side: 'home', nok: 38_000, text: { en: 'Per diem, technical team', es: 'Viáticos del equipo técnico', bs: 'Dnevnice za tehnički tim' } },
  { activity: 1, category: 'travel', side: 'partner', nok: 90_000, text: { en: "Partner delegation's flights", es: 'Pasajes de la delegación', bs: 'Avionske karte delegacije' } },
  { activity: 1, category: 'translation', side: 'partner', nok: 25_000, local: true, text: { en: 'Translation of the training material', es: 'Traducción de materiales', bs: 'Prijevod materijala' } },
  { activity: 2, category: 'workshops', side: 'partner', nok: 80_000, local: true, text: { en: 'Workshops: venue, meals and materials', es: 'Talleres: local, alimentación y materiales', bs: 'Radionice: prostor, hrana i materijali' } },
  { activity: 2, category: 'translation', side: 'home', nok: 20_000, text: { en: 'Interpretation during the visits', es: 'Interpretación durante las visitas', bs: 'Prevođenje tokom posjeta' } },
  { activity: 3, category: 'local_costs', side: 'partner', nok: 120_000, local: true, text: { en: 'Local transport and field work', es: 'Transporte local y trabajo de campo', bs: 'Lokalni prevoz i terenski rad' } },
  { activity: 4, category: 'local_costs', side: 'partner', nok: 40_000, local: true, text: { en: 'Printing and radio spots', es: 'Impresión y cuñas radiales', bs: 'Štampa i radio spotovi' } },
  { activity: 4, category: 'workshops', side: 'home', nok: 152_000, balance: true, text: { en: 'Training days and study material', es: 'Jornadas de capacitación y material de estudio', bs: 'Dani obuke i materijal za učenje' } },
  { activity: null, category: 'administration', side: 'home', nok: 40_000, text: { en: 'Project coordination and accounts', es: 'Coordinación del proyecto y contabilidad', bs: 'Koordinacija projekta i računovodstvo' } },
];

/** Stord – San Juan Comalapa's 2025 revision, after the plan's approval at the annual meeting: cheaper flights pay for a second round of workshops. */
export const DEMO_REVISION = {
  partnership: 'stord-comalapa',
  year: 2025,
  on: '2025-12-04',
  moved: 20_000_00,
  reason: 'Los pasajes de la última visita salieron más baratos de lo previsto; el ahorro financia una segunda ronda de talleres con los comités de mujeres en diciembre.',
};

export const languageOf = (workingLanguage: string): Lang => (workingLanguage === 'es' || workingLanguage === 'bs' ? workingLanguage : 'en');
