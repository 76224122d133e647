import type { IatiCheckDto, IatiProblemCode } from '@mic/domain';

export type Problem = IatiCheckDto['items'][number]['problems'][number];

/** Where the programme office fixes a problem; the sectors are fixed in the settings on this very page. */
export function fixPath(code: IatiProblemCode, partnershipId: string, params: Problem['params'] = {}): string {
  const p = `/partnerships/${encodeURIComponent(partnershipId)}`;
  const indicatorId = typeof params.indicatorId === 'string' ? params.indicatorId : null;
  switch (code) {
    case 'not_public':
      return p;
    case 'no_partner_country':
    case 'no_description':
      return `${p}/edit`;
    case 'no_purpose_sector':
      return '#iati-settings-heading';
    case 'no_budget':
      return `${p}/budget`;
    case 'no_transactions':
      return `${p}/payments`;
    case 'no_results':
      return `${p}/results`;
    case 'indicator_without_baseline':
    case 'indicator_without_target':
      return indicatorId ? `${p}/results/indicators/${encodeURIComponent(indicatorId)}/edit` : `${p}/results`;
    case 'funding_org_unknown':
      return '/programme';
  }
}
