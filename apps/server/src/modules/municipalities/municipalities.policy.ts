import { isProgrammeOffice, type Actor } from '@mic/domain';

/** Everyone signed in may look municipalities up (forms pick from the register). */
export function mayReadMunicipalities(actor: Actor): boolean {
  return !!actor.userId;
}

/** The programme office (administrators and programme officers) keeps the register. */
export function mayManageMunicipalities(actor: Actor): boolean {
  return isProgrammeOffice(actor);
}
