import type { ReportSection, ReportStatus } from '@mic/domain';

/**
 * The annual-report stories of the demo (issue 8). Dates are fixed: they tell what happened around
 * each deadline of the cycle (Norad: 15 April the year after, Ministry: 1 September the year after).
 * People without a demo sign-in are named here; those with one (`email`) are looked up.
 */
export type DemoPerson = { email: string } | { name: string };

export interface DemoReportStep {
  to: ReportStatus;
  on: string;
  by: DemoPerson;
  message?: string;
  comments?: { section: ReportSection; comment: string }[];
}

export interface DemoReportStory {
  partnership: string;
  year: number;
  /** Percent of each budget line's amount spent (by line index; 100 where absent); local lines spend in local currency. */
  spend: Record<number, number>;
  /** Why a line's spending differs beyond the threshold (by line index). */
  explanations: Record<number, string>;
  unspentExplanation: string;
  /** Per outcome of the framework, in order. */
  contributions: string[];
  indicatorNotes: string;
  riskReview: string;
  homeLearning: string;
  lessons: string;
  visibility: { home: string; partner: string };
  /** The workflow as it happened; none: a draft nobody submitted yet. */
  steps: DemoReportStep[];
  /** Who confirmed for each side before the last submission (cleared again on a return). */
  confirmed?: { home: DemoPerson; partner: DemoPerson; on: string };
  auditRequired?: boolean;
  /** A first submission whose one line explanation the programme office found too thin. */
  firstExplanation?: { line: number; text: string };
}

const OFFICER = { email: 'officer@mic.example' };
const STORD = { email: 'stord@mic.example' };
const COMALAPA = { email: 'comalapa@mic.example' };

export const DEMO_REPORTS: DemoReportStory[] = [
  {
    partnership: 'stord-comalapa',
    year: 2025,
    spend: { 0: 99, 1: 104, 2: 97, 3: 101, 4: 95, 5: 118, 7: 91, 8: 102, 9: 92 },
    explanations: {
      5: 'Se sumaron tres comités de mujeres de las aldeas de Panabajal y Xiquín; con su participación se realizaron once talleres en vez de ocho. El comité de coordinación aprobó el cambio el 12 de agosto de 2025 (acta 7/2025) y el costo adicional se cubrió con el ahorro en transporte local.',
    },
    firstExplanation: { line: 5, text: 'Hubo más talleres de lo previsto.' },
    unspentExplanation:
      'Quedan fondos sin gastar por el ahorro en transporte local y en la jornada de capacitación de Stord. Se devuelven a KS con el informe, salvo que KS autorice usarlos en la ampliación de la recolección en 2026.',
    contributions: [
      'La recolección diferenciada llegó a dos zonas; los talleres con los comités de mujeres hicieron que más hogares separen sus residuos.',
      'La escuela de liderazgo formó a 46 mujeres; dos de ellas participan ahora en el consejo municipal de desarrollo.',
      'Cuatro funcionarios de Stord trabajaron en el intercambio y presentaron en Stord lo aprendido sobre la participación de las mujeres.',
    ],
    indicatorNotes: 'Los hogares que separan sus residuos superaron la meta del año (27 % frente a 25 %), gracias a los talleres adicionales.',
    riskReview: 'El riesgo de cambio de autoridades tras las elecciones no se materializó; se mantiene la vigilancia sobre el relleno sanitario durante la época de lluvias.',
    homeLearning: 'Stord aprendió de Comalapa a trabajar con los comités de vecinos; el método se usa ahora en la consulta sobre el nuevo plan de residuos de Stord.',
    lessons: 'Los talleres funcionan mejor cuando los dirigen las propias mujeres de los comités, con apoyo técnico de la municipalidad.',
    visibility: {
      home: 'Artículo en Sunnhordland y presentación en el consejo municipal de Stord en noviembre de 2025.',
      partner: 'Programa de radio mensual en Radio Comalapa y murales en las escuelas de la zona 3.',
    },
    steps: [
      { to: 'submitted', on: '2026-04-08', by: STORD },
      {
        to: 'returned',
        on: '2026-04-20',
        by: OFFICER,
        message: 'Thank you for a clear report. One point on the financial part before we can accept it.',
        comments: [{ section: 'financial', comment: 'Please explain the overspending on the workshops: how many extra workshops were held, and who approved the change?' }],
      },
      { to: 'submitted', on: '2026-04-24', by: COMALAPA },
      { to: 'accepted', on: '2026-05-06', by: OFFICER, message: 'Accepted. Thank you both.' },
    ],
    confirmed: { home: STORD, partner: COMALAPA, on: '2026-04-24' },
  },
  {
    partnership: 'stjordal-panajachel',
    year: 2024,
    spend: { 0: 96, 1: 98, 2: 95, 3: 103, 4: 100, 5: 97, 7: 105, 8: 99, 9: 94 },
    explanations: {},
    unspentExplanation: 'Los fondos no gastados se trasladan, con autorización de KS, a la capacitación del personal de cobro en 2025.',
    contributions: [
      'La ruta nueva cubre tres barrios y la recolección semanal llegó al 73 % de los hogares.',
      'Dos operarios capacitados mantienen la planta de tratamiento; el monitoreo en cinco puntos empezó en marzo.',
      'Stjørdal presentó la cooperación dos veces a sus vecinos y al consejo municipal.',
    ],
    indicatorNotes: 'Las metas del primer año se alcanzaron en casi todos los indicadores.',
    riskReview: 'Las lluvias de octubre retrasaron la limpieza de las orillas; se trasladó a la época seca.',
    homeLearning: 'Los técnicos de Stjørdal conocieron el manejo comunitario del agua y lo compartieron con el consejo de usuarios del agua de Stjørdal.',
    lessons: 'El monitoreo de la calidad del agua necesita un presupuesto propio de la municipalidad para seguir después del proyecto.',
    visibility: { home: 'Exposición de fotos en la biblioteca de Stjørdal.', partner: 'Jornada de limpieza con las escuelas y publicaciones en la página de la municipalidad.' },
    steps: [
      { to: 'submitted', on: '2025-04-10', by: { name: 'Kjersti Moen' } },
      { to: 'accepted', on: '2025-05-12', by: OFFICER },
    ],
    confirmed: { home: { name: 'Kjersti Moen' }, partner: { email: 'panajachel@mic.example' }, on: '2025-04-10' },
  },
  {
    partnership: 'gran-mukono',
    year: 2025,
    spend: { 0: 96, 1: 95, 2: 100, 3: 94, 4: 100, 5: 98, 7: 121, 8: 92, 9: 92, 10: 95 },
    explanations: {
      7: 'The valuation of the last two parishes needed more field days than planned because of the rains in October; the extra cost was agreed with Gran in the coordination meeting of 3 November 2025.',
    },
    unspentExplanation: 'The unspent balance is returned to KS with the final accounts, as the audited statement shows.',
    contributions: [
      'Every registered property in the central division is now in the digital roll (12 650 properties) and rates collected rose to UGX 612 million.',
      'The annual report on the use of own revenue was published; the barazas planned for December were cancelled before the elections.',
      'Eight Gran staff have worked in Mukono; their experience shaped Gran’s own budget meetings with citizens in 2025.',
    ],
    indicatorNotes: 'All end targets were met except public reporting, which stopped one step short because the barazas were cancelled.',
    riskReview: 'The election period delayed the barazas; the town clerk has committed to hold them in the first quarter of 2026 without project funds.',
    homeLearning: 'Gran now invites citizens to open budget meetings in each village, an idea from the Mukono barazas.',
    lessons: 'Lending software and support is cheaper and lasts longer than buying a new system; the municipality must own the licence from the start.',
    visibility: {
      home: 'Gran presented the results at the regional conference of Innlandet municipalities and in Hadeland newspaper.',
      partner: 'Mukono publicised the new valuation roll on local radio and at the division offices.',
    },
    steps: [
      { to: 'submitted', on: '2026-04-14', by: { name: 'Trond Haugen' } },
      { to: 'accepted', on: '2026-06-18', by: OFFICER, message: 'Accepted with the audited final accounts (unmodified opinion).' },
    ],
    confirmed: { home: { name: 'Trond Haugen' }, partner: { name: 'Grace Nakato' }, on: '2026-04-14' },
  },
  {
    partnership: 'klepp-donjivakuf',
    year: 2024,
    auditRequired: true,
    spend: { 0: 97, 1: 100, 2: 99, 3: 96, 4: 100, 5: 102, 7: 104, 8: 95, 9: 98 },
    explanations: {},
    unspentExplanation: 'The unspent funds are kept for the public budget hearings, moved to spring 2025 with the approval of KS.',
    contributions: [
      'Three departments now use the electronic case system and a building permit takes 52 days on average.',
      'Thirty-eight decisions were published in the new public register.',
      'Klepp staff used the Donji Vakuf experience in their own work on citizen services.',
    ],
    indicatorNotes: 'The number of decisions published fell just short of the target; the register went live in October.',
    riskReview: 'Staff turnover in the finance department is the main risk; the programme office asked for an audit of the 2024 accounts.',
    homeLearning: 'Klepp learnt how a small municipality can publish its decisions at low cost.',
    lessons: 'Procurement for the citizens’ service centre takes longer than planned; vouchers must be kept for every purchase.',
    visibility: { home: 'Article in Jærbladet about the partnership.', partner: 'Open day at the citizens’ service centre.' },
    steps: [
      { to: 'submitted', on: '2025-08-27', by: { name: 'Eirik Salte' } },
      { to: 'accepted', on: '2025-10-15', by: OFFICER, message: 'Accepted with the audit (qualified opinion). The follow-up of the management letter is tracked with the audit findings.' },
    ],
    confirmed: { home: { name: 'Eirik Salte' }, partner: { name: 'Amra Hodžić' }, on: '2025-08-27' },
  },
  {
    partnership: 'klepp-donjivakuf',
    year: 2025,
    spend: { 0: 94, 1: 101, 2: 98, 3: 100, 4: 97, 5: 100, 7: 135, 8: 100, 9: 99 },
    explanations: { 7: 'More field work.' },
    unspentExplanation: '',
    contributions: [
      'The electronic system is in use in five departments.',
      'The register holds 95 decisions.',
      'Klepp staff joined the study visit.',
    ],
    indicatorNotes: 'See the framework.',
    riskReview: 'No change.',
    homeLearning: 'Klepp continues to learn about open budgets.',
    lessons: 'Field work costs more than expected.',
    visibility: { home: 'Presentation to the council.', partner: 'Posts on the municipal website.' },
    steps: [
      { to: 'submitted', on: '2026-08-28', by: { name: 'Eirik Salte' } },
      {
        to: 'returned',
        on: '2026-09-22',
        by: OFFICER,
        message: 'Returned for changes: see the comments per section.',
        comments: [
          { section: 'outcomes', comment: 'Please describe how the outputs contributed to each outcome, not only what was done.' },
          { section: 'indicators', comment: 'The 2025 value of “council decisions published within seven days” was returned in the results framework: give its data source there first.' },
          { section: 'financial', comment: 'Local transport and field work is 35 % over budget: explain what the extra field work was, and attach the vouchers the auditor asked for.' },
        ],
      },
    ],
    confirmed: { home: { name: 'Eirik Salte' }, partner: { name: 'Amra Hodžić' }, on: '2026-08-28' },
  },
  {
    partnership: 'kristiansand-mykolaiv',
    year: 2025,
    spend: { 0: 88, 1: 92, 2: 95, 3: 100, 4: 100, 5: 97, 7: 103, 8: 99, 9: 101 },
    explanations: { 0: 'The second technical visit was made with three engineers instead of four, as one could not travel for security reasons.' },
    unspentExplanation: 'The unspent funds are asked to be carried over to the leak detection training in 2026.',
    contributions: [
      'Two leak detection crews are at work and a reported leak is repaired in 7.5 days on average.',
      'The online fault reporting service opened in September; 24 % of faults are now reported online.',
      'Kristiansand’s water department discussed the lessons from Mykolaiv when revising its contingency plan.',
    ],
    indicatorNotes: 'Households with water 20 hours a day rose less than planned because of damage to the main pumping station.',
    riskReview: 'Security remains the highest risk; visits are planned with the embassy and can move to Kristiansand at short notice.',
    homeLearning: 'Kristiansand learnt how to keep water services running under attack and has added this to its contingency planning.',
    lessons: 'Training on the job gives better results than classroom courses; the crews now train each other.',
    visibility: { home: 'Feature in Fædrelandsvennen and an open meeting at the library.', partner: 'Announcements of the online service in the city app and on local TV.' },
    steps: [{ to: 'submitted', on: '2026-09-08', by: { name: 'Hilde Tveit' } }],
    confirmed: { home: { name: 'Hilde Tveit' }, partner: { name: 'Olena Kovalenko' }, on: '2026-09-07' },
  },
];

/**
 * Stord – San Juan Comalapa's report for this year: the browser journeys edit it, so it stays an
 * incomplete draft (two outcomes written, a few actuals entered, nothing confirmed).
 */
export const DEMO_DRAFT_REPORT = {
  partnership: 'stord-comalapa',
  year: 2026,
  contributions: ['Los talleres de 2026 empezaron en marzo con los comités de mujeres de la zona 3.', ''],
  spend: { 0: 62, 1: 58, 3: 100 } as Record<number, number>,
  createdOn: '2026-09-30',
};

/** Gran – Mukono's final-year work plan (the partnership ran before the plans were kept here; the final year is reported against it). */
export const DEMO_GRAN_PLAN = {
  partnership: 'gran-mukono',
  year: 2025,
  currency: 'UGX',
  rate: { rate: '0.0028', date: '2024-11-15' },
  activities: [
    { title: 'Support visit by Gran’s property tax office', responsible: 'home', startMonth: 2, endMonth: 3 },
    { title: 'Study visit of Mukono revenue officers to Gran', responsible: 'partner', startMonth: 5, endMonth: 5 },
    { title: 'Valuation of the last two parishes of the central division', responsible: 'partner', startMonth: 3, endMonth: 10 },
    { title: 'Budget barazas in the four divisions', responsible: 'partner', startMonth: 9, endMonth: 12 },
    { title: 'Final review and hand-over of the valuation software', responsible: 'both', startMonth: 10, endMonth: 11 },
  ] as const,
};
