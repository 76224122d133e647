import { z } from 'zod';
import type { CalendarFeedDto } from '@mic/domain';
import { cycleYear } from '../cycle/cycle.contract';

export const calendarFeedDto = z.object({ active: z.boolean(), createdAt: z.string().nullable(), url: z.string().optional() });
export const feedParams = z.object({ file: z.string() });
export const partnershipIcsParams = z.object({ id: z.string() });
export const partnershipIcsQuery = z.object({ year: cycleYear.optional() });

// The response schema and the shared API type must describe the same shape.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameFeed: Same<z.infer<typeof calendarFeedDto>, CalendarFeedDto> = true;
void sameFeed;
