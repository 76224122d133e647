import { randomUUID } from 'node:crypto';
import { asc } from 'drizzle-orm';
import { defaultEndYear, MIC_2013, type PartnershipRole, type PartnershipStatus } from '@mic/domain';
import type { Executor } from '../../src/db/client';
import { memberships, municipalities, partnerships, programmes } from '../../src/db/schema';
import { buildMunicipality } from './factories';

type MunicipalityRow = typeof municipalities.$inferSelect;

export interface PartnershipSpec {
  title?: string;
  /** An existing municipality; otherwise a new Norwegian one (named `homeName` when given). */
  home?: MunicipalityRow;
  homeName?: string;
  /** An existing municipality; otherwise a new one in `partnerCountry` (Guatemala by default). */
  partner?: MunicipalityRow;
  partnerName?: string;
  partnerCountry?: string;
  fundingSource?: string;
  startYear?: number;
  endYear?: number;
  workingLanguage?: string;
  purposes?: string[];
  status?: PartnershipStatus;
  /** Users to make members, with their role in this partnership. */
  members?: { userId: string; role: PartnershipRole }[];
}

/**
 * A partnership written straight to the database, valid under the MIC 2013 rules unless told
 * otherwise: a new Norwegian home municipality, a new Guatemalan partner, Norad, 2025–2027, Spanish,
 * one purpose, draft.
 */
export async function buildPartnership(db: Executor, spec: PartnershipSpec = {}) {
  const [programme] = await db.select({ id: programmes.id }).from(programmes).orderBy(asc(programmes.code)).limit(1);
  if (!programme) throw new Error('buildPartnership: no programme; createTestApp loads one');
  const suffix = randomUUID().slice(0, 8);
  const home = spec.home ?? (await buildMunicipality(db, { name: spec.homeName ?? `Home ${suffix}`, country: 'NO' }));
  const partner = spec.partner ?? (await buildMunicipality(db, { name: spec.partnerName ?? `Partner ${suffix}`, country: spec.partnerCountry ?? 'GT' }));
  const startYear = spec.startYear ?? 2025;
  const [row] = await db
    .insert(partnerships)
    .values({
      programmeId: programme.id,
      title: spec.title ?? `Partnership ${suffix}`,
      homeMunicipalityId: home.id,
      partnerMunicipalityId: partner.id,
      fundingSource: spec.fundingSource ?? 'norad',
      startYear,
      endYear: spec.endYear ?? defaultEndYear(startYear, MIC_2013.projectYears),
      workingLanguage: spec.workingLanguage ?? 'es',
      purposes: spec.purposes ?? ['service-delivery'],
      status: spec.status ?? 'draft',
    })
    .returning();
  for (const m of spec.members ?? []) {
    await db.insert(memberships).values({ userId: m.userId, partnershipId: row!.id, role: m.role });
  }
  return { ...row!, home, partner };
}
