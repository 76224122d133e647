import { z } from 'zod';
import {
  CYCLE_AUDIENCES,
  CYCLE_RECURRENCES,
  CYCLE_STEP_KINDS,
  type CycleDatesDto,
  type Deadline,
  type ProgrammeCycleDto,
  type ProgrammeDeadlinesDto,
} from '@mic/domain';

/** A funding year (or calendar year) the cycle is asked about. */
export const cycleYear = z.coerce.number().int().min(2000).max(2100);

/** `?year=` defaults to the current year, which the route fills in from the clock. */
export const yearQuery = z.object({ year: cycleYear.optional() });

/** The step's name in each interface language; whether one is given at all is a domain rule (STATEMENT_REQUIRED). */
const stepName = z
  .object({ en: z.string().trim().max(200).optional(), nb: z.string().trim().max(200).optional(), es: z.string().trim().max(200).optional() })
  .strict();

/** The shapes are checked here; what the values mean (codes, ranges, dates) by checkProgrammeCycle. */
const cycleStep = z
  .object({
    code: z.string().trim().max(64),
    kind: z.enum(CYCLE_STEP_KINDS),
    name: stepName,
    day: z.number().int().min(1).max(31).nullable(),
    month: z.number().int().min(1).max(12).nullable(),
    yearOffset: z.number().int().min(-10).max(10),
    recurrence: z.enum(CYCLE_RECURRENCES),
    audience: z.enum(CYCLE_AUDIENCES),
  })
  .strict();

const fundingCycle = z
  .object({
    fundingSource: z.string().trim().max(64),
    steps: z.array(cycleStep).max(30),
    programmeApplicationYears: z.array(z.number().int()).max(100),
  })
  .strict();

/** PUT /api/programme/cycle: the whole configuration, on the version it was read at. */
export const programmeCycleBody = z
  .object({
    reminderDays: z.array(z.number().int()).max(50),
    cycles: z.array(fundingCycle).max(20),
    version: z.number().int().min(1),
  })
  .strict();
export type ProgrammeCycleBody = z.infer<typeof programmeCycleBody>;

const localizedText = z.record(z.string(), z.string().optional());

const stepDto = z.object({
  code: z.string(),
  kind: z.enum(CYCLE_STEP_KINDS),
  name: localizedText,
  day: z.number().int().nullable(),
  month: z.number().int().nullable(),
  yearOffset: z.number().int(),
  recurrence: z.enum(CYCLE_RECURRENCES),
  audience: z.enum(CYCLE_AUDIENCES),
});

export const programmeCycleDto = z.object({
  reminderDays: z.array(z.number().int()),
  cycles: z.array(z.object({ fundingSource: z.string(), steps: z.array(stepDto), programmeApplicationYears: z.array(z.number().int()) })),
  version: z.number().int(),
  updatedAt: z.string(),
});

export const cycleDateParams = z.object({ year: cycleYear, fundingSource: z.string().max(64), stepCode: z.string().max(64) });
/** PUT …/cycle-dates/…: the date (null clears it) and, optionally, the version it was read at (0: no date set). */
export const cycleDateBody = z.object({ date: z.string().trim().max(32).nullable(), version: z.number().int().min(0).optional() }).strict();
export type CycleDateBody = z.infer<typeof cycleDateBody>;

const cycleDate = z.object({ fundingSource: z.string(), year: z.number().int(), stepCode: z.string(), date: z.string(), version: z.number().int() });
export const cycleDatesDto = z.object({ year: z.number().int(), dates: z.array(cycleDate) });

export const deadlineFields = {
  fundingSource: z.string(),
  fundingYear: z.number().int(),
  stepCode: z.string(),
  kind: z.enum(CYCLE_STEP_KINDS),
  name: localizedText,
  audience: z.enum(CYCLE_AUDIENCES),
  date: z.string().nullable(),
  dateSource: z.enum(['rule', 'set', 'tba']),
};
export const deadlineDto = z.object(deadlineFields);

export const programmeDeadlinesQuery = z.object({ year: cycleYear.optional(), funding: z.string().trim().max(64).optional() });
export const programmeDeadlinesDto = z.object({ year: z.number().int(), deadlines: z.array(deadlineDto) });

// The response schemas and the shared API types must describe the same shapes.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameCycle: Same<z.infer<typeof programmeCycleDto>, ProgrammeCycleDto> = true;
const sameDates: Same<z.infer<typeof cycleDatesDto>, CycleDatesDto> = true;
const sameDeadline: Same<z.infer<typeof deadlineDto>, Deadline> = true;
const sameDeadlines: Same<z.infer<typeof programmeDeadlinesDto>, ProgrammeDeadlinesDto> = true;
void [sameCycle, sameDates, sameDeadline, sameDeadlines];
