/**
 * Grants and instalments (issue 7): what the programme has from each donor per year, what it grants
 * each partnership, and the instalments that pay it out on the cycle's dates.
 */

/** planned → approved → paid; planned or approved → withheld (with a reason) → planned again. */
export const INSTALMENT_STATUSES = ['planned', 'approved', 'paid', 'withheld'] as const;
export type InstalmentStatus = (typeof INSTALMENT_STATUSES)[number];

export const INSTALMENT_ACTIONS = ['approve', 'pay', 'withhold', 'release'] as const;
export type InstalmentAction = (typeof INSTALMENT_ACTIONS)[number];

/** One instalment as planned from the cycle: the step, its date (null while to be announced) and amount in øre. */
export interface PlannedInstalment {
  stepCode: string;
  seq: number;
  dueDate: string | null;
  amount: number;
}

/** What keeps an instalment from being approved: a report overdue (or, from issue 8, returned). */
export interface PaymentBlocker {
  kind: 'report_overdue' | 'report_returned';
  year: number;
  stepCode: string;
  dueDate: string | null;
}
