import {
  regionOfCountry,
  type Actor,
  type PartnershipDetailDto,
  type PartnershipDto,
  type PartnershipRole,
  type PartnershipStatus,
  type Region,
} from '@mic/domain';
import { capabilities } from './partnerships.policy';
import type { PartnershipSummaryRow } from './partnerships.repository';

export function presentPartnership(row: PartnershipSummaryRow, regions: Region[]): PartnershipDto {
  return {
    id: row.id,
    title: row.title,
    homeMunicipality: { id: row.homeId, name: row.homeName, country: row.homeCountry },
    partnerMunicipality: { id: row.partnerId, name: row.partnerName, country: row.partnerCountry },
    region: regionOfCountry({ regions }, row.partnerCountry)?.code ?? null,
    fundingSource: row.fundingSource,
    startYear: row.startYear,
    endYear: row.endYear,
    workingLanguage: row.workingLanguage,
    purposes: row.purposes,
    status: row.status as PartnershipStatus,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    myRole: (row.myRole as PartnershipRole | null) ?? null,
  };
}

export function presentDetail(
  row: PartnershipSummaryRow,
  members: { userId: string; name: string; email: string; role: string }[],
  regions: Region[],
  actor: Actor,
): PartnershipDetailDto {
  const summary = presentPartnership(row, regions);
  return {
    ...summary,
    members: members.map((m) => ({ ...m, role: m.role as PartnershipRole })),
    can: capabilities(actor, row.id, summary.status),
  };
}

/** What the audit log keeps of a partnership, before and after a change. */
export function snapshot(row: {
  title: string;
  homeMunicipalityId: string;
  partnerMunicipalityId: string;
  fundingSource: string;
  startYear: number;
  endYear: number;
  workingLanguage: string;
  purposes: string[];
  status: string;
  version: number;
}) {
  return {
    title: row.title,
    homeMunicipalityId: row.homeMunicipalityId,
    partnerMunicipalityId: row.partnerMunicipalityId,
    fundingSource: row.fundingSource,
    startYear: row.startYear,
    endYear: row.endYear,
    workingLanguage: row.workingLanguage,
    purposes: row.purposes,
    status: row.status,
    version: row.version,
  };
}
