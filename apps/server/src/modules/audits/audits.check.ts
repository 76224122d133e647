import { and, asc, eq, inArray } from 'drizzle-orm';
import { auditComplete, auditFlagOf, type AuditFlag } from '@mic/domain';
import type { Executor } from '../../db/client';
import { audits } from '../../db/schema.reports';

/**
 * Whether the partnership's audit of `year` is recorded and complete (see the domain's `auditComplete`):
 * the reports module asks this before accepting a report for the final year or one that requires an audit.
 * Share-locked, so inside that transaction the audit cannot be emptied until the acceptance commits.
 */
export async function completeAuditFor(db: Executor, partnershipId: string, year: number): Promise<boolean> {
  const [row] = await db
    .select()
    .from(audits)
    .where(and(eq(audits.partnershipId, partnershipId), eq(audits.year, year)))
    .for('share');
  return row ? auditComplete(row) : false;
}

/**
 * The qualified, adverse and disclaimer opinions of each partnership, oldest year first; one query
 * whatever the number of partnerships. Partnerships without such an opinion are absent from the map.
 */
export async function auditFlagsOf(db: Executor, partnershipIds: string[]): Promise<Map<string, AuditFlag[]>> {
  const out = new Map<string, AuditFlag[]>();
  const ids = [...new Set(partnershipIds)];
  if (ids.length === 0) return out;
  const rows = await db
    .select({ id: audits.id, partnershipId: audits.partnershipId, year: audits.year, opinion: audits.opinion })
    .from(audits)
    .where(and(inArray(audits.partnershipId, ids), inArray(audits.opinion, ['qualified', 'adverse', 'disclaimer'])))
    .orderBy(asc(audits.partnershipId), asc(audits.year));
  for (const r of rows) {
    const flag = auditFlagOf(r);
    if (!flag) continue;
    const list = out.get(r.partnershipId);
    if (list) list.push(flag);
    else out.set(r.partnershipId, [flag]);
  }
  return out;
}
