import { programmeFunds } from '../../src/db/schema';
import type { TestContext } from './app';

/**
 * What a donor allocated to the programme for a funding source and year, written straight to the
 * database: approving an application needs funds to grant from (issue 7). Sets the amount again when
 * it is already there.
 */
export async function allocateFunds(t: Pick<TestContext, 'db' | 'programmeId'>, spec: { fundingSource?: string; year: number; amount: number }) {
  const values = { programmeId: t.programmeId, fundingSource: spec.fundingSource ?? 'norad', year: spec.year, amount: spec.amount };
  await t.db
    .insert(programmeFunds)
    .values(values)
    .onConflictDoUpdate({ target: [programmeFunds.programmeId, programmeFunds.fundingSource, programmeFunds.year], set: { amount: spec.amount } });
}
