import type { IndicatorAggregation, IndicatorDirection, IndicatorMeasure, ResultOwner } from '@mic/domain';
import type { Lang } from './archetypes.specs';

/** A text in each working language the archetypes use (the services need the working language's). */
export type Text3 = Record<Lang, string>;

export interface ResultText {
  key: string;
  owner: ResultOwner;
  statement: Text3;
}

/** The framework every archetype starts from: one impact, two outcomes, three and two outputs under them. */
export const IMPACT: ResultText = {
  key: 'impact',
  owner: 'both',
  statement: {
    en: 'Inhabitants of the partner municipality enjoy better and more accountable local services.',
    es: 'Los habitantes del municipio socio disfrutan de servicios locales mejores y con rendición de cuentas.',
    nb: 'Innbyggerne i partnerkommunen får bedre lokale tjenester med åpenhet om hvordan de styres.',
  },
};

export const OUTCOMES: (ResultText & { outputs: ResultText[] })[] = [
  {
    key: 'o1',
    owner: 'partner',
    statement: {
      en: 'The municipality delivers its core service reliably to more households.',
      es: 'La municipalidad presta su servicio principal de forma fiable a más hogares.',
      nb: 'Kommunen leverer kjernetjenesten sin stabilt til flere husstander.',
    },
    outputs: [
      {
        key: 'o1a',
        owner: 'partner',
        statement: { en: 'Technical staff trained in planning and maintenance.', es: 'Personal técnico capacitado en planificación y mantenimiento.', nb: 'Teknisk personale har fått opplæring i planlegging og vedlikehold.' },
      },
      {
        key: 'o1b',
        owner: 'both',
        statement: { en: 'Service routes and registers updated and mapped.', es: 'Rutas y registros del servicio actualizados y georreferenciados.', nb: 'Tjenesteruter og registre er oppdatert og kartlagt.' },
      },
      {
        key: 'o1c',
        owner: 'home',
        statement: { en: 'Peer exchange between the two technical departments.', es: 'Intercambio entre los dos departamentos técnicos.', nb: 'Faglig utveksling mellom de to tekniske etatene.' },
      },
    ],
  },
  {
    key: 'o2',
    owner: 'partner',
    statement: {
      en: 'Citizens take part in and follow the municipal budget.',
      es: 'La ciudadanía participa en el presupuesto municipal y le da seguimiento.',
      nb: 'Innbyggerne deltar i og følger kommunebudsjettet.',
    },
    outputs: [
      {
        key: 'o2a',
        owner: 'partner',
        statement: { en: 'Open budget hearings held in every district.', es: 'Audiencias públicas del presupuesto en cada distrito.', nb: 'Åpne budsjetthøringer holdt i alle bydeler.' },
      },
      {
        key: 'o2b',
        owner: 'both',
        statement: { en: 'Budget documents published in plain language.', es: 'Documentos presupuestarios publicados en lenguaje sencillo.', nb: 'Budsjettdokumenter publisert i klarspråk.' },
      },
    ],
  },
];

export interface IndicatorText {
  result: string;
  name: Text3;
  measure: IndicatorMeasure;
  unit: string | null;
  direction: IndicatorDirection;
  aggregation: IndicatorAggregation;
  baseline: number;
  /** Targets for the three project years, and the end target. */
  targets: [number, number, number];
  endTarget: number;
  /** The actual of each year, as a share of the way from baseline to that year's target (≈ progress). */
  progress: [number, number, number];
}

/** Eight indicators: two on each outcome, one on four of the outputs. */
export const INDICATORS: IndicatorText[] = [
  {
    result: 'o1',
    name: { en: 'Households served regularly', es: 'Hogares atendidos regularmente', nb: 'Husstander med stabil tjeneste' },
    measure: 'number', unit: 'households', direction: 'ascending', aggregation: 'per_year',
    baseline: 4200, targets: [4800, 5600, 6500], endTarget: 6500, progress: [0.9, 1.05, 0.7],
  },
  {
    result: 'o1',
    name: { en: 'Complaints resolved within 10 days', es: 'Quejas resueltas en 10 días', nb: 'Klager løst innen 10 dager' },
    measure: 'percentage', unit: null, direction: 'ascending', aggregation: 'per_year',
    baseline: 35, targets: [45, 60, 75], endTarget: 75, progress: [1, 0.8, 0.6],
  },
  {
    result: 'o2',
    name: { en: 'Budget share discussed in open hearings', es: 'Parte del presupuesto discutida en audiencias', nb: 'Andel av budsjettet drøftet i åpne høringer' },
    measure: 'percentage', unit: null, direction: 'ascending', aggregation: 'per_year',
    baseline: 5, targets: [10, 20, 30], endTarget: 30, progress: [1.1, 0.95, 0.5],
  },
  {
    result: 'o2',
    name: { en: 'Citizens attending budget hearings', es: 'Personas que asisten a las audiencias', nb: 'Innbyggere som deltar på høringer' },
    measure: 'number', unit: 'people', direction: 'ascending', aggregation: 'per_year',
    baseline: 120, targets: [250, 400, 600], endTarget: 600, progress: [0.85, 1, 0.75],
  },
  {
    result: 'o1a',
    name: { en: 'Staff trained (cumulative)', es: 'Personal capacitado (acumulado)', nb: 'Ansatte med opplæring (akkumulert)' },
    measure: 'number', unit: 'people', direction: 'ascending', aggregation: 'cumulative',
    baseline: 0, targets: [12, 24, 36], endTarget: 36, progress: [1, 0.9, 0.8],
  },
  {
    result: 'o1b',
    name: { en: 'Service routes mapped', es: 'Rutas de servicio georreferenciadas', nb: 'Kartlagte tjenesteruter' },
    measure: 'percentage', unit: null, direction: 'ascending', aggregation: 'per_year',
    baseline: 10, targets: [40, 70, 100], endTarget: 100, progress: [0.95, 0.85, 0.6],
  },
  {
    result: 'o2a',
    name: { en: 'Open hearings held', es: 'Audiencias públicas realizadas', nb: 'Åpne høringer gjennomført' },
    measure: 'number', unit: 'hearings', direction: 'ascending', aggregation: 'per_year',
    baseline: 1, targets: [4, 6, 8], endTarget: 8, progress: [1, 1, 0.5],
  },
  {
    result: 'o2b',
    name: { en: 'Days to publish the adopted budget', es: 'Días para publicar el presupuesto aprobado', nb: 'Dager før vedtatt budsjett publiseres' },
    measure: 'number', unit: 'days', direction: 'descending', aggregation: 'per_year',
    baseline: 90, targets: [60, 30, 14], endTarget: 14, progress: [0.9, 1, 0.7],
  },
];

/** The text in the working language, with English beside it when that is another language. */
export function localized(t: Text3, lang: Lang): Record<string, string> {
  return lang === 'en' ? { en: t.en } : { [lang]: t[lang], en: t.en };
}
