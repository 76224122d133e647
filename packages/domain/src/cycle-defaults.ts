import { DEFAULT_REMINDER_DAYS, type CycleStep, type ProgrammeCycle } from './cycle-types';

const step = (s: CycleStep): CycleStep => s;

const ANNUAL_APPLICATION = { en: 'Annual application to KS', nb: 'Årlig søknad til KS', es: 'Solicitud anual a KS' };
const PROGRAMME_APPLICATION = {
  en: 'Programme application from KS to the donor',
  nb: 'Programsøknad fra KS til giver',
  es: 'Solicitud del programa de KS al donante',
};
const REPORT = {
  en: 'Annual progress report to KS (with audited accounts when due)',
  nb: 'Årlig framdriftsrapport til KS (med revidert regnskap når det kreves)',
  es: 'Informe anual de avance a KS (con cuentas auditadas cuando corresponda)',
};
const NETWORK = { en: 'Network meeting and capacity building', nb: 'Nettverksmøte og kapasitetsbygging', es: 'Reunión de la red y desarrollo de capacidades' };
const instalment = (n: number, of: number) =>
  of === 1
    ? { en: 'Allocation of funds from KS', nb: 'Utbetaling av midler fra KS', es: 'Asignación de fondos de KS' }
    : {
        en: `Allocation of funds from KS, instalment ${n} of ${of}`,
        nb: `Utbetaling av midler fra KS, rate ${n} av ${of}`,
        es: `Asignación de fondos de KS, cuota ${n} de ${of}`,
      };

/**
 * Appendix 1 of the MIC guideline 2013, as loaded into an empty database. For funding year Y:
 * Norad — application 1 October Y−1, programme application 1 November Y−1, instalments 1 March and
 * 1 October Y, report 15 April Y+1. Ministry — application 15 January Y and programme application
 * 15 February Y (programme-application years only), one instalment 1 October Y, report 1 September Y+1.
 * Network meetings are announced by the programme office each year.
 */
export const MIC_2013_CYCLE: ProgrammeCycle = {
  reminderDays: DEFAULT_REMINDER_DAYS,
  cycles: [
    {
      fundingSource: 'norad',
      programmeApplicationYears: [],
      steps: [
        step({ code: 'annual-application', kind: 'annual_application', name: ANNUAL_APPLICATION, day: 1, month: 10, yearOffset: -1, recurrence: 'every_year', audience: 'partnership' }),
        step({ code: 'programme-application', kind: 'programme_application', name: PROGRAMME_APPLICATION, day: 1, month: 11, yearOffset: -1, recurrence: 'every_year', audience: 'programme_office' }),
        step({ code: 'instalment-1', kind: 'instalment', name: instalment(1, 2), day: 1, month: 3, yearOffset: 0, recurrence: 'every_year', audience: 'partnership' }),
        step({ code: 'instalment-2', kind: 'instalment', name: instalment(2, 2), day: 1, month: 10, yearOffset: 0, recurrence: 'every_year', audience: 'partnership' }),
        step({ code: 'annual-report', kind: 'annual_report', name: REPORT, day: 15, month: 4, yearOffset: 1, recurrence: 'every_year', audience: 'partnership' }),
        step({ code: 'network-meeting', kind: 'network_meeting', name: NETWORK, day: null, month: null, yearOffset: 0, recurrence: 'every_year', audience: 'partnership' }),
      ],
    },
    {
      fundingSource: 'mfa',
      programmeApplicationYears: [2024, 2027, 2030],
      steps: [
        step({ code: 'annual-application', kind: 'annual_application', name: ANNUAL_APPLICATION, day: 15, month: 1, yearOffset: 0, recurrence: 'programme_application_year', audience: 'partnership' }),
        step({ code: 'programme-application', kind: 'programme_application', name: PROGRAMME_APPLICATION, day: 15, month: 2, yearOffset: 0, recurrence: 'programme_application_year', audience: 'programme_office' }),
        step({ code: 'instalment-1', kind: 'instalment', name: instalment(1, 1), day: 1, month: 10, yearOffset: 0, recurrence: 'every_year', audience: 'partnership' }),
        step({ code: 'annual-report', kind: 'annual_report', name: REPORT, day: 1, month: 9, yearOffset: 1, recurrence: 'every_year', audience: 'partnership' }),
        step({ code: 'network-meeting', kind: 'network_meeting', name: NETWORK, day: null, month: null, yearOffset: 0, recurrence: 'every_year', audience: 'partnership' }),
      ],
    },
  ],
};
