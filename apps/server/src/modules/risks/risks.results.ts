import { and, eq, inArray } from 'drizzle-orm';
import { localize } from '@mic/domain';
import type { Executor } from '../../db/client';
import { results } from '../../db/schema';
import { isUuid } from '../../lib/ids';

/**
 * The link from a risk to the result in the results framework (issue 3) it threatens: the only
 * place the risk register reads the results area's table.
 */
export async function resultOfPartnership(db: Executor, partnershipId: string, resultId: string): Promise<boolean> {
  if (!isUuid(resultId)) return false;
  const [row] = await db
    .select({ id: results.id })
    .from(results)
    .where(and(eq(results.id, resultId), eq(results.partnershipId, partnershipId)))
    .limit(1);
  return !!row;
}

/** The statements of the given results in `lang` (else English, …): one query, whatever the number. */
export async function resultTitles(db: Executor, resultIds: string[], lang: string): Promise<Map<string, string>> {
  const rows = await db.select({ id: results.id, statement: results.statement }).from(results).where(inArray(results.id, resultIds));
  return new Map(rows.map((r) => [r.id, localize(r.statement, lang)]));
}
