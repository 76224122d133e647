import { eq } from 'drizzle-orm';
import type { Executor } from '../db/client';
import { users } from '../db/schema';
import { recordChange } from '../modules/audit/audit.service';
import { insertMeeting } from '../modules/meetings/meetings.repository';

/**
 * The demo's annual meeting: Stord – San Juan Comalapa's first, in San Juan Comalapa at the end of
 * the first project year, recorded by the partner coordinator, approving the next work plan and budget.
 */
export async function loadDemoMeetings(tx: Executor, partnershipIds: Map<string, string>): Promise<void> {
  const partnershipId = partnershipIds.get('stord-comalapa');
  if (!partnershipId) return;
  const [recorder] = await tx.select({ userId: users.id, name: users.name }).from(users).where(eq(users.email, 'comalapa@mic.example'));
  const row = await insertMeeting(tx, {
    partnershipId,
    meetingDate: '2025-11-20',
    place: 'Municipalidad de San Juan Comalapa, Guatemala',
    participants: [
      { name: 'Ingrid Sæbø', organisation: 'Stord kommune, koordinator' },
      { name: 'Lucía Morales', organisation: 'Municipalidad de San Juan Comalapa, coordinadora' },
      { name: 'Alcalde municipal', organisation: 'Municipalidad de San Juan Comalapa' },
      { name: 'Representante de KS', organisation: 'KS' },
    ],
    progressReviewed:
      'Se revisó el primer año: la recolección de residuos cubre dos de las cuatro zonas previstas y tres grupos de mujeres participan en los comités. El estudio de línea de base está terminado.',
    decisions: [
      { kind: 'approve_work_plan', text: 'Se aprueba el plan de trabajo 2026, con la ampliación de la recolección a la zona 3.' },
      { kind: 'approve_budget', text: 'Se aprueba el presupuesto 2026 según la solicitud anual.' },
    ],
    minutesDocumentId: null,
    createdBy: recorder?.userId ?? null,
  });
  const { createdAt, updatedAt, ...facts } = row;
  void createdAt;
  void updatedAt;
  await recordChange(tx, recorder ?? null, { action: 'meeting.created', entityType: 'annual_meeting', entityId: row.id, partnershipId, after: facts });
}
