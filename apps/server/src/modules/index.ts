import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../app';
import { programmeRoutes } from './programme/programme.routes';
import { municipalityRoutes } from './municipalities/municipalities.routes';
import { partnershipRoutes } from './partnerships/partnerships.routes';
import { historyRoutes } from './history/history.routes';
import { usersRoutes } from './users/users.routes';
import { invitationsRoutes } from './invitations/invitations.routes';
import { commentRoutes } from './comments/comments.routes';
import { riskRoutes } from './risks/risks.routes';
import { resultsRoutes } from './results/results.routes';
import { documentRoutes } from './documents/documents.routes';
import { cycleRoutes } from './cycle/cycle.routes';
import { deadlinesRoutes } from './deadlines/deadlines.routes';
import { calendarRoutes } from './calendar/calendar.routes';
import { eventRoutes } from './events/events.routes';
import { outboxRoutes } from './outbox/outbox.routes';
import { applicationRoutes } from './applications/applications.routes';
import { agreementRoutes } from './agreements/agreements.routes';
import { meetingRoutes } from './meetings/meetings.routes';
import { paymentRoutes } from './payments/payments.routes';
import { budgetRoutes } from './budget/budget.routes';

/** Every feature module's routes. Each module adds itself here with one line. */
export async function registerModules(app: FastifyInstance, ctx: AppContext) {
  await app.register(programmeRoutes, { db: ctx.db });
  await app.register(municipalityRoutes, { db: ctx.db });
  await app.register(partnershipRoutes, { db: ctx.db });
  await app.register(historyRoutes, { db: ctx.db });
  await app.register(usersRoutes, ctx);
  await app.register(invitationsRoutes, ctx);
  await app.register(commentRoutes, { db: ctx.db });
  await app.register(riskRoutes, { db: ctx.db });
  await app.register(resultsRoutes, { db: ctx.db });
  await app.register(documentRoutes, ctx);
  await app.register(cycleRoutes, ctx);
  await app.register(deadlinesRoutes, ctx);
  await app.register(calendarRoutes, ctx);
  await app.register(eventRoutes, ctx);
  await app.register(outboxRoutes, { db: ctx.db });
  await app.register(applicationRoutes, ctx);
  await app.register(agreementRoutes, ctx);
  await app.register(meetingRoutes, { db: ctx.db });
  await app.register(paymentRoutes, ctx);
  await app.register(budgetRoutes, ctx);
}
