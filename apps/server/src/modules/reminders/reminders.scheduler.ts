import type { FastifyBaseLogger } from 'fastify';
import type { AppContext } from '../../app';
import { dispatchOutbox, type DispatchResult } from '../outbox/outbox.dispatch';
import { planReminders, type PlanResult } from './reminders.planner';

export type ReminderContext = Pick<AppContext, 'db' | 'mailer' | 'config' | 'now'>;

/** The calendar day (UTC) of a moment, as the reminders count days. */
export function dayOf(moment: Date): string {
  return moment.toISOString().slice(0, 10);
}

/**
 * One round of reminders: writes the reminders due on `today` into the outbox (kept as `held`
 * when SMTP is not configured), then sends what is pending. Safe to run as often as wanted and
 * from several processes at once: each reminder is written once and sent once.
 */
export async function runReminders(ctx: ReminderContext, today: string): Promise<PlanResult & DispatchResult> {
  const planned = await planReminders(ctx.db, today, { publicUrl: ctx.config.publicUrl, hold: !ctx.mailer.enabled });
  const dispatched = await dispatchOutbox(ctx.db, ctx.mailer, ctx.now);
  return { ...planned, ...dispatched };
}

export interface ReminderScheduler {
  /** Stops the timer and waits for a run in progress to end. */
  stop(): Promise<void>;
}

/**
 * Runs the reminders at once (so reminders missed while the server was down go out when it comes
 * back) and then every `intervalMinutes`; 0 turns them off. Never two runs at a time in one process;
 * a failed run is logged and the next one tries again.
 */
export function startReminderScheduler(ctx: ReminderContext, intervalMinutes: number, log: FastifyBaseLogger): ReminderScheduler {
  if (intervalMinutes <= 0) {
    log.info('reminders are turned off (REMINDER_INTERVAL_MINUTES=0)');
    return { stop: async () => {} };
  }
  let running: Promise<void> | null = null;
  const tick = () => {
    if (running) return;
    running = runReminders(ctx, dayOf(ctx.now()))
      .then(
        (result) => {
          if (result.written || result.sent || result.retrying || result.failed) log.info({ reminders: result }, 'reminders');
        },
        (err: unknown) => log.error({ err }, 'reminder run failed'),
      )
      .finally(() => {
        running = null;
      });
  };
  tick();
  const timer = setInterval(tick, intervalMinutes * 60_000);
  timer.unref();
  return {
    stop: async () => {
      clearInterval(timer);
      await running;
    },
  };
}
