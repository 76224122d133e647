import { isAdmin, type Actor } from '@mic/domain';

/** Everyone signed in reads the programme configuration (the forms need it). */
export function mayReadProgramme(actor: Actor): boolean {
  return !!actor.userId;
}

/** Only an administrator changes it. */
export function mayEditProgramme(actor: Actor): boolean {
  return isAdmin(actor);
}
