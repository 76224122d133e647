import type { Executor } from '../../db/client';
import type { Mailer } from '../../lib/mailer';
import * as repo from './outbox.repository';

/** Messages claimed per statement, and at most this many per run (the rest wait for the next run). */
const BATCH_SIZE = 10;
const MAX_PER_RUN = 500;
/**
 * How long a claimed batch belongs to its process. Longer than a batch can take with the mailer's
 * timeouts (10 messages × (20 s connect + 20 s greeting + 60 s socket)); after it, another process
 * takes the rows over as if this one had crashed.
 */
export const LEASE_MS = 30 * 60_000;
/** After this many failed attempts a message is `failed` and no longer tried. */
export const MAX_ATTEMPTS = 5;
/** A failed attempt waits attempts × this before the next try. */
export const RETRY_STEP_MS = 5 * 60_000;

export interface DispatchResult {
  sent: number;
  /** Failed this time, tried again later. */
  retrying: number;
  /** Failed for the last time. */
  failed: number;
}

/** The Message-ID of an outbox message: the same on every attempt, so a duplicate is recognisable. */
export function outboxMessageId(id: string): string {
  return `<reminder-${id}@mic-platform>`;
}

/**
 * Sends the pending messages of the outbox through the mailer: claims a batch (status `sending`,
 * a lease, attempts + 1), sends each and marks it `sent`, or puts it back to `pending` with the
 * error and a later retry time (`failed` after MAX_ATTEMPTS). Does nothing when SMTP is not
 * configured: the reminders are then `held` for an administrator to read.
 *
 * Two processes never send the same row: each claims disjoint rows (see claimBatch). One window is
 * left, as with any outbox: a process that stops after the SMTP server accepted a message and before
 * it marked the row `sent` leaves the row `sending`; once its lease runs out the message is sent again.
 * The stable Message-ID lets mail programs recognise the copy. Each row is marked right after its own
 * send (not at the end of the batch) to keep that window as small as possible.
 */
export async function dispatchOutbox(db: Executor, mailer: Mailer, clock: () => Date): Promise<DispatchResult> {
  const result: DispatchResult = { sent: 0, retrying: 0, failed: 0 };
  if (!mailer.enabled) return result;
  let claimed = 0;
  while (claimed < MAX_PER_RUN) {
    const now = clock();
    const batch = await repo.claimBatch(db, now, new Date(now.getTime() + LEASE_MS), BATCH_SIZE);
    claimed += batch.length;
    for (const row of batch) {
      try {
        await mailer.send({ to: row.toAddress, subject: row.subject, text: row.body, messageId: outboxMessageId(row.id) });
      } catch (err) {
        const last = row.attempts >= MAX_ATTEMPTS;
        const retryAt = last ? null : new Date(clock().getTime() + row.attempts * RETRY_STEP_MS);
        await repo.markUnsent(db, row.id, errorText(err), retryAt);
        result[last ? 'failed' : 'retrying']++;
        continue;
      }
      await repo.markSent(db, row.id, clock());
      result.sent++;
    }
    if (batch.length < BATCH_SIZE) break;
  }
  return result;
}

/** What went wrong, for the administrator: the error code (ECONNREFUSED…) and message, cut to 1,000 characters. */
function errorText(err: unknown): string {
  if (!(err instanceof Error)) return String(err).slice(0, 1000);
  const code = (err as Error & { code?: unknown }).code;
  return (typeof code === 'string' && !err.message.includes(code) ? `${code}: ${err.message}` : err.message).slice(0, 1000);
}
