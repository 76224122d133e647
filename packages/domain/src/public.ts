import type { IatiSettings } from './public-types';
import { PUBLIC_PARTNERSHIP_STATUSES } from './public-types';
import type { PartnershipStatus } from './partnership';

/** The IATI activity identifier of a partnership: the reporting organisation's identifier, then the partnership's id. */
export function iatiIdentifier(settings: Pick<IatiSettings, 'reportingOrgRef'>, partnershipId: string): string {
  return `${settings.reportingOrgRef}-${partnershipId}`;
}

export function isPublicStatus(status: PartnershipStatus | string): boolean {
  return (PUBLIC_PARTNERSHIP_STATUSES as readonly string[]).includes(status);
}
