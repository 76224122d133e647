import { and, count, eq, sql } from 'drizzle-orm';
import type { Db, Executor } from '../db/client';
import { memberships, municipalities, partnerships, users } from '../db/schema';
import { hashPassword } from '../lib/passwords';
import { recordChange } from '../modules/audit/audit.service';
import { ensureProgramme } from '../modules/programme/programme.bootstrap';
import { DEMO_MUNICIPALITIES, DEMO_PARTNERSHIPS, DEMO_USERS, type DemoMunicipality } from './demo.data';

export const DEMO_PASSWORD = 'demo-password-2026';

export interface DemoSignIn {
  role: string;
  email: string;
}

/**
 * Loads the demo programme when the database has no users, in one transaction with an audit entry
 * for every row it adds; returns the sign-ins it created (none when there were users already).
 */
export async function loadDemoIfEmpty(db: Db): Promise<DemoSignIn[]> {
  if (await hasUsers(db)) return [];
  const programmeId = await ensureProgramme(db);
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return db.transaction(async (tx) => {
    if (await hasUsers(tx)) return [];

    const municipalityIds = new Map<string, string>();
    for (const m of DEMO_MUNICIPALITIES) municipalityIds.set(m.key, await municipalityId(tx, m));

    const partnershipIds = new Map<string, string>();
    for (const p of DEMO_PARTNERSHIPS) {
      const [row] = await tx
        .insert(partnerships)
        .values({
          programmeId,
          title: p.title,
          homeMunicipalityId: municipalityIds.get(p.home)!,
          partnerMunicipalityId: municipalityIds.get(p.partner)!,
          fundingSource: p.fundingSource,
          startYear: p.startYear,
          endYear: p.endYear,
          workingLanguage: p.workingLanguage,
          purposes: p.purposes,
          status: p.status,
        })
        .returning();
      partnershipIds.set(p.key, row!.id);
      const { id, createdAt, updatedAt, ...facts } = row!;
      void createdAt;
      void updatedAt;
      await recordChange(tx, null, { action: 'partnership.created', entityType: 'partnership', entityId: id, partnershipId: id, after: facts });
    }

    const signIns: DemoSignIn[] = [];
    for (const u of DEMO_USERS) {
      const [row] = await tx
        .insert(users)
        .values({ email: u.email, name: u.name, language: u.language, globalRole: u.globalRole ?? null, passwordHash })
        .returning({ id: users.id });
      const userId = row!.id;
      await recordChange(tx, null, {
        action: 'user.created',
        entityType: 'user',
        entityId: userId,
        after: { email: u.email, name: u.name, language: u.language, globalRole: u.globalRole ?? null },
      });
      if (u.membership) {
        const partnershipId = partnershipIds.get(u.membership.partnership)!;
        await tx.insert(memberships).values({ userId, partnershipId, role: u.membership.role });
        await recordChange(tx, null, {
          action: 'membership.added',
          entityType: 'membership',
          entityId: `${userId}:${partnershipId}`,
          partnershipId,
          after: { userId, userName: u.name, role: u.membership.role },
        });
      }
      signIns.push({ role: u.globalRole ?? u.membership!.role, email: u.email });
    }
    await (await import('./demo.results')).loadDemoResults(tx, partnershipIds);
    await (await import('./demo.risks')).loadDemoRisks(tx, partnershipIds);
    await (await import('./demo.cycle')).loadDemoCycle(tx, programmeId, partnershipIds);
    await (await import('./demo.events')).loadDemoEvents(tx, programmeId, partnershipIds);
    await (await import('./demo.documents')).loadDemoDocuments(tx, partnershipIds);
    await (await import('./demo.applications')).loadDemoApplications(tx, partnershipIds);
    await (await import('./demo.agreements')).loadDemoAgreements(tx, partnershipIds);
    await (await import('./demo.meetings')).loadDemoMeetings(tx, partnershipIds);
    await (await import('./demo.finance')).loadDemoFinance(tx, programmeId, partnershipIds);
    await (await import('./demo.reports')).loadDemoReports(tx, programmeId, partnershipIds);
    await (await import('./demo.publication')).loadDemoPublication(tx, partnershipIds);
    return signIns;
  });
}

async function hasUsers(db: Executor): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(users);
  return (row?.n ?? 0) > 0;
}

/** The register's entry for a demo municipality: the one already there, or a new one. */
async function municipalityId(tx: Executor, m: DemoMunicipality): Promise<string> {
  const [found] = await tx
    .select({ id: municipalities.id })
    .from(municipalities)
    .where(and(sql`lower(${municipalities.name}) = lower(${m.name})`, eq(municipalities.country, m.country)))
    .limit(1);
  if (found) return found.id;
  const [row] = await tx.insert(municipalities).values({ name: m.name, country: m.country, orgNumber: null }).returning({ id: municipalities.id });
  await recordChange(tx, null, {
    action: 'municipality.created',
    entityType: 'municipality',
    entityId: row!.id,
    after: { name: m.name, country: m.country, orgNumber: null },
  });
  return row!.id;
}
