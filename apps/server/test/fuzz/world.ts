import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { emptyReportContent } from '@mic/domain';
import { annualReports } from '../../src/db/schema';
import { approvedApplication } from '../agreements/helpers';
import { completeSurroundings } from '../applications/helpers';
import { signIn, type Client, type TestContext } from '../helpers/app';
import { buildUser, TEST_PASSWORD } from '../helpers/factories';
import { buildPartnership } from '../helpers/partnership-factory';
import { buildIndicator } from '../helpers/results-factory';
import { firmGrant } from '../payments/helpers';
import type { IdSource } from './arbitraries';

/**
 * The fuzz test's world: users who may write (the administrator, a programme officer, and the home and
 * partner coordinators of two real partnerships) and one real object of every kind a write route
 * names, so that generated requests get past the access checks and reach validation and the services.
 */

export const ACTORS = ['admin', 'officer', 'home', 'partner'] as const;
export type ActorName = (typeof ACTORS)[number];

export interface World extends IdSource {
  t: TestContext;
  /** The signed-in actors; `refresh` signs one in again when a request ended its session. */
  clients: Record<ActorName, Client>;
  refresh(actor: ActorName): Promise<void>;
  /** Real ids by kind ('partnership', 'risk', 'user', …). */
  ids: Record<string, string[]>;
}

export async function buildWorld(t: TestContext): Promise<World> {
  const admin = await buildUser(t.db, { globalRole: 'admin', name: 'Fuzz Admin' });
  const officer = await buildUser(t.db, { globalRole: 'programme_officer', name: 'Fuzz Officer' });
  const home = await buildUser(t.db, { name: 'Fuzz Home', language: 'nb' });
  const partner = await buildUser(t.db, { name: 'Fuzz Partner', language: 'es' });
  const members = [
    { userId: home.id, role: 'home_coordinator' as const },
    { userId: partner.id, role: 'partner_coordinator' as const },
  ];
  const active = await buildPartnership(t.db, { status: 'active', startYear: 2025, endYear: 2027, members });
  const draft = await buildPartnership(t.db, { status: 'draft', startYear: 2026, endYear: 2028, members });
  const victims = [await buildUser(t.db, { name: 'Fuzz Victim' }), await buildUser(t.db, { name: 'Fuzz Viewer', memberships: [{ partnershipId: active.id, role: 'viewer' }] })];

  const emails: Record<ActorName, string> = { admin: admin.email, officer: officer.email, home: home.email, partner: partner.email };
  const clients = {} as Record<ActorName, Client>;
  const refresh = async (actor: ActorName) => {
    clients[actor] = await signIn(t.app, emails[actor], TEST_PASSWORD);
  };
  for (const actor of ACTORS) await refresh(actor);

  const surroundings = await completeSurroundings(t.db, active.id);
  const valued = await buildIndicator(t.db, active.id, surroundings.output.id, { values: [{ year: 2025, value: 7 }, { year: 2026, value: 9, status: 'submitted' }], endTarget: 20 });
  await approvedApplication(t.db, active.id, [2025, 2026, 2027]);
  await firmGrant(t, active, 2025, 100_000_00);
  const [report] = await t.db.insert(annualReports).values({ partnershipId: active.id, year: 2025, status: 'draft', content: emptyReportContent([], []) }).returning();

  const create = async (client: Client, url: string, body: unknown) => {
    const res = await client.post(url, body);
    if (res.statusCode !== 201) throw new Error(`fuzz world: POST ${url} answered ${res.statusCode} ${res.body}`);
    return res.json().id as string;
  };
  const base = `/api/partnerships/${active.id}`;
  const document = await clients.home.request({ method: 'POST', url: `${base}/documents?fileName=plan.pdf`, payload: Buffer.from('%PDF-1.4\n% fuzz\n%%EOF\n'), headers: { 'content-type': 'application/pdf' } });
  if (document.statusCode !== 201) throw new Error(`fuzz world: upload answered ${document.statusCode} ${document.body}`);
  const application = await create(clients.home, `/api/partnerships/${draft.id}/applications`, { year: 2026 });
  const audit = await create(clients.admin, `${base}/audits`, { year: 2027 });
  const meeting = await create(clients.admin, `${base}/meetings`, {
    meetingDate: '2025-11-20',
    place: 'Stord',
    participants: [{ name: 'Kari Nordmann', organisation: 'Stord kommune' }],
    progressReviewed: 'On track.',
    decisions: [{ kind: 'approve_work_plan', text: 'Approved.' }],
    minutesDocumentId: null,
  });
  const eventBody = { type: 'network_meeting', title: { en: 'Fuzz meeting' }, description: {}, date: null, endDate: null, startTime: null, place: 'Antigua', onlineUrl: null, materials: [], status: 'planned', invitedPartnershipIds: [active.id] };
  const event = await create(clients.admin, '/api/events', eventBody);
  const invitation = await create(clients.admin, '/api/invitations', { email: `fuzz-${randomUUID()}@example.org`, name: 'Invited', language: 'en' });
  const instalments = (await clients.admin.get(`${base}/instalments`)).json().instalments as { id: string }[];

  const ids: Record<string, string[]> = {
    // The active partnership holds every other object: named three times as often as the draft one.
    partnership: [active.id, active.id, active.id, draft.id],
    municipality: [active.home.id, active.partner.id],
    risk: [surroundings.risk.id],
    result: [surroundings.impact.id, surroundings.outcome.id, surroundings.output.id],
    indicator: [surroundings.indicator.id, valued.id],
    document: [document.json().id as string],
    application: [application],
    report: [report!.id],
    audit: [audit],
    meeting: [meeting],
    event: [event],
    invitation: [invitation],
    instalment: instalments.map((i) => i.id),
    user: victims.map((v) => v.id),
  };
  const all = Object.values(ids).flat();
  return { t, clients, refresh, ids, anyId: () => fc.constantFrom(...all) };
}
