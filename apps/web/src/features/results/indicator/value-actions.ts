import { approverSideOf, nextValueStatus, type ActualValueDto, type ResultOwner, type ResultsCapabilities } from '@mic/domain';

export interface ValueActions {
  /** Enter the year's first value. */
  enter: boolean;
  /** Change a value that is not approved (a submitted or returned one goes back to draft). */
  edit: boolean;
  /** Change an approved value, with a reason that the log keeps: its approvers only. */
  changeApproved: boolean;
  submit: boolean;
  approve: boolean;
  return: boolean;
  delete: boolean;
}

/** Whether the user may approve and return the values of a result with this owner. */
export function mayApprove(can: ResultsCapabilities, owner: ResultOwner): boolean {
  return approverSideOf(owner) === 'partner' ? can.approvePartnerValues : can.approveHomeValues;
}

/**
 * The buttons a user gets for one year's value: what the server's `can` allows them, and what the
 * value's workflow (VALUE_TRANSITIONS in @mic/domain) allows from its status.
 */
export function valueActions(can: ResultsCapabilities, owner: ResultOwner, value: ActualValueDto | null): ValueActions {
  const approver = mayApprove(can, owner);
  if (!value) return { enter: can.edit, edit: false, changeApproved: false, submit: false, approve: false, return: false, delete: false };
  const approved = value.status === 'approved';
  return {
    enter: false,
    edit: can.edit && !approved,
    changeApproved: approved && approver,
    submit: can.edit && nextValueStatus(value.status, 'submit') !== null,
    approve: approver && nextValueStatus(value.status, 'approve') !== null,
    return: approver && nextValueStatus(value.status, 'return') !== null,
    delete: can.edit && !approved,
  };
}
