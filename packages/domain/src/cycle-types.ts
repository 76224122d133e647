import type { LocalizedText } from './i18n-text';

/** What a step of the yearly cycle is (Appendix 1 of the guideline). */
export const CYCLE_STEP_KINDS = ['annual_application', 'programme_application', 'instalment', 'annual_report', 'network_meeting'] as const;
export type CycleStepKind = (typeof CYCLE_STEP_KINDS)[number];

/** Whether a step comes every funding year or only in a programme-application year. */
export const CYCLE_RECURRENCES = ['every_year', 'programme_application_year'] as const;
export type CycleRecurrence = (typeof CYCLE_RECURRENCES)[number];

/** Who has to act: the partnerships, or the programme office (KS) towards the donor. */
export const CYCLE_AUDIENCES = ['partnership', 'programme_office'] as const;
export type CycleAudience = (typeof CYCLE_AUDIENCES)[number];

/** One step of a funding source's yearly cycle, as the programme office configures it. */
export interface CycleStep {
  /** Stable within the funding source, e.g. `annual-report`, `instalment-2`. */
  code: string;
  kind: CycleStepKind;
  name: LocalizedText;
  /** Day and month of the standing date; both null when the guideline leaves it open ("TBA"). */
  day: number | null;
  month: number | null;
  /** The calendar year the step falls in, relative to the funding year (−1: the year before). */
  yearOffset: number;
  recurrence: CycleRecurrence;
  audience: CycleAudience;
}

/** The yearly cycle of one funding source (Norad, the Ministry…). */
export interface FundingCycle {
  fundingSource: string;
  steps: CycleStep[];
  /** Funding years in which the programme applies to this donor (steps that recur only then). */
  programmeApplicationYears: number[];
}

/** The whole programme's cycle configuration. */
export interface ProgrammeCycle {
  /** Days before a deadline on which reminders go out, e.g. [30, 7, 1]. */
  reminderDays: number[];
  cycles: FundingCycle[];
}

/** A date the programme office set for one step of one funding year ("by DATE", "TBA" in the guideline). */
export interface CycleDate {
  fundingSource: string;
  /** The funding year the step belongs to (not necessarily the calendar year of the date). */
  year: number;
  stepCode: string;
  /** ISO date, YYYY-MM-DD. */
  date: string;
}

/** One deadline of one funding year, computed from the cycle. */
export interface Deadline {
  fundingSource: string;
  fundingYear: number;
  stepCode: string;
  kind: CycleStepKind;
  name: LocalizedText;
  audience: CycleAudience;
  /** ISO date, or null while it is to be announced. */
  date: string | null;
  /** `rule`: the standing day and month; `set`: a date the programme office set for this year; `tba`: none yet. */
  dateSource: 'rule' | 'set' | 'tba';
}

/** Kinds of step someone has to do something for (and so can be overdue). */
export const ACTIONABLE_STEP_KINDS: readonly CycleStepKind[] = ['annual_application', 'programme_application', 'annual_report'];

export const DEFAULT_REMINDER_DAYS = [30, 7, 1];
/** Days after a deadline during which a missed deadline still gets its one overdue reminder. */
export const OVERDUE_REMINDER_WINDOW_DAYS = 30;
/** The due panel looks this many days ahead. */
export const DUE_HORIZON_DAYS = 90;
