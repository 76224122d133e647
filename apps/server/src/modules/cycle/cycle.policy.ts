import { isProgrammeOffice, type Actor } from '@mic/domain';

/**
 * Who may do what with the yearly cycle. Everyone signed in reads the cycle, its dates and the
 * deadlines; only the programme office (administrators and programme officers) changes them and
 * records a partnership's deadline as met.
 */
export function mayReadCycle(actor: Actor): boolean {
  return !!actor.userId;
}

export function mayEditCycle(actor: Actor): boolean {
  return isProgrammeOffice(actor);
}

export function mayMarkDeadlineMet(actor: Actor): boolean {
  return isProgrammeOffice(actor);
}
