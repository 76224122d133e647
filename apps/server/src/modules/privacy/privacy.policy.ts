import { DomainError, type Actor } from '@mic/domain';

/**
 * Who may be anonymised or deleted: never the administrator doing it (409 PERSON_IS_SELF), and never
 * the last enabled administrator (409 LAST_ADMIN), so that someone is always left to manage accounts.
 */
export function assertMayRemovePerson(actor: Actor, target: { id: string; globalRole: string | null; disabledAt: Date | null }, otherActiveAdmins: number): void {
  if (actor.userId === target.id) throw new DomainError('PERSON_IS_SELF');
  if (target.globalRole === 'admin' && target.disabledAt === null && otherActiveAdmins === 0) throw new DomainError('LAST_ADMIN');
}
