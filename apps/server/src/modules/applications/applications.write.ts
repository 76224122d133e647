import { DomainError, isApplicationEditable, type Actor, type ApplicationStatus, type Violation } from '@mic/domain';
import type { Executor } from '../../db/client';
import { isUuid } from '../../lib/ids';
import { mayReadApplications } from './applications.policy';
import * as repo from './applications.repository';
import { staleVersion } from '../../lib/version-conflict';

/** What every write to one application starts with: it, locked, and its partnership. */
export interface OpenApplication {
  row: repo.ApplicationRow;
  partnership: repo.PartnershipFacts;
}

/** 409 CONFLICT on `version`, with the version the object has now. */
export const stale = staleVersion;
export const locked = (status: string) => new DomainError('APPLICATION_LOCKED', { violations: [{ code: 'APPLICATION_LOCKED', field: 'status', params: { status } }] });
export const invalid = (field: string) => new DomainError('VALIDATION_FAILED', { violations: [{ code: 'VALIDATION_FAILED', field }] });

/**
 * Locks the application (SELECT … FOR UPDATE) and share-locks its partnership: not visible → 404,
 * visible but `may` says no → 403. Every check after this sees the application as it is now,
 * so two people acting at once go one after the other and the second sees the first's result.
 */
export async function openApplication(tx: Executor, actor: Actor, id: string, may: (partnershipId: string) => boolean): Promise<OpenApplication> {
  const row = isUuid(id) ? await repo.lockApplication(tx, id) : null;
  if (!row || !mayReadApplications(actor, row.partnershipId)) throw new DomainError('NOT_FOUND');
  if (!may(row.partnershipId)) throw new DomainError('FORBIDDEN');
  const partnership = (await repo.findPartnership(tx, row.partnershipId, true))!;
  return { row, partnership };
}

/** Only a draft or a returned application may be changed by its coordinators, and only on the version they saw. */
export function checkEditable(row: repo.ApplicationRow, version: number): void {
  if (!isApplicationEditable(row.status as ApplicationStatus)) throw locked(row.status);
  if (row.version !== version) throw stale(row.version);
}

/** Year lines: each year once, within the partnership's project period. */
export function checkYearLines(lines: { year: number }[], p: { startYear: number; endYear: number }, field: string): Violation[] {
  const seen = new Set<number>();
  const v: Violation[] = [];
  lines.forEach((l, i) => {
    if (l.year < p.startYear || l.year > p.endYear) v.push({ code: 'YEAR_OUTSIDE_PERIOD', field: `${field}.${i}.year`, params: { year: l.year } });
    else if (seen.has(l.year)) v.push({ code: 'VALIDATION_FAILED', field: `${field}.${i}.year` });
    seen.add(l.year);
  });
  return v;
}

export const sum = (lines: { amount: number }[]) => lines.reduce((n, l) => n + l.amount, 0);
