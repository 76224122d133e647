import type { DocumentCategory, PublicField, ReportAction, WorkPlanContent } from '@mic/domain';
import type { Db } from '../../../apps/server/src/db/client';
import { createAuditBody } from '../../../apps/server/src/modules/audits/audits.contract';
import { createAudit } from '../../../apps/server/src/modules/audits/audits.service';
import { uploadQuery } from '../../../apps/server/src/modules/documents/documents.contract';
import { documentPublicationBody, publicationSettingsBody } from '../../../apps/server/src/modules/publication/publication.contract';
import { publicationOf, setDocumentPublication, updatePublication } from '../../../apps/server/src/modules/publication/publication.service';
import { checkFile, uploadDocument } from '../../../apps/server/src/modules/documents/documents.service';
import { actionBody, saveBody } from '../../../apps/server/src/modules/reports/reports.contract';
import * as reportsRepo from '../../../apps/server/src/modules/reports/reports.repository';
import { confirmReport, createReport, saveContent, setAuditRequired } from '../../../apps/server/src/modules/reports/reports.service';
import { takeReportAction } from '../../../apps/server/src/modules/reports/reports.workflow';
import type { Framework, Team } from './archetypes.framework';
import { at, type ArchetypeSpec } from './archetypes.specs';

/** A one-page PDF that any reader opens: the title as its only text. Offsets are computed, not guessed. */
export function tinyPdf(title: string): Buffer {
  const text = title.replace(/[()\\]/g, ' ').replace(/[^\x20-\x7e]/g, '?');
  const stream = `BT /F1 14 Tf 72 760 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/** Uploads a small PDF through the documents service, as the office or a coordinator would. */
export async function upload(db: Db, actor: Team['office'], pid: string, spec: ArchetypeSpec, category: DocumentCategory, side: 'home' | 'partner' | undefined, date: string): Promise<string> {
  const fileName = `${category.replace(/_/g, '-')}${side ? `-${side}` : ''}-${spec.key}.pdf`;
  const query = uploadQuery.parse({ fileName, category, side, language: spec.language, documentDate: date });
  const doc = await uploadDocument(db, actor, pid, query, await checkFile(fileName, tinyPdf(`${spec.title} - ${category} ${date}`)));
  return doc.id;
}

/** What an application needs on file: the council decision and both Codes of Ethics; returns the decision's id. */
export async function uploadApplicationDocuments(db: Db, team: Team, pid: string, spec: ArchetypeSpec): Promise<string> {
  const date = `${spec.startYear - 1}-09-20`;
  const decision = await upload(db, team.home, pid, spec, 'council_decision', 'home', date);
  await upload(db, team.home, pid, spec, 'code_of_ethics', 'home', date);
  await upload(db, team.partner, pid, spec, 'code_of_ethics', 'partner', date);
  return decision;
}

/** What the public page shows: the council decision published; some partnerships hold a part back. */
export async function publish(db: Db, team: Team, pid: string, decisionId: string, hidden: PublicField[]) {
  await setDocumentPublication(db, team.office, pid, decisionId, documentPublicationBody.parse({ published: true }));
  if (!hidden.length) return;
  // On the version the office sees now, as its form would send it (publishing moved it on).
  const { version } = await publicationOf(db, team.office, pid);
  await updatePublication(db, team.office, pid, publicationSettingsBody.parse({ version, hidden }));
}

export type ReportEnd = 'accepted' | 'submitted' | 'returned' | 'draft';

async function reportVersion(db: Db, id: string) {
  return (await reportsRepo.findReport(db, id))!.version;
}

/** The narrative and the actuals of every line (spent a little under plan, explained). */
function contentOf(fw: Framework, plan: WorkPlanContent, year: number) {
  const outcomes = ['o1', 'o2'].map((k) => ({ resultId: fw.results.get(k)!, contribution: `In ${year} the outputs under this outcome were delivered as planned; see the indicator notes.` }));
  const lines = plan.lines.map((l, i) => {
    const share = i % 3 === 0 ? 0.93 : 1;
    if (l.local) return { lineId: l.id, actual: null, localActual: Math.round((l.local.amount * share) / 100) * 100, explanation: share < 1 ? 'Lower prices than budgeted.' : '' };
    return { lineId: l.id, actual: Math.round(l.amount * share), localActual: null, explanation: share < 1 ? 'One trip combined with the annual meeting.' : '' };
  });
  return {
    narrative: {
      outcomes,
      indicatorNotes: 'Most indicators met their targets; the hearings indicator lagged in the rainy season.',
      riskReview: 'The register was reviewed at the annual meeting; the storm risk materialised once and was handled.',
      homeLearning: 'The home municipality adopted the partner’s open-hearing format for its own budget.',
      lessons: 'Shorter exchange visits with clear tasks gave more than long ones.',
      visibility: { home: 'Article in the local newspaper and a council briefing.', partner: 'Radio programme and posters in every district.' },
    },
    financial: { lines, unspentExplanation: 'The unspent amount is returned with the final account.' },
  };
}

const REPORT_ACTOR = { submit: 'home', return: 'office', accept: 'office', reopen: 'office' } as const;

async function act(db: Db, team: Team, id: string, action: ReportAction, date: string, extra: Record<string, unknown> = {}) {
  await takeReportAction(db, team[REPORT_ACTOR[action]], id, action, actionBody.parse({ version: await reportVersion(db, id), ...extra }), at(date));
}

/**
 * The annual report of `year`: drafted and filled by the coordinators, confirmed by both sides,
 * submitted, then accepted or returned by the office. An accepted final or marked year needs its audit.
 */
export async function reportYear(db: Db, team: Team, spec: ArchetypeSpec, pid: string, fw: Framework, plan: WorkPlanContent, year: number, end: ReportEnd, audit: boolean): Promise<void> {
  const id = await createReport(db, team.home, pid, year);
  const content = contentOf(fw, plan, year);
  await saveContent(db, team.partner, id, saveBody.parse({ version: await reportVersion(db, id), content }), at(`${year + 1}-01-25`));
  if (end === 'draft') return;
  if (audit && year !== spec.startYear + 2) await setAuditRequired(db, team.office, id, true, at(`${year + 1}-01-30`));
  await confirmReport(db, team.partner, id, at(`${year + 1}-02-10`));
  await confirmReport(db, team.home, id, at(`${year + 1}-02-12`));
  await act(db, team, id, 'submit', `${year + 1}-02-14`);
  if (end === 'submitted') return;
  if (end === 'returned') {
    await act(db, team, id, 'return', `${year + 1}-03-20`, { comments: [{ section: 'financial', comment: 'Please explain the lower spending on workshops.' }] });
    return;
  }
  if (audit) await auditYear(db, team, spec, pid, year);
  await act(db, team, id, 'accept', `${year + 1}-04-15`, { message: 'Accepted with thanks.' });
}

/** The year's audit by the office: the auditor's report on file, an unmodified opinion, one finding. */
async function auditYear(db: Db, team: Team, spec: ArchetypeSpec, pid: string, year: number) {
  const reportDocumentId = await upload(db, team.office, pid, spec, 'audit_report', undefined, `${year + 1}-03-30`);
  const body = createAuditBody.parse({
    year,
    firm: 'Revisjon Vest AS',
    auditorName: 'Hilde Aasen',
    periodStart: `${year}-01-01`,
    periodEnd: `${year}-12-31`,
    standard: 'ISA 800',
    opinion: 'unmodified',
    reasonableAssurance: true,
    termsKept: true,
    reportDocumentId,
    findings: [{ finding: 'Two receipts for per diem were missing.', action: 'Receipts kept in the project binder from now on.', due: `${year + 1}-06-30`, status: 'closed' }],
  });
  await createAudit(db, team.office, pid, body);
}
