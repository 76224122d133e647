import type { AssumptionStatus, RiskCategory, RiskMeasureDto, RiskOrigin, RiskResponseType, RiskToleranceDto } from '@mic/domain';

/**
 * The demo partnerships' risk registers (illustrative, written for "today" 2026-11-27): four to
 * eight risks each with a review history, at least one high risk with a documented tolerance
 * programme-wide, one review overdue (Klepp – Donji Vakuf), one high risk with no possible response
 * (Kristiansand – Mykolaiv) and one draft register that still misses a tolerance (Nordvik).
 * Some risks name the result they threaten (`threatens`); they are linked when the results demo
 * has been loaded first.
 * Texts are in the partnership's working language where it is English or Spanish.
 */
export interface DemoReview {
  on: string;
  p: number;
  c: number;
  assumption: AssumptionStatus;
  action: string;
  by: string;
}

export interface DemoRisk {
  description: string;
  category: RiskCategory;
  origin: RiskOrigin;
  owner: string;
  closed?: boolean;
  identifiedOn: string;
  p: number;
  c: number;
  response?: { type: RiskResponseType; measures: RiskMeasureDto[] };
  tolerance?: RiskToleranceDto;
  reviews?: DemoReview[];
  /** The result it threatens in the demo results framework: the impact, or the outcome at this position. */
  threatens?: 'impact' | number;
}

export interface DemoRegister {
  partnership: string;
  /** Saved as complete on this date by this person (the register must then keep the high-risk rule). */
  completed?: { on: string; by: string };
  risks: DemoRisk[];
}

export const m = (action: string, responsible: string, dueDate: string | null = null): RiskMeasureDto => ({ action, responsible, dueDate });
export const review = (on: string, p: number, c: number, assumption: AssumptionStatus, action: string, by: string): DemoReview => ({ on, p, c, assumption, action, by });

/** The running partnerships' registers (the others are in demo.risks.more.ts). */
export const RUNNING_RISK_REGISTERS: DemoRegister[] = [
  {
    partnership: 'stord-comalapa',
    completed: { on: '2025-04-10T10:00:00Z', by: 'Lucía Morales' },
    risks: [
      {
        description: 'Las elecciones municipales de 2027 cambian el concejo y las prioridades de gestión de residuos.',
        threatens: 'impact',
        category: 'political',
        origin: 'external',
        owner: 'Lucía Morales (coordinadora)',
        identifiedOn: '2025-02-20',
        p: 3,
        c: 4,
        response: { type: 'reduce_consequence', measures: [m('Presentar el proyecto a todos los partidos antes de la campaña', 'Alcalde y coordinadora', '2027-03-31'), m('Incluir el plan de residuos en el presupuesto multianual', 'Dirección financiera', '2026-12-15')] },
        reviews: [review('2025-11-12', 3, 4, 'holds', 'Reunión con los partidos programada para febrero.', 'Lucía Morales'), review('2026-09-30', 4, 4, 'partly_holds', 'Dos partidos anuncian otra política de residuos; se adelanta la presentación.', 'Lucía Morales')],
      },
      {
        description: 'La temporada de lluvias y huracanes inunda el relleno sanitario y el camino de acceso.',
        threatens: 0,
        category: 'natural_hazard',
        origin: 'external',
        owner: 'Unidad de gestión ambiental',
        identifiedOn: '2025-02-20',
        p: 3,
        c: 5,
        response: { type: 'tolerate', measures: [m('Plan de contingencia para la recolección durante cierres del camino', 'Unidad de gestión ambiental', '2025-06-01')] },
        tolerance: {
          justification: 'El relleno no puede trasladarse dentro del periodo del proyecto; ambos concejos aceptan el riesgo con el plan de contingencia.',
          acceptedBy: 'Concejo Municipal de San Juan Comalapa y Stord kommunestyre',
          acceptedOn: '2025-03-28',
        },
        reviews: [review('2025-10-20', 4, 5, 'partly_holds', 'Cierre de 9 días en octubre; el plan de contingencia funcionó.', 'Lucía Morales'), review('2026-10-05', 3, 5, 'holds', 'Sin cierres graves este año.', 'Ingrid Sæbø')],
      },
      {
        description: 'Rotación del personal técnico de la unidad ambiental después de la capacitación.',
        category: 'staff_turnover',
        origin: 'internal',
        owner: 'Recursos humanos',
        identifiedOn: '2025-02-20',
        p: 3,
        c: 3,
        response: { type: 'reduce_probability', measures: [m('Capacitar a dos personas por función', 'Ingrid Sæbø', '2026-06-30')] },
        reviews: [review('2026-05-14', 2, 3, 'holds', 'Dos suplentes capacitados.', 'Ingrid Sæbø')],
      },
      {
        description: 'Uso indebido de fondos en la compra de contenedores.',
        category: 'financial_corruption',
        origin: 'internal',
        owner: 'Dirección financiera',
        identifiedOn: '2025-02-20',
        p: 2,
        c: 4,
        response: { type: 'reduce_probability', measures: [m('Tres cotizaciones y aprobación conjunta de compras mayores', 'Dirección financiera', null)] },
        reviews: [review('2026-04-02', 1, 4, 'holds', 'Auditoría interna sin hallazgos.', 'Nina Strand')],
      },
      {
        description: 'Las mujeres del comité de vecinos no pueden asistir a las reuniones por el horario.',
        threatens: 1,
        category: 'partner_capacity',
        origin: 'internal',
        owner: 'Oficina Municipal de la Mujer',
        identifiedOn: '2025-06-03',
        p: 3,
        c: 2,
        response: { type: 'reduce_probability', measures: [m('Reuniones por la tarde con cuidado de niños', 'Oficina Municipal de la Mujer', '2025-09-01')] },
        reviews: [review('2026-06-10', 2, 2, 'holds', 'La asistencia subió del 30 % al 55 %.', 'Lucía Morales')],
      },
    ],
  },
  {
    partnership: 'stjordal-panajachel',
    completed: { on: '2024-05-02T09:00:00Z', by: 'Andrés López' },
    risks: [
      {
        description: 'Floraciones de cianobacterias en el lago Atitlán obligan a cerrar la toma de agua.',
        threatens: 1,
        category: 'natural_hazard',
        origin: 'external',
        owner: 'Empresa municipal de agua',
        identifiedOn: '2024-03-15',
        p: 3,
        c: 4,
        response: { type: 'reduce_consequence', measures: [m('Pozo de reserva y tanques de almacenamiento', 'Empresa municipal de agua', '2025-12-31')] },
        reviews: [review('2025-03-20', 4, 4, 'does_not_hold', 'Cierre de 12 días; se acelera el pozo de reserva.', 'Andrés López'), review('2026-03-18', 3, 3, 'partly_holds', 'Pozo en servicio; el consumo se cubrió durante el cierre.', 'Andrés López')],
      },
      {
        description: 'Tarifas de recolección no aprobadas: el servicio no se financia después del proyecto.',
        threatens: 0,
        category: 'financial_corruption',
        origin: 'internal',
        owner: 'Tesorería municipal',
        identifiedOn: '2024-03-15',
        p: 4,
        c: 3,
        response: { type: 'reduce_probability', measures: [m('Estudio de costos y consulta pública de la tarifa', 'Tesorería municipal', '2025-06-30')] },
        reviews: [review('2025-07-01', 3, 3, 'partly_holds', 'Tarifa aprobada para el centro; pendientes las aldeas.', 'Andrés López'), review('2026-07-08', 2, 3, 'holds', 'Tarifa aprobada en todo el municipio.', 'Andrés López')],
      },
      {
        description: 'Cambio del alcalde y del gerente municipal tras las elecciones.',
        category: 'political',
        origin: 'external',
        owner: 'Secretaría municipal',
        identifiedOn: '2024-03-15',
        p: 2,
        c: 3,
        response: { type: 'reduce_consequence', measures: [m('Acta de traspaso con el plan del proyecto', 'Secretaría municipal', '2024-01-15')] },
        reviews: [review('2026-02-11', 2, 3, 'holds', 'Sin cambios relevantes.', 'Andrés López')],
      },
      {
        description: 'Falta de terreno para la planta de compostaje.',
        category: 'partner_capacity',
        origin: 'internal',
        owner: 'Dirección de planificación',
        identifiedOn: '2024-03-15',
        p: 3,
        c: 3,
        closed: true,
        response: { type: 'reduce_probability', measures: [m('Convenio con la cooperativa agrícola', 'Dirección de planificación', '2024-10-31')] },
        reviews: [review('2024-11-05', 1, 3, 'holds', 'Convenio firmado; riesgo cerrado.', 'Andrés López')],
      },
    ],
  },
  {
    partnership: 'klepp-donjivakuf',
    completed: { on: '2024-04-18T08:30:00Z', by: 'Klepp kommune' },
    risks: [
      {
        description: 'Local and cantonal authorities disagree on who publishes the municipal budget.',
        threatens: 1,
        category: 'political',
        origin: 'external',
        owner: 'Head of administration, Donji Vakuf',
        identifiedOn: '2024-03-05',
        p: 3,
        c: 4,
        response: { type: 'reduce_consequence', measures: [m('Publish the municipal part on the municipality’s own site', 'Head of administration', '2024-09-30')] },
        reviews: [review('2025-03-11', 3, 4, 'holds', 'Budget published on the municipal site.', 'Klepp kommune'), review('2026-03-10', 2, 4, 'holds', 'Canton now links to it.', 'Klepp kommune')],
      },
      {
        // Last reviewed more than twelve months before 2026-11-27: the overdue review of the demo.
        description: 'Citizens do not use the new complaints system because they expect no answer.',
        threatens: 0,
        category: 'partner_capacity',
        origin: 'internal',
        owner: 'Citizens’ service office',
        identifiedOn: '2024-03-05',
        p: 3,
        c: 3,
        response: { type: 'reduce_probability', measures: [m('Answer every complaint within 15 days and publish the statistics', 'Citizens’ service office', '2024-12-31')] },
        reviews: [review('2025-10-20', 3, 3, 'partly_holds', 'Answer time 21 days; statistics not yet published.', 'Klepp kommune')],
      },
      {
        description: 'Procurement of the e-services platform favours a connected supplier.',
        category: 'financial_corruption',
        origin: 'internal',
        owner: 'Procurement officer',
        identifiedOn: '2024-03-05',
        p: 2,
        c: 5,
        response: { type: 'reduce_probability', measures: [m('Open tender with an external evaluator from Klepp', 'Klepp kommune', '2024-11-30')] },
        reviews: [review('2026-01-22', 2, 5, 'holds', 'Tender completed, no complaints.', 'Klepp kommune')],
      },
      {
        description: 'Spring floods on the Vrbas damage the municipal archive.',
        category: 'natural_hazard',
        origin: 'external',
        owner: 'Civil protection, Donji Vakuf',
        identifiedOn: '2024-05-20',
        p: 2,
        c: 3,
        response: { type: 'reduce_consequence', measures: [m('Scan the archive and move it to the first floor', 'Archive', '2025-06-30')] },
        reviews: [review('2026-05-05', 1, 3, 'holds', 'Archive scanned.', 'Klepp kommune')],
      },
    ],
  },
  {
    partnership: 'kristiansand-mykolaiv',
    completed: { on: '2025-04-22T13:00:00Z', by: 'Kristiansand kommune' },
    risks: [
      {
        description: 'Missile and drone attacks damage the water treatment plant and the network.',
        threatens: 0,
        category: 'security',
        origin: 'external',
        owner: 'Mykolaiv water utility',
        identifiedOn: '2025-02-03',
        p: 4,
        c: 5,
        response: { type: 'no_response_possible', measures: [] },
        tolerance: {
          justification:
            'Nothing the partnership does changes the probability or the damage. Both councils decided to go on because safe water is vital; the programme office is informed.',
          acceptedBy: 'Kristiansand bystyre and Mykolaiv City Council',
          acceptedOn: '2025-04-10',
        },
        reviews: [review('2025-09-15', 5, 5, 'does_not_hold', 'Pumping station hit in August; repaired in three weeks.', 'Kristiansand kommune'), review('2026-09-12', 4, 5, 'partly_holds', 'Fewer attacks on the network this year.', 'Kristiansand kommune')],
      },
      {
        description: 'Engineers are mobilised or leave the city.',
        threatens: 0,
        category: 'staff_turnover',
        origin: 'external',
        owner: 'Water utility management',
        identifiedOn: '2025-02-03',
        p: 4,
        c: 3,
        response: { type: 'reduce_consequence', measures: [m('Train technicians in pairs and keep remote support from Kristiansand', 'Kristiansand kommune', '2025-12-31')] },
        reviews: [review('2026-03-20', 4, 3, 'partly_holds', 'Three engineers mobilised; remote support in use.', 'Kristiansand kommune')],
      },
      {
        description: 'Equipment is delayed at the border or diverted.',
        category: 'financial_corruption',
        origin: 'external',
        owner: 'Procurement, Kristiansand',
        identifiedOn: '2025-02-03',
        p: 3,
        c: 3,
        response: { type: 'reduce_probability', measures: [m('Deliveries through the humanitarian corridor with tracked handover', 'Procurement, Kristiansand', '2025-06-30')] },
        reviews: [review('2026-05-28', 2, 3, 'holds', 'All deliveries received and registered.', 'Kristiansand kommune')],
      },
      {
        description: 'Travel for the Norwegian team is not possible for security reasons.',
        category: 'security',
        origin: 'external',
        owner: 'Kristiansand project leader',
        identifiedOn: '2025-02-03',
        p: 4,
        c: 2,
        response: { type: 'reduce_consequence', measures: [m('Meet in Poland and online', 'Kristiansand project leader', null)] },
        reviews: [review('2026-06-02', 4, 2, 'holds', 'Annual meeting held in Rzeszów.', 'Kristiansand kommune')],
      },
    ],
  },
];
