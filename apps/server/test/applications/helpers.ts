import { createHash, randomUUID } from 'node:crypto';
import type { ApplicationContent } from '@mic/domain';
import type { Executor } from '../../src/db/client';
import { documents, risks } from '../../src/db/schema';
import type { Client, TestContext } from '../helpers/app';
import { buildPartnership } from '../helpers/partnership-factory';
import { buildChain, buildIndicator } from '../helpers/results-factory';
import { signInAs } from '../helpers/sign-in-as';

/** A current document of a category (and side), written straight to the database. */
export async function buildDocument(db: Executor, partnershipId: string, category: string, side: 'home' | 'partner' | null = null) {
  const content = Buffer.from(`%PDF-1.4 ${category} ${side ?? ''}`);
  const seriesId = randomUUID();
  await db.insert(documents).values({
    id: seriesId,
    partnershipId,
    fileName: `${category}.pdf`,
    mediaType: 'application/pdf',
    size: content.length,
    sha256: createHash('sha256').update(content).digest('hex'),
    content,
    category,
    side,
    seriesId,
  });
}

/** An open risk (current = initial rating). */
export async function buildRisk(db: Executor, partnershipId: string, over: Partial<typeof risks.$inferInsert> = {}) {
  const [row] = await db
    .insert(risks)
    .values({
      partnershipId,
      description: 'Local elections change the council majority',
      category: 'political',
      origin: 'external',
      owner: 'Coordinator',
      identifiedOn: '2026-01-15',
      probability: 2,
      consequence: 2,
      currentProbability: over.probability ?? 2,
      currentConsequence: over.consequence ?? 2,
      ...over,
    })
    .returning();
  return row!;
}

/** Everything outside the application text that a complete initial application needs. */
export async function completeSurroundings(db: Executor, partnershipId: string) {
  await buildDocument(db, partnershipId, 'council_decision', 'home');
  await buildDocument(db, partnershipId, 'code_of_ethics', 'home');
  await buildDocument(db, partnershipId, 'code_of_ethics', 'partner');
  const chain = await buildChain(db, partnershipId);
  const indicator = await buildIndicator(db, partnershipId, chain.outcome.id, { endTarget: 50 });
  const risk = await buildRisk(db, partnershipId);
  return { ...chain, indicator, risk };
}

/** A filled-in application text for the years given. */
export function completeContent(years: number[], purposes = ['service-delivery']): ApplicationContent {
  return {
    summary: 'Safe drinking water for every household in the partner municipality.',
    purposes,
    coreTasks: { home: 'Water and sanitation services', partner: 'Agua potable y saneamiento' },
    principles: {
      sustainability: 'The municipal budget takes over operation from the third year.',
      coherence: 'In line with the national water plan.',
      recipientResponsibility: 'The partner council chose water as its first priority.',
      otherDonors: [{ donor: 'IDB', area: 'Sanitation', amount: 150_000_00 }],
      nationalMobilisation: 'The national water authority co-finances the pipes.',
      ownCompetence: 'The home municipality runs its own waterworks.',
    },
    strategicGoals: 'International engagement in the municipal plan 2024–2028.',
    budgetRequested: years.map((year) => ({ year, amount: 500_000_00 })),
  };
}

/** A partnership (Norad, 2027–2029 by default) with its home and partner coordinator signed in. */
export async function partnershipWithCoordinators(t: TestContext, spec: Parameters<typeof buildPartnership>[1] = {}) {
  const p = await buildPartnership(t.db, { startYear: 2027, endYear: 2029, status: 'applied', ...spec });
  const home = await signInAs(t, { name: 'Kari Nordmann', language: 'nb', memberships: [{ partnershipId: p.id, role: 'home_coordinator' }] });
  const partner = await signInAs(t, { name: 'Ana López', language: 'es', memberships: [{ partnershipId: p.id, role: 'partner_coordinator' }] });
  return { p, home, partner };
}

/** Creates the application through the API and answers it. */
export async function createApplication(client: Client, partnershipId: string, body: Record<string, unknown>) {
  const res = await client.post(`/api/partnerships/${partnershipId}/applications`, body);
  if (res.statusCode !== 201) throw new Error(`creating an application failed: ${res.statusCode} ${res.body}`);
  return res.json();
}

/** Fills in the text, and both coordinators confirm: ready to submit. Answers the application. */
export async function readyToSubmit(home: Client, partner: Client, app: { id: string; version: number; year: number; budgetYears?: number[] }, years: number[]) {
  let res = await home.put(`/api/applications/${app.id}`, { content: completeContent(years), version: app.version });
  if (res.statusCode !== 200) throw new Error(`update failed: ${res.statusCode} ${res.body}`);
  res = await home.post(`/api/applications/${app.id}/confirm`, { version: res.json().version });
  if (res.statusCode !== 200) throw new Error(`home confirmation failed: ${res.statusCode} ${res.body}`);
  res = await partner.post(`/api/applications/${app.id}/confirm`, { partnerLedPrioritisation: true, version: res.json().version });
  if (res.statusCode !== 200) throw new Error(`partner confirmation failed: ${res.statusCode} ${res.body}`);
  return res.json();
}
