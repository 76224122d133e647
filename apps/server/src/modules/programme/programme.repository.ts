import { asc, eq, sql } from 'drizzle-orm';
import type { ProgrammeConfig, ProgrammeUsage, Region } from '@mic/domain';
import type { Executor } from '../../db/client';
import { queryRows } from '../../db/rows';
import { fundingSources, programmes, purposes, regions } from '../../db/schema';

export async function findProgrammeId(db: Executor): Promise<string | null> {
  const [row] = await db.select({ id: programmes.id }).from(programmes).orderBy(asc(programmes.code)).limit(1);
  return row?.id ?? null;
}

/** The programme's whole configuration in four queries (one per table). */
export async function loadProgramme(db: Executor, programmeId: string): Promise<(ProgrammeConfig & { id: string; version: number }) | null> {
  const [p] = await db.select().from(programmes).where(eq(programmes.id, programmeId));
  if (!p) return null;
  const [ps, rs, fs] = await Promise.all([
    db.select().from(purposes).where(eq(purposes.programmeId, programmeId)).orderBy(asc(purposes.position)),
    db.select().from(regions).where(eq(regions.programmeId, programmeId)).orderBy(asc(regions.position)),
    db.select().from(fundingSources).where(eq(fundingSources.programmeId, programmeId)).orderBy(asc(fundingSources.position)),
  ]);
  return {
    id: p.id,
    code: p.code,
    name: p.name,
    goal: p.goal,
    maxPurposes: p.maxPurposes,
    projectYears: p.projectYears,
    workingLanguages: p.workingLanguages,
    purposes: ps.map((x) => ({ code: x.code, name: x.name })),
    regions: rs.map((x) => ({ code: x.code, name: x.name, countries: x.countries })),
    fundingSources: fs.map((x) => ({ code: x.code, name: x.name, iatiOrgId: x.iatiOrgId })),
    version: p.version,
  };
}

export async function insertProgramme(db: Executor, config: ProgrammeConfig): Promise<string> {
  const [row] = await db
    .insert(programmes)
    .values({
      code: config.code,
      name: config.name as Record<string, string>,
      goal: config.goal as Record<string, string>,
      maxPurposes: config.maxPurposes,
      projectYears: config.projectYears,
      workingLanguages: config.workingLanguages,
    })
    .returning({ id: programmes.id });
  const programmeId = row!.id;
  await replaceLists(db, programmeId, config);
  return programmeId;
}

/** Replaces the purposes, regions and funding sources of a programme with the ones given. */
export async function replaceLists(db: Executor, programmeId: string, config: Pick<ProgrammeConfig, 'purposes' | 'regions' | 'fundingSources'>) {
  await db.delete(purposes).where(eq(purposes.programmeId, programmeId));
  await db.delete(regions).where(eq(regions.programmeId, programmeId));
  await db.delete(fundingSources).where(eq(fundingSources.programmeId, programmeId));
  if (config.purposes.length)
    await db.insert(purposes).values(config.purposes.map((x, i) => ({ programmeId, code: x.code, name: x.name as Record<string, string>, position: i })));
  if (config.regions.length)
    await db
      .insert(regions)
      .values(config.regions.map((x, i) => ({ programmeId, code: x.code, name: x.name as Record<string, string>, countries: x.countries, position: i })));
  if (config.fundingSources.length)
    await db.insert(fundingSources).values(
      config.fundingSources.map((x, i) => ({ programmeId, code: x.code, name: x.name as Record<string, string>, iatiOrgId: x.iatiOrgId, position: i })),
    );
}

export async function updateSettings(
  db: Executor,
  programmeId: string,
  values: Pick<ProgrammeConfig, 'code' | 'name' | 'goal' | 'maxPurposes' | 'projectYears' | 'workingLanguages'> & { version: number },
) {
  await db
    .update(programmes)
    .set({
      code: values.code,
      name: values.name as Record<string, string>,
      goal: values.goal as Record<string, string>,
      maxPurposes: values.maxPurposes,
      projectYears: values.projectYears,
      workingLanguages: values.workingLanguages,
      version: values.version,
      updatedAt: new Date(),
    })
    .where(eq(programmes.id, programmeId));
}

/**
 * Locks the programme row until the end of the transaction: `update` while its configuration is
 * replaced, `share` while a partnership is checked against it, so neither sees the other half-done.
 */
export async function lockProgramme(tx: Executor, programmeId: string, strength: 'update' | 'share') {
  await tx.select({ id: programmes.id }).from(programmes).where(eq(programmes.id, programmeId)).for(strength);
}

/** The regions of the (first) programme, in one query. */
export async function loadRegions(db: Executor): Promise<Region[]> {
  const first = db.select({ id: programmes.id }).from(programmes).orderBy(asc(programmes.code)).limit(1);
  const rows = await db
    .select({ code: regions.code, name: regions.name, countries: regions.countries })
    .from(regions)
    .where(eq(regions.programmeId, sql`(${first})`))
    .orderBy(asc(regions.position));
  return rows;
}

/** What the programme's partnerships use of its configuration, in one query. */
export async function programmeUsage(db: Executor, programmeId: string): Promise<ProgrammeUsage> {
  const [row] = await queryRows<{
    purposes: string[] | null;
    countries: string[] | null;
    funding_sources: string[] | null;
    languages: string[] | null;
    most_purposes: number | string | null;
    longest_period: number | string | null;
  }>(
    db,
    sql`select
      (select array_agg(distinct u) from partnerships p, unnest(p.purposes) u where p.programme_id = ${programmeId}) as purposes,
      (select array_agg(distinct m.country) from partnerships p join municipalities m on m.id = p.partner_municipality_id
        where p.programme_id = ${programmeId}) as countries,
      (select array_agg(distinct p.funding_source) from partnerships p where p.programme_id = ${programmeId}) as funding_sources,
      (select array_agg(distinct p.working_language) from partnerships p where p.programme_id = ${programmeId}) as languages,
      (select max(cardinality(p.purposes)) from partnerships p where p.programme_id = ${programmeId}) as most_purposes,
      (select max(p.end_year - p.start_year + 1) from partnerships p where p.programme_id = ${programmeId}) as longest_period`,
  );
  return {
    purposes: row?.purposes ?? [],
    partnerCountries: row?.countries ?? [],
    fundingSources: row?.funding_sources ?? [],
    workingLanguages: row?.languages ?? [],
    mostPurposes: Number(row?.most_purposes ?? 0),
    longestPeriod: Number(row?.longest_period ?? 0),
  };
}
