/** What the soak reads from and prepares in the database under test (PostgreSQL or an embedded PGlite folder). */
import { sql } from 'drizzle-orm';
import { openDatabase, postgresDatabase, type Database } from '../../../apps/server/src/db/client';
import { queryRows } from '../../../apps/server/src/db/rows';
import { verifyChain } from '../../../apps/server/src/modules/audit/audit.service';
import type { Found } from './check';

/** Opens the database as it is (PostgreSQL without migrating; a PGlite folder only while no server has it). */
export async function openForCheck(target: { databaseUrl?: string; dataDir?: string }): Promise<Database> {
  if (target.databaseUrl) return postgresDatabase(target.databaseUrl, { poolSize: 2 });
  return openDatabase({ dataDir: target.dataDir });
}

/** Every row of the run (its text starts with `prefix`) and the audit entries about them. */
export async function readBack(database: Database, prefix: string): Promise<Found> {
  const like = `${prefix}-%`;
  const db = database.db;
  const comments = await queryRows<{ id: string; tag: string }>(db, sql`select id::text, body as tag from comments where body like ${like}`);
  const risks = await queryRows<{ id: string; tag: string; version: number }>(db, sql`select id::text, description as tag, version from risks where description like ${like}`);
  const reviews = await queryRows<{ id: string; riskId: string; tag: string }>(
    db,
    sql`select id::text, risk_id::text as "riskId", corrective_action as tag from risk_reviews where corrective_action like ${like}`,
  );
  // As one text parameter: the same on both drivers.
  const riskIds = risks.map((r) => r.id).join(',');
  const commentIds = comments.map((c) => c.id).join(',');
  const audit = await queryRows<{ action: string; entityId: string; reviewId: string | null; owner: string | null }>(
    db,
    sql`select action, entity_id as "entityId", "after"->'review'->>'id' as "reviewId", "after"->>'owner' as owner
        from audit_log
        where (entity_type = 'risk' and entity_id = any(string_to_array(${riskIds}, ',')))
           or (entity_type = 'comment' and entity_id = any(string_to_array(${commentIds}, ',')))
           or (action = 'comment.added' and "after"->>'body' like ${like})
           or (action = 'risk.created' and "after"->>'description' like ${like})`,
  );
  return { comments, risks: risks.map((r) => ({ ...r, version: Number(r.version) })), reviews, audit };
}

export async function auditChain(database: Database): Promise<{ ok: boolean; checked: number }> {
  const result = await verifyChain(database.db);
  return { ok: result.ok, checked: result.checked };
}

/**
 * More coordinators beside the demo's, spread over the partnerships that are active (where coordinators
 * write): same password as the demo users. Written straight to the database — a fixture, not a change
 * of programme data — so they have no audit entry.
 */
export async function addCoordinators(database: Database, count: number): Promise<string[]> {
  const db = database.db;
  const active = await queryRows<{ id: string }>(db, sql`select id::text from partnerships where status = 'active' order by title`);
  if (active.length === 0) throw new Error('the demo has no active partnership');
  const emails: string[] = [];
  for (let i = 1; i <= count; i++) {
    const email = `soak-coordinator-${i}@mic.example`;
    const partnershipId = active[i % active.length]!.id;
    const role = i % 2 === 0 ? 'home_coordinator' : 'partner_coordinator';
    await db.execute(sql`
      with u as (
        insert into users (email, name, language, password_hash)
        select ${email}, ${`Soak coordinator ${i}`}, 'en', password_hash from users where email = 'stord@mic.example'
        returning id)
      insert into memberships (user_id, partnership_id, role) select id, ${partnershipId}::uuid, ${role} from u`);
    emails.push(email);
  }
  return emails;
}

/** The demo's coordinators of active partnerships (who may write risks). */
export const DEMO_COORDINATORS = ['stord@mic.example', 'comalapa@mic.example', 'panajachel@mic.example'];
