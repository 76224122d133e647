/** The shapes of the reports, audits and consolidated report API (issue 8), shared by server and web. */
import type { LocalizedText } from './i18n-text';
import type { ProgressStatus, ValueStatus } from './results-types';
import type {
  AuditFinding,
  AuditFlag,
  AuditOpinion,
  FinancialSummary,
  ProgrammeReportNarrative,
  PurposeResults,
  ReportAction,
  ReportContent,
  ReportMissingItem,
  ReportSection,
  ReportStatus,
} from './reports-types';

export interface ReportConfirmation {
  at: string;
  byName: string | null;
}

export interface ReportEventDto {
  from: ReportStatus | null;
  to: ReportStatus;
  at: string;
  byName: string | null;
  message: string | null;
  /** With a return: the programme office's comments per section. */
  comments: { section: ReportSection; comment: string }[];
}

/** An indicator's value for the report's year, read from the results framework. */
export interface ReportIndicatorDto {
  id: string;
  resultId: string;
  name: LocalizedText;
  unit: LocalizedText | null;
  target: number | null;
  actual: number | null;
  valueStatus: ValueStatus | null;
  progress: ProgressStatus;
  percent: number | null;
}

export interface AuditSummaryDto {
  id: string;
  year: number;
  opinion: AuditOpinion | null;
  complete: boolean;
}

/** GET /api/reports/:id */
export interface AnnualReportDto {
  id: string;
  partnershipId: string;
  partnershipTitle: string;
  fundingSource: string;
  year: number;
  status: ReportStatus;
  /** How many times it has been submitted (2 or more: resubmitted). */
  submissionCount: number;
  version: number;
  deadline: string | null;
  late: boolean;
  /** The project's final year: the report is accepted only with an audit. */
  finalYear: boolean;
  auditRequired: boolean;
  content: ReportContent;
  outcomes: { id: string; statement: LocalizedText; outputs: { id: string; statement: LocalizedText }[] }[];
  indicators: ReportIndicatorDto[];
  risks: { open: number; high: number; reviewedThisYear: number };
  financial: FinancialSummary;
  missing: ReportMissingItem[];
  confirmations: { home: ReportConfirmation | null; partner: ReportConfirmation | null };
  events: ReportEventDto[];
  versions: { number: number; submittedAt: string; byName: string | null }[];
  audit: AuditSummaryDto | null;
  auditFlag: AuditFlag | null;
  can: { edit: boolean; confirm: boolean; actions: ReportAction[]; setAuditRequired: boolean };
}

/** PUT /api/reports/:id/content answers with what changed by saving (the editor saves as you go). */
export interface ReportSavedDto {
  version: number;
  savedAt: string;
  missing: ReportMissingItem[];
  financial: FinancialSummary;
  confirmations: AnnualReportDto['confirmations'];
}

/** One submitted version, kept whole. */
export interface ReportVersionDto {
  number: number;
  submittedAt: string;
  byName: string | null;
  content: ReportContent;
}

export interface PartnershipReportRow {
  id: string;
  year: number;
  status: ReportStatus;
  submissionCount: number;
  deadline: string | null;
  late: boolean;
  submittedAt: string | null;
}

/** GET /api/partnerships/:id/reports */
export interface PartnershipReportsDto {
  items: PartnershipReportRow[];
  /** Project years without a report yet, that the coordinators may start. */
  canStart: number[];
  auditFlags: AuditFlag[];
}

export type ReportOverviewStatus = ReportStatus | 'not_started';

export interface ReportOverviewRow {
  reportId: string | null;
  partnershipId: string;
  partnershipTitle: string;
  fundingSource: string;
  year: number;
  status: ReportOverviewStatus;
  submissionCount: number;
  deadline: string | null;
  /** Submitted after the deadline. */
  late: boolean;
  /** Past the deadline and not submitted (or returned and not resubmitted). */
  overdue: boolean;
  submittedAt: string | null;
}

/** GET /api/programme/reports?year=&funding=&status=&q=&page=&pageSize= */
export interface ReportsOverviewDto {
  year: number;
  counts: Record<ReportOverviewStatus, number> & { overdue: number; late: number };
  items: ReportOverviewRow[];
  total: number;
  page: number;
  pageSize: number;
}

/** GET/PUT /api/audits/:id, GET /api/partnerships/:id/audits */
export interface AuditDto {
  id: string;
  partnershipId: string;
  year: number;
  firm: string;
  auditorName: string;
  periodStart: string | null;
  periodEnd: string | null;
  standard: string;
  opinion: AuditOpinion | null;
  reasonableAssurance: boolean;
  termsKept: boolean;
  reportDocumentId: string | null;
  managementLetterDocumentId: string | null;
  findings: AuditFinding[];
  /** Everything the programme needs is recorded: firm, auditor, period, opinion, assurance, terms, audit report. */
  complete: boolean;
  version: number;
  updatedAt: string;
  updatedByName: string | null;
  can: { edit: boolean };
}

export interface ConsolidatedPartnershipMoney {
  partnershipId: string;
  title: string;
  country: string;
  granted: number;
  paid: number;
  spent: number;
  unspent: number;
  reportStatus: ReportOverviewStatus;
  auditOpinion: AuditOpinion | null;
}

/** The data of the consolidated programme report for one funding source and year. */
export interface ConsolidatedDataDto {
  fundingSource: string;
  year: number;
  portfolio: {
    total: number;
    byRegion: { region: string; count: number }[];
    byCountry: { country: string; count: number }[];
    byPurpose: { purpose: string; count: number }[];
  };
  money: { rows: ConsolidatedPartnershipMoney[]; totals: { granted: number; paid: number; spent: number; unspent: number } };
  results: PurposeResults[];
  risks: { partnershipTitle: string; title: string; score: number; band: string; response: string }[];
  audits: { partnershipTitle: string; year: number; opinion: AuditOpinion | null; complete: boolean; openFindings: number }[];
  reports: Record<ReportOverviewStatus, number>;
}

/** GET /api/programme/consolidated-report?funding=&year= */
export interface ConsolidatedReportDto {
  fundingSource: string;
  year: number;
  narrative: ProgrammeReportNarrative;
  version: number;
  updatedAt: string | null;
  updatedByName: string | null;
  data: ConsolidatedDataDto;
  can: { edit: boolean };
}
