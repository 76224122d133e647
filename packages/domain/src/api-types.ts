/**
 * The shapes the API answers with, shared by the server (its zod contracts are checked against
 * these) and the web app (its typed client uses them).
 */
import type { GlobalRole, PartnershipRole } from './access';
import type { PartnershipStatus } from './partnership';
import type { LocalizedText } from './i18n-text';
import type { DocumentCategory } from './documents';

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export const DEFAULT_PAGE_SIZE = 25;
export const MAX_PAGE_SIZE = 100;

export interface MunicipalityDto {
  id: string;
  name: string;
  country: string;
  orgNumber: string | null;
  /** 'home' for a Norwegian municipality, 'partner' otherwise. */
  kind: 'home' | 'partner';
  /** The programme region of a partner municipality, when its country is eligible. */
  region: string | null;
  /** Send it back with PUT /api/municipalities/{id}: an edit on an older version is refused (409 CONFLICT). */
  version: number;
}

export interface MunicipalityRef {
  id: string;
  name: string;
  country: string;
}

export interface PartnershipDto {
  id: string;
  title: string;
  homeMunicipality: MunicipalityRef;
  partnerMunicipality: MunicipalityRef;
  region: string | null;
  fundingSource: string;
  startYear: number;
  endYear: number;
  workingLanguage: string;
  purposes: string[];
  status: PartnershipStatus;
  version: number;
  createdAt: string;
  updatedAt: string;
  /** The caller's own role in this partnership, if any. */
  myRole: PartnershipRole | null;
}

export interface PartnershipMemberDto {
  userId: string;
  name: string;
  email: string;
  role: PartnershipRole;
}

export interface PartnershipDetailDto extends PartnershipDto {
  members: PartnershipMemberDto[];
  /**
   * What the caller may do here, so the page shows only what will work. `uploadCategories`: the document categories the caller may upload (an auditor: the audit report and management letter).
   */
  can: { edit: boolean; changeStatusTo: PartnershipStatus[]; manageMembers: boolean; uploadCategories: DocumentCategory[] };
}

export interface AuditEntryDto {
  id: number;
  at: string;
  actorName: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
}

/** A page of a partnership's history, newest first; `nextBefore` is null on the last page. */
export interface AuditHistoryDto {
  items: AuditEntryDto[];
  nextBefore: number | null;
}

export interface UserDto {
  id: string;
  email: string;
  name: string;
  globalRole: GlobalRole | null;
  language: string;
  disabled: boolean;
  memberships: { partnershipId: string; partnershipTitle: string; role: PartnershipRole }[];
  /** Send it back with PATCH /api/users/{id}: an edit on an older version is refused (409 CONFLICT). */
  version: number;
}

export interface InvitationDto {
  id: string;
  email: string;
  name: string;
  globalRole: GlobalRole | null;
  partnershipId: string | null;
  partnershipRole: PartnershipRole | null;
  language: string;
  expiresAt: string;
  /** Shown once, when the invitation is created. */
  link?: string;
  /** True when the link was also sent by e-mail. */
  emailed?: boolean;
}

export interface ProgrammeDto {
  id: string;
  code: string;
  name: LocalizedText;
  goal: LocalizedText;
  maxPurposes: number;
  projectYears: number;
  workingLanguages: string[];
  purposes: { code: string; name: LocalizedText }[];
  regions: { code: string; name: LocalizedText; countries: string[] }[];
  fundingSources: { code: string; name: LocalizedText; iatiOrgId: string | null }[];
  /** Send it back with PUT /api/programme: a save on an older version is refused (409 CONFLICT). */
  version: number;
}

export interface CommentDto {
  id: string;
  entityType: string;
  entityId: string;
  authorName: string;
  body: string;
  createdAt: string;
}
