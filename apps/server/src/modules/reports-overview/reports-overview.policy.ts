import { isProgrammeOffice, roleIn, seesWholeProgramme, type Actor } from '@mic/domain';

/** The programme office, the administrator and the donors' viewers follow every partnership's reporting. */
export function mayReadOverview(actor: Actor): boolean {
  return seesWholeProgramme(actor);
}

/**
 * A report (and its submitted versions) is read by the partnership's members and the programme office;
 * the donors' viewers see it only once accepted, since until then it is work in progress.
 */
export function mayReadReport(actor: Actor, report: { partnershipId: string; status: string }): boolean {
  if (isProgrammeOffice(actor) || roleIn(actor, report.partnershipId) !== null) return true;
  return actor.globalRole === 'donor_viewer' && report.status === 'accepted';
}
