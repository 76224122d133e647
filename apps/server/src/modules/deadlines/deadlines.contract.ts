import { z } from 'zod';
import { CYCLE_STEP_KINDS, type DuePanelDto, type PartnershipDeadlineDto, type PartnershipDeadlinesDto } from '@mic/domain';
import { cycleYear, deadlineFields } from '../cycle/cycle.contract';

export const deadlinesParams = z.object({ id: z.string() });
export const deadlinesQuery = z.object({ year: cycleYear.optional() });
export const deadlineMetParams = z.object({ id: z.string(), year: cycleYear, stepCode: z.string().max(64) });
/** `version`: the one read (0: not met), optional for older clients; a mark changed meanwhile is 409 CONFLICT. */
export const deadlineMetBody = z.object({ met: z.boolean(), note: z.string().trim().max(1000).nullish(), version: z.number().int().min(0).optional() }).strict();
export type DeadlineMetBody = z.infer<typeof deadlineMetBody>;

export const partnershipDeadlineDto = z.object({
  ...deadlineFields,
  met: z.object({ at: z.string(), byName: z.string().nullable(), note: z.string().nullable() }).nullable(),
  overdue: z.boolean(),
  version: z.number().int(),
});

export const partnershipDeadlinesDto = z.object({
  partnershipId: z.string(),
  year: z.number().int(),
  years: z.array(z.number().int()),
  deadlines: z.array(partnershipDeadlineDto),
  can: z.object({ markMet: z.boolean() }),
});

const dueItemDto = z.object({
  key: z.string(),
  type: z.enum(['deadline', 'event']),
  date: z.string(),
  overdue: z.boolean(),
  title: z.record(z.string(), z.string().optional()),
  stepKind: z.enum(CYCLE_STEP_KINDS).nullable(),
  fundingSource: z.string().nullable(),
  fundingYear: z.number().int().nullable(),
  partnership: z.object({ id: z.string(), title: z.string() }).nullable(),
  eventId: z.string().nullable(),
  link: z.string(),
});

export const duePanelDto = z.object({
  today: z.string(),
  horizonDays: z.number().int(),
  items: z.array(dueItemDto),
  overdueCount: z.number().int(),
  truncated: z.boolean(),
});

// The response schemas and the shared API types must describe the same shapes.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameDeadline: Same<z.infer<typeof partnershipDeadlineDto>, PartnershipDeadlineDto> = true;
const sameDeadlines: Same<z.infer<typeof partnershipDeadlinesDto>, PartnershipDeadlinesDto> = true;
const sameDue: Same<z.infer<typeof duePanelDto>, DuePanelDto> = true;
void [sameDeadline, sameDeadlines, sameDue];
