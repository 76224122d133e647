import {
  APPLICATION_ACTIONS,
  APPLICATION_ACTION_RULES,
  checkApplicationTransition,
  isApplicationEditable,
  isProgrammeOffice,
  roleIn,
  seesWholeProgramme,
  type Actor,
  type ApplicationAction,
  type ApplicationStatus,
  type MunicipalitySide,
} from '@mic/domain';
import { mayView } from '../partnerships/partnerships.policy';

/**
 * Who may do what with applications: the partnership's two coordinators write, confirm and submit
 * it; the programme office starts one, appraises and decides; everyone who sees the partnership
 * (auditors, viewers, donor viewers) reads it.
 */
export function mayReadApplications(actor: Actor, partnershipId: string): boolean {
  return mayView(actor, partnershipId);
}

/** The side a coordinator confirms for: home or partner; null for anyone else. */
export function coordinatorSide(actor: Actor, partnershipId: string): MunicipalitySide | null {
  const role = roleIn(actor, partnershipId);
  if (role === 'home_coordinator') return 'home';
  if (role === 'partner_coordinator') return 'partner';
  return null;
}

export function mayWriteApplication(actor: Actor, partnershipId: string): boolean {
  return coordinatorSide(actor, partnershipId) !== null;
}

/** Starting an application for a year: its coordinators or the programme office. */
export function mayCreateApplication(actor: Actor, partnershipId: string): boolean {
  return isProgrammeOffice(actor) || mayWriteApplication(actor, partnershipId);
}

/** The programme office sees the whole appraisal, internal notes and recommendation included. */
export function seesInternalAppraisal(actor: Actor): boolean {
  return isProgrammeOffice(actor);
}

export function mayTakeAction(actor: Actor, partnershipId: string, action: ApplicationAction): boolean {
  return APPLICATION_ACTION_RULES[action].by === 'programme_office' ? isProgrammeOffice(actor) : mayWriteApplication(actor, partnershipId);
}

/** The programme-wide overview: the programme office and the donors' viewers. */
export function mayReadOverview(actor: Actor): boolean {
  return seesWholeProgramme(actor);
}

export function applicationCan(actor: Actor, partnershipId: string, status: ApplicationStatus) {
  const editable = isApplicationEditable(status);
  const writer = mayWriteApplication(actor, partnershipId);
  const actions = APPLICATION_ACTIONS.filter((a) => mayTakeAction(actor, partnershipId, a) && checkApplicationTransition(status, a).length === 0);
  return {
    edit: editable && writer,
    confirm: editable && writer,
    submit: actions.includes('submit'),
    appraise: isProgrammeOffice(actor) && (status === 'submitted' || status === 'in_appraisal'),
    actions,
  };
}
