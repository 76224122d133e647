import { deadlinesForYear, type CycleAudience, type CycleDate, type Deadline, type ProgrammeCycle } from '@mic/domain';
import { completionKey, type CompletionRow } from '../cycle/cycle.repository';
import type { PartnershipFacts } from './deadlines.repository';

/** The partnerships' statuses whose deadlines are followed up (due panel, calendar feed). */
export const FOLLOWED_STATUSES = ['applied', 'active', 'completed'] as const;

/** Funding years around today's year that the due panel and the calendar feed look at. */
export function yearsAround(year: number): number[] {
  return [year - 1, year, year + 1];
}

/**
 * The cycle's deadlines for a set of funding years, each computed once per funding source and year
 * (not once per partnership, which at ten thousand partnerships would be wasteful).
 */
export class DeadlineBook {
  private readonly byYear = new Map<string, Deadline[]>();

  constructor(
    private readonly cycle: ProgrammeCycle,
    private readonly dates: readonly CycleDate[],
  ) {}

  of(fundingSource: string, year: number): Deadline[] {
    const key = `${fundingSource}|${year}`;
    let list = this.byYear.get(key);
    if (!list) {
      const cycle = this.cycle.cycles.find((c) => c.fundingSource === fundingSource);
      list = cycle ? deadlinesForYear(cycle, year, this.dates) : [];
      this.byYear.set(key, list);
    }
    return list;
  }

  /** One audience's deadlines of every funding source, for these years. */
  forAudience(audience: CycleAudience, years: readonly number[]): Deadline[] {
    return this.cycle.cycles.flatMap((c) => years.flatMap((y) => this.of(c.fundingSource, y).filter((d) => d.audience === audience)));
  }

  /** What `partnershipDeadlines` gives for each partnership and year, with the completion recorded for it. */
  forPartnerships(list: readonly PartnershipFacts[], years: readonly number[], completions: readonly CompletionRow[]): PartnershipDeadline[] {
    const met = new Map(completions.map((c) => [completionKey(c.partnershipId, c.fundingYear, c.stepCode), c]));
    const out: PartnershipDeadline[] = [];
    for (const partnership of list) {
      for (const year of years) {
        if (year < partnership.startYear || year > partnership.endYear) continue;
        for (const deadline of this.of(partnership.fundingSource, year)) {
          if (deadline.audience !== 'partnership') continue;
          out.push({ partnership, deadline, completion: met.get(completionKey(partnership.id, year, deadline.stepCode)) ?? null });
        }
      }
    }
    return out;
  }
}

export interface PartnershipDeadline {
  partnership: PartnershipFacts;
  deadline: Deadline;
  completion: CompletionRow | null;
}
