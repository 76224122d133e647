import { describe, expect, it } from 'vitest';
import type { ActualValueDto, ResultsCapabilities, ValueStatus } from '@mic/domain';
import { valueActions } from './value-actions';

const can = (changes: Partial<ResultsCapabilities> = {}): ResultsCapabilities => ({
  edit: false,
  approvePartnerValues: false,
  approveHomeValues: false,
  comment: false,
  uploadDocuments: false,
  ...changes,
});

const value = (status: ValueStatus) => ({ status }) as ActualValueDto;
const on = (a: object) => Object.entries(a).filter(([, v]) => v).map(([k]) => k).sort();

describe('the buttons for a year’s value', () => {
  const partnerCoordinator = can({ edit: true, approvePartnerValues: true, comment: true, uploadDocuments: true });
  const homeCoordinator = can({ edit: true, approveHomeValues: true, comment: true, uploadDocuments: true });
  const officer = can({ approvePartnerValues: true, approveHomeValues: true, comment: true, uploadDocuments: true });

  it('lets editors enter a value where there is none, and nobody else', () => {
    expect(on(valueActions(homeCoordinator, 'partner', null))).toEqual(['enter']);
    expect(on(valueActions(officer, 'partner', null))).toEqual([]);
  });

  it('lets editors change, submit and delete a draft', () => {
    expect(on(valueActions(homeCoordinator, 'partner', value('draft')))).toEqual(['delete', 'edit', 'submit']);
    expect(on(valueActions(homeCoordinator, 'home', value('returned')))).toEqual(['delete', 'edit', 'submit']);
  });

  it('lets only the approving side approve or return a submitted value', () => {
    // A result of both municipalities is approved on the partner's side.
    expect(on(valueActions(partnerCoordinator, 'both', value('submitted')))).toEqual(['approve', 'delete', 'edit', 'return']);
    expect(on(valueActions(homeCoordinator, 'both', value('submitted')))).toEqual(['delete', 'edit']);
    expect(on(valueActions(homeCoordinator, 'home', value('submitted')))).toEqual(['approve', 'delete', 'edit', 'return']);
    expect(on(valueActions(officer, 'home', value('submitted')))).toEqual(['approve', 'return']);
  });

  it('locks an approved value: only its approvers change it, with a reason', () => {
    expect(on(valueActions(partnerCoordinator, 'partner', value('approved')))).toEqual(['changeApproved']);
    expect(on(valueActions(homeCoordinator, 'partner', value('approved')))).toEqual([]);
    expect(on(valueActions(can(), 'partner', value('approved')))).toEqual([]);
  });
});
