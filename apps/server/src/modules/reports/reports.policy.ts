import {
  REPORT_ACTIONS,
  REPORT_ACTION_RULES,
  checkReportTransition,
  isProgrammeOffice,
  isReportEditable,
  roleIn,
  type Actor,
  type MunicipalitySide,
  type ReportAction,
  type ReportStatus,
} from '@mic/domain';
import { mayView } from '../partnerships/partnerships.policy';

/**
 * Who may do what with annual reports: the partnership's two coordinators write, confirm and submit;
 * the programme office reviews (return, accept, reopen, require an audit) and may edit; auditors and
 * viewers of the partnership read; the donors' viewers read accepted reports only.
 */
export function mayReadReport(actor: Actor, partnershipId: string, status: ReportStatus): boolean {
  if (!mayView(actor, partnershipId)) return false;
  if (actor.globalRole === 'donor_viewer' && roleIn(actor, partnershipId) === null) return status === 'accepted';
  return true;
}

/** Whether the actor sees the partnership's report list at all (donor viewers: its accepted reports). */
export function mayListReports(actor: Actor, partnershipId: string): boolean {
  return mayView(actor, partnershipId);
}

export function onlyAccepted(actor: Actor, partnershipId: string): boolean {
  return actor.globalRole === 'donor_viewer' && roleIn(actor, partnershipId) === null;
}

/** The side a coordinator confirms for; null for anyone else. */
export function reportSide(actor: Actor, partnershipId: string): MunicipalitySide | null {
  const role = roleIn(actor, partnershipId);
  if (role === 'home_coordinator') return 'home';
  if (role === 'partner_coordinator') return 'partner';
  return null;
}

/** Writing the content and starting a report: the coordinators and the programme office. */
export function mayWriteReport(actor: Actor, partnershipId: string): boolean {
  return isProgrammeOffice(actor) || reportSide(actor, partnershipId) !== null;
}

export function mayTakeReportAction(actor: Actor, partnershipId: string, action: ReportAction): boolean {
  return REPORT_ACTION_RULES[action].by === 'programme_office' ? isProgrammeOffice(actor) : reportSide(actor, partnershipId) !== null;
}

export function reportCan(actor: Actor, partnershipId: string, status: ReportStatus, finalYear: boolean) {
  const editable = isReportEditable(status);
  return {
    edit: editable && mayWriteReport(actor, partnershipId),
    confirm: editable && reportSide(actor, partnershipId) !== null,
    actions: REPORT_ACTIONS.filter((a) => mayTakeReportAction(actor, partnershipId, a) && checkReportTransition(status, a).length === 0),
    setAuditRequired: isProgrammeOffice(actor) && !finalYear && status !== 'accepted',
  };
}
