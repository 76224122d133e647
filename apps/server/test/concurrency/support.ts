import { expect } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { memberships } from '../../src/db/schema';
import type { Client, TestContext } from '../helpers/app';
import { buildPartnership, type PartnershipSpec } from '../helpers/partnership-factory';
import { signInAs } from '../helpers/sign-in-as';

/**
 * Optimistic concurrency, one object kind at a time: two people read the object at version n and both
 * write on n. The first write wins; the second is refused with 409 CONFLICT naming the current version,
 * and what the first wrote is still there, untouched.
 */
export interface Contest {
  /** The object as a reader sees it now (must carry `version`). */
  read(): Promise<{ version: number } & Record<string, unknown>>;
  /** The first writer's change, made on `version`. */
  first(version: number): Promise<LightMyRequestResponse>;
  /** Another change by someone else, made on the same `version`. */
  second(version: number): Promise<LightMyRequestResponse>;
  /** What shows that the first writer's change is there (checked after both writes). */
  kept(now: Record<string, unknown>): void;
  /**
   * The code the second writer gets: CONFLICT, or for a status action that no longer fits the state the
   * workflow's own INVALID_TRANSITION (it says more); either way 409 with the current version.
   */
  code?: 'CONFLICT' | 'INVALID_TRANSITION';
}

export function expectOk(res: LightMyRequestResponse) {
  expect(res.statusCode, res.body).toBeGreaterThanOrEqual(200);
  expect(res.statusCode, res.body).toBeLessThan(300);
}

/** 409 CONFLICT on `version` (or the workflow's refusal), a problem body that names the version the object has now. */
export function expectStale(res: LightMyRequestResponse, currentVersion: number, code: Contest['code'] = 'CONFLICT') {
  expect(res.statusCode, res.body).toBe(409);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  const body = res.json();
  expect(body.code).toBe(code);
  expect(body.currentVersion).toBe(currentVersion);
  if (code === 'CONFLICT') expect(body.errors.map((e: { field?: string }) => e.field)).toContain('version');
}

/** Two writers on one version, one after the other: the second is told, the first's change stays. */
export async function firstWinsSecondIsTold(contest: Contest) {
  const seen = (await contest.read()).version;
  expectOk(await contest.first(seen));
  const afterFirst = await contest.read();
  expect(afterFirst.version).toBeGreaterThan(seen);
  contest.kept(afterFirst);
  expectStale(await contest.second(seen), afterFirst.version, contest.code);
  const afterSecond = await contest.read();
  expect(afterSecond).toEqual(afterFirst);
  contest.kept(afterSecond);
}

/** Two writers on one version at the same moment: exactly one wins, the other gets 409 with the version that won. */
export async function exactlyOneWins(contest: Contest) {
  const seen = (await contest.read()).version;
  const [a, b] = await Promise.all([contest.first(seen), contest.second(seen)]);
  const codes = [a.statusCode, b.statusCode].sort();
  expect(codes[0], `${a.body} / ${b.body}`).toBeLessThan(300);
  const now = await contest.read();
  expect(now.version).toBe(seen + 1);
  const loser = a.statusCode === 409 ? a : b;
  expectStale(loser, now.version, loser.json().code === 'INVALID_TRANSITION' ? 'INVALID_TRANSITION' : contest.code);
}

/** A partnership (draft unless told) with a home and a partner coordinator signed in. */
export async function partnershipWithPeople(t: TestContext, spec: PartnershipSpec = {}) {
  const p = await buildPartnership(t.db, spec);
  const home = await signInAs(t, { name: 'Kari Nordmann', memberships: [{ partnershipId: p.id, role: 'home_coordinator' }] });
  const partner = await signInAs(t, { name: 'Ana López', memberships: [{ partnershipId: p.id, role: 'partner_coordinator' }] });
  return { p, home, partner };
}

/** Adds a member to a partnership. */
export async function addMember(t: TestContext, client: Client & { user: { id: string } }, partnershipId: string, role: 'home_coordinator' | 'partner_coordinator' | 'auditor') {
  await t.db.insert(memberships).values({ userId: client.user.id, partnershipId, role });
}

/** GET that must succeed, as JSON. */
export async function getJson(c: Client, url: string) {
  const res = await c.get(url);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}
