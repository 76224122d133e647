import { and, asc, count, eq, getTableColumns, gte, inArray, lt, ne, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { applications, grants, instalments, partnerships, programmeFunds } from '../../db/schema';

/** All SQL of programme funds, grants and instalments. Sums are computed by the database, in øre. */

export type FundsRow = typeof programmeFunds.$inferSelect;
export type GrantRow = typeof grants.$inferSelect;
export type InstalmentRow = typeof instalments.$inferSelect;
export type InstalmentValues = typeof instalments.$inferInsert;

/** `sum(...)` of a bigint comes back as a string from `pg` and as a number from PGlite. */
const toNumber = (v: unknown) => Number(v ?? 0);
const sumOf = (column: SQL | typeof instalments.amount | typeof grants.amount) => sql<string>`coalesce(sum(${column}), 0)`;
const sumWhere = (column: typeof instalments.amount, where: SQL) => sql<string>`coalesce(sum(${column}) filter (where ${where}), 0)`;

// ── programme funds ─────────────────────────────────────────────────────────

export async function fundsOfYear(db: Executor, programmeId: string, year: number): Promise<FundsRow[]> {
  return db.select().from(programmeFunds).where(and(eq(programmeFunds.programmeId, programmeId), eq(programmeFunds.year, year)));
}

/** The funds row of one source and year, locked (SELECT … FOR UPDATE) so grants and changes against it go one at a time. */
export async function lockFunds(tx: Executor, programmeId: string, fundingSource: string, year: number): Promise<FundsRow | null> {
  const [row] = await tx
    .select()
    .from(programmeFunds)
    .where(and(eq(programmeFunds.programmeId, programmeId), eq(programmeFunds.fundingSource, fundingSource), eq(programmeFunds.year, year)))
    .for('update');
  return row ?? null;
}

/** Records the funds the first time; false when someone else just did (the unique key decides). */
export async function insertFunds(tx: Executor, values: typeof programmeFunds.$inferInsert): Promise<FundsRow | null> {
  const [row] = await tx.insert(programmeFunds).values(values).onConflictDoNothing().returning();
  return row ?? null;
}

export async function updateFunds(tx: Executor, programmeId: string, fundingSource: string, year: number, values: Partial<FundsRow>): Promise<FundsRow> {
  const [row] = await tx
    .update(programmeFunds)
    .set(values)
    .where(and(eq(programmeFunds.programmeId, programmeId), eq(programmeFunds.fundingSource, fundingSource), eq(programmeFunds.year, year)))
    .returning();
  return row!;
}

/** The firm grants of one funding source and year in the programme, optionally without one partnership's. */
export async function firmGranted(tx: Executor, programmeId: string, fundingSource: string, year: number, except?: string): Promise<number> {
  const [row] = await tx
    .select({ total: sumOf(grants.amount) })
    .from(grants)
    .innerJoin(partnerships, eq(partnerships.id, grants.partnershipId))
    .where(
      and(
        eq(partnerships.programmeId, programmeId),
        eq(grants.fundingSource, fundingSource),
        eq(grants.year, year),
        eq(grants.firm, true),
        except ? ne(grants.partnershipId, except) : undefined,
      ),
    );
  return toNumber(row?.total);
}

/** Per funding source of a year: firm grants, and the instalments by status (two grouped queries). */
export async function sumsBySource(db: Executor, programmeId: string, year: number) {
  // One after the other: this also runs inside a transaction, where the queries share one connection.
  const granted = await db
    .select({ fundingSource: grants.fundingSource, granted: sumOf(grants.amount) })
    .from(grants)
    .innerJoin(partnerships, eq(partnerships.id, grants.partnershipId))
    .where(and(eq(partnerships.programmeId, programmeId), eq(grants.year, year), eq(grants.firm, true)))
    .groupBy(grants.fundingSource);
  const paid = await db
    .select({
      fundingSource: instalments.fundingSource,
      paid: sumWhere(instalments.amount, sql`${instalments.status} = 'paid'`),
      toPay: sumWhere(instalments.amount, sql`${instalments.status} in ('planned', 'approved')`),
      withheld: sumWhere(instalments.amount, sql`${instalments.status} = 'withheld'`),
    })
    .from(instalments)
    .innerJoin(partnerships, eq(partnerships.id, instalments.partnershipId))
    .where(and(eq(partnerships.programmeId, programmeId), eq(instalments.year, year)))
    .groupBy(instalments.fundingSource);
  const out = new Map<string, { granted: number; paid: number; toPay: number; withheld: number }>();
  const entry = (source: string) => out.get(source) ?? out.set(source, { granted: 0, paid: 0, toPay: 0, withheld: 0 }).get(source)!;
  for (const g of granted) entry(g.fundingSource).granted = toNumber(g.granted);
  for (const i of paid) Object.assign(entry(i.fundingSource), { paid: toNumber(i.paid), toPay: toNumber(i.toPay), withheld: toNumber(i.withheld) });
  return out;
}

/**
 * The partnerships with a firm grant in the year, each with what was granted, paid and withheld:
 * one query with the instalment sums joined as a grouped subquery, plus one count.
 */
export async function fundsPartnerships(db: Executor, programmeId: string, year: number, funding: string | undefined, paging?: { limit: number; offset: number }) {
  const paidBy = db
    .select({
      partnershipId: instalments.partnershipId,
      paid: sumWhere(instalments.amount, sql`${instalments.status} = 'paid'`).as('paid'),
      withheld: sumWhere(instalments.amount, sql`${instalments.status} = 'withheld'`).as('withheld'),
    })
    .from(instalments)
    .where(eq(instalments.year, year))
    .groupBy(instalments.partnershipId)
    .as('paid_by');
  const where = and(eq(partnerships.programmeId, programmeId), eq(grants.year, year), eq(grants.firm, true), funding ? eq(grants.fundingSource, funding) : undefined);
  const query = db
    .select({
      partnershipId: partnerships.id,
      title: partnerships.title,
      fundingSource: grants.fundingSource,
      granted: grants.amount,
      paid: sql<string>`coalesce(${paidBy.paid}, 0)`,
      withheld: sql<string>`coalesce(${paidBy.withheld}, 0)`,
    })
    .from(grants)
    .innerJoin(partnerships, eq(partnerships.id, grants.partnershipId))
    .leftJoin(paidBy, eq(paidBy.partnershipId, grants.partnershipId))
    .where(where)
    .orderBy(asc(partnerships.title), asc(partnerships.id));
  const [rows, [total]] = await Promise.all([
    paging ? query.limit(paging.limit).offset(paging.offset) : query,
    db.select({ n: count() }).from(grants).innerJoin(partnerships, eq(partnerships.id, grants.partnershipId)).where(where),
  ]);
  const items = rows.map((r) => {
    const granted = toNumber(r.granted);
    const paid = toNumber(r.paid);
    return { partnershipId: r.partnershipId, title: r.title, fundingSource: r.fundingSource, granted, paid, remaining: granted - paid, withheld: toNumber(r.withheld) };
  });
  return { items, total: Number(total?.n ?? 0) };
}

// ── grants ──────────────────────────────────────────────────────────────────

/** A partnership's grants, each with the year of the application that decided it. */
export async function grantsOf(db: Executor, partnershipId: string): Promise<(GrantRow & { applicationYear: number | null })[]> {
  return db
    .select({ ...getTableColumns(grants), applicationYear: applications.year })
    .from(grants)
    .leftJoin(applications, eq(applications.id, grants.applicationId))
    .where(eq(grants.partnershipId, partnershipId))
    .orderBy(asc(grants.year));
}

export async function findGrant(db: Executor, partnershipId: string, year: number, lock = false): Promise<GrantRow | null> {
  const query = db.select().from(grants).where(and(eq(grants.partnershipId, partnershipId), eq(grants.year, year)));
  const [row] = lock ? await query.for('update') : await query;
  return row ?? null;
}

export async function upsertGrant(tx: Executor, values: typeof grants.$inferInsert): Promise<GrantRow> {
  const { partnershipId: _p, year: _y, ...set } = values;
  const [row] = await tx
    .insert(grants)
    .values(values)
    .onConflictDoUpdate({ target: [grants.partnershipId, grants.year], set: { ...set, updatedAt: new Date() } })
    .returning();
  return row!;
}

// ── instalments ─────────────────────────────────────────────────────────────

export async function instalmentsOf(db: Executor, partnershipId: string, year?: number, lock = false): Promise<InstalmentRow[]> {
  const query = db
    .select()
    .from(instalments)
    .where(and(eq(instalments.partnershipId, partnershipId), year !== undefined ? eq(instalments.year, year) : undefined))
    .orderBy(asc(instalments.year), asc(instalments.seq));
  return lock ? query.for('update') : query;
}

export async function insertInstalments(tx: Executor, values: InstalmentValues[]): Promise<InstalmentRow[]> {
  if (!values.length) return [];
  return tx.insert(instalments).values(values).returning();
}

export async function deleteInstalments(tx: Executor, ids: string[]): Promise<void> {
  if (ids.length) await tx.delete(instalments).where(inArray(instalments.id, ids));
}

export async function findInstalment(db: Executor, partnershipId: string, id: string): Promise<InstalmentRow | null> {
  const [row] = await db.select().from(instalments).where(and(eq(instalments.id, id), eq(instalments.partnershipId, partnershipId)));
  return row ?? null;
}

/**
 * Changes an instalment only if it is still at the version and status it was read at: of two
 * officers acting at once, the second's update finds no row (→ 409), so nothing is paid twice.
 */
export async function updateInstalmentIf(tx: Executor, id: string, expected: { version: number; status: string }, values: Partial<InstalmentValues>): Promise<InstalmentRow | null> {
  const [row] = await tx
    .update(instalments)
    .set({ ...values, version: expected.version + 1, updatedAt: new Date() })
    .where(and(eq(instalments.id, id), eq(instalments.version, expected.version), eq(instalments.status, expected.status)))
    .returning();
  return row ?? null;
}

// ── payments plan ───────────────────────────────────────────────────────────

export interface PlanWhere {
  programmeId: string;
  fromDate: string;
  toDate: string;
  funding?: string;
  status?: string;
}

function planWhere(w: PlanWhere) {
  return and(
    eq(partnerships.programmeId, w.programmeId),
    gte(instalments.dueDate, w.fromDate),
    lt(instalments.dueDate, w.toDate),
    w.funding ? eq(instalments.fundingSource, w.funding) : undefined,
    w.status ? eq(instalments.status, w.status) : undefined,
  );
}

const statusSums = {
  planned: sumWhere(instalments.amount, sql`${instalments.status} = 'planned'`),
  approved: sumWhere(instalments.amount, sql`${instalments.status} = 'approved'`),
  paid: sumWhere(instalments.amount, sql`${instalments.status} = 'paid'`),
  withheld: sumWhere(instalments.amount, sql`${instalments.status} = 'withheld'`),
};
const sumsOut = (r: { planned: unknown; approved: unknown; paid: unknown; withheld: unknown }) => ({
  planned: toNumber(r.planned),
  approved: toNumber(r.approved),
  paid: toNumber(r.paid),
  withheld: toNumber(r.withheld),
});

/** The instalments due in the window, by month and funding source, and the totals (two grouped queries). */
export async function planSums(db: Executor, w: PlanWhere) {
  const month = sql<string>`to_char(${instalments.dueDate}, 'YYYY-MM')`;
  const [byMonth, [totals]] = await Promise.all([
    db
      .select({ month, fundingSource: instalments.fundingSource, ...statusSums })
      .from(instalments)
      .innerJoin(partnerships, eq(partnerships.id, instalments.partnershipId))
      .where(planWhere(w))
      .groupBy(month, instalments.fundingSource)
      .orderBy(month, instalments.fundingSource),
    db.select(statusSums).from(instalments).innerJoin(partnerships, eq(partnerships.id, instalments.partnershipId)).where(planWhere(w)),
  ]);
  return {
    byMonth: byMonth.map((r) => ({ month: r.month, fundingSource: r.fundingSource, ...sumsOut(r) })),
    totals: sumsOut(totals ?? { planned: 0, approved: 0, paid: 0, withheld: 0 }),
  };
}

/** Instalments due before the window and still not paid (whatever the status filter), so none drops out of view. */
export async function earlierUnpaid(db: Executor, w: PlanWhere) {
  const [row] = await db
    .select({ n: count(), first: sql<string | null>`to_char(min(${instalments.dueDate}), 'YYYY-MM')`, ...statusSums })
    .from(instalments)
    .innerJoin(partnerships, eq(partnerships.id, instalments.partnershipId))
    .where(
      and(
        eq(partnerships.programmeId, w.programmeId),
        lt(instalments.dueDate, w.fromDate),
        ne(instalments.status, 'paid'),
        w.funding ? eq(instalments.fundingSource, w.funding) : undefined,
      ),
    );
  const sums = sumsOut(row ?? { planned: 0, approved: 0, paid: 0, withheld: 0 });
  return { count: Number(row?.n ?? 0), planned: sums.planned, approved: sums.approved, withheld: sums.withheld, firstMonth: row?.first ?? null };
}

/** The instalments due in the window, with their partnership's title; a page of them (or all, for the export). */
export async function planItems(db: Executor, w: PlanWhere, paging?: { limit: number; offset: number }) {
  const query = db
    .select({ instalment: instalments, partnershipTitle: partnerships.title })
    .from(instalments)
    .innerJoin(partnerships, eq(partnerships.id, instalments.partnershipId))
    .where(planWhere(w))
    .orderBy(asc(instalments.dueDate), asc(partnerships.title), asc(instalments.seq), asc(instalments.id));
  const [rows, [total]] = await Promise.all([
    paging ? query.limit(paging.limit).offset(paging.offset) : query,
    db.select({ n: count() }).from(instalments).innerJoin(partnerships, eq(partnerships.id, instalments.partnershipId)).where(planWhere(w)),
  ]);
  return { rows, total: Number(total?.n ?? 0) };
}
