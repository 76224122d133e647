import { isProgrammeOffice, type Actor } from '@mic/domain';

/**
 * What the public sees of a partnership is the programme office's decision: the office (and the
 * administrator) read and change it; members of the partnership see that it exists but not the settings.
 */
export function mayManagePublication(actor: Actor): boolean {
  return isProgrammeOffice(actor);
}
