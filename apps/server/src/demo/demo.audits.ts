import { createHash, randomUUID } from 'node:crypto';
import type { AuditFinding, AuditOpinion, DocumentCategory } from '@mic/domain';
import type { Executor } from '../db/client';
import { audits } from '../db/schema.reports';
import { recordChange } from '../modules/audit/audit.service';
import { insertDocument } from '../modules/documents/documents.repository';
import { auditFacts } from '../modules/documents/documents.service';
import { onePagePdf } from './demo.documents';

type Person = { userId: string; name: string } | null;

interface DemoAuditDocument {
  category: Extract<DocumentCategory, 'audit_report' | 'management_letter'>;
  fileName: string;
  documentDate: string;
  title: string;
  lines: string[];
}

interface DemoAudit {
  partnership: string;
  year: number;
  firm: string;
  auditorName: string;
  periodStart: string;
  periodEnd: string;
  opinion: AuditOpinion;
  recordedOn: string;
  documents: DemoAuditDocument[];
  findings: Omit<AuditFinding, 'id'>[];
}

/**
 * Gran – Mukono's final audit (ISA 805, unmodified, the whole project period) and the qualified
 * opinion on Klepp – Donji Vakuf's 2024 accounts that keeps its 2025 instalment withheld. The firms
 * and auditors are fictional; the PDFs hold Latin-1 text only.
 */
export const DEMO_AUDITS: DemoAudit[] = [
  {
    partnership: 'gran-mukono',
    year: 2025,
    firm: 'Hadeland Revisjon AS (fictional)',
    auditorName: 'Siri Løken, state authorised public accountant',
    periodStart: '2023-01-01',
    periodEnd: '2025-12-31',
    opinion: 'unmodified',
    recordedOn: '2026-06-10',
    documents: [
      {
        category: 'audit_report',
        fileName: 'Independent auditor’s report Gran-Mukono 2023-2025.pdf',
        documentDate: '2026-06-05',
        title: "Independent auditor's report - MIC project Gran - Mukono",
        lines: [
          'Special purpose financial statement for the project period 2023-2025 (ISA 805).',
          'Opinion: in our opinion the statement presents fairly, in all material respects,',
          'the income and expenditure of the project in accordance with the agreement with KS.',
          'Hadeland Revisjon AS (fictional), Siri Loken, state authorised public accountant.',
        ],
      },
      {
        category: 'management_letter',
        fileName: 'Management letter Gran-Mukono 2025.pdf',
        documentDate: '2026-06-05',
        title: 'Management letter - MIC project Gran - Mukono',
        lines: ['1. Per diem claims without boarding passes (two trips).', '2. Laptops of the revenue office not in the fixed-asset register.'],
      },
    ],
    findings: [
      {
        finding: 'Two per diem claims of the Gran team had no boarding passes attached.',
        action: 'Gran keeps boarding passes with every claim; a checklist was added to the travel routine.',
        due: '2026-08-31',
        status: 'closed',
      },
      {
        finding: 'The six laptops bought for the Mukono revenue office are not in the municipality’s fixed-asset register.',
        action: 'Mukono enters the equipment in the register and sends KS a copy of the updated register.',
        due: '2026-12-31',
        status: 'in_progress',
      },
    ],
  },
  {
    partnership: 'klepp-donjivakuf',
    year: 2024,
    firm: 'Revizija Vrbas d.o.o. (fictional)',
    auditorName: 'Selma Begić, certified auditor',
    periodStart: '2024-01-01',
    periodEnd: '2024-12-31',
    opinion: 'qualified',
    recordedOn: '2025-09-22',
    documents: [
      {
        category: 'audit_report',
        fileName: 'Audit report Klepp-Donji Vakuf 2024.pdf',
        documentDate: '2025-09-19',
        title: "Independent auditor's report - MIC project Klepp - Donji Vakuf 2024",
        lines: [
          'Special purpose financial statement for 2024 (ISA 805).',
          'Qualified opinion: vouchers were not available for BAM 14 200 of purchases',
          "for the citizens' service centre; except for the possible effects of this matter,",
          'the statement presents fairly, in all material respects, the project expenditure.',
        ],
      },
      {
        category: 'management_letter',
        fileName: 'Management letter Klepp-Donji Vakuf 2024.pdf',
        documentDate: '2025-09-19',
        title: 'Management letter - MIC project Klepp - Donji Vakuf 2024',
        lines: ["1. Missing vouchers for the citizens' service centre (BAM 14 200).", '2. Monthly bank reconciliations not signed.'],
      },
    ],
    findings: [
      {
        finding: 'Vouchers are missing for BAM 14 200 of purchases for the citizens’ service centre.',
        action: 'Donji Vakuf obtains copies from the suppliers and sends them to KS with its follow-up of the management letter.',
        due: '2025-12-31',
        status: 'in_progress',
      },
      {
        finding: 'The project account’s monthly bank reconciliations were not signed.',
        action: 'The head of finance signs the reconciliation every month.',
        due: '2025-11-30',
        status: 'closed',
      },
    ],
  },
];

/** Loads the demo audits with their documents (as uploaded by the programme office), each with its audit entry. */
export async function loadDemoAudits(tx: Executor, partnershipIds: Map<string, string>, officer: Person): Promise<void> {
  for (const a of DEMO_AUDITS) {
    const partnershipId = partnershipIds.get(a.partnership);
    if (!partnershipId) continue;
    const documentIds = new Map<string, string>();
    for (const d of a.documents) {
      const content = onePagePdf(d.title, d.lines);
      const seriesId = randomUUID();
      const row = await insertDocument(tx, {
        id: seriesId,
        seriesId,
        version: 1,
        partnershipId,
        fileName: d.fileName,
        mediaType: 'application/pdf',
        size: content.length,
        sha256: createHash('sha256').update(content).digest('hex'),
        content,
        category: d.category,
        side: null,
        language: 'en',
        documentDate: d.documentDate,
        uploadedBy: officer?.userId ?? null,
        uploadedByName: officer?.name ?? null,
      });
      documentIds.set(d.category, row.id);
      await recordChange(tx, officer, { action: 'document.uploaded', entityType: 'document', entityId: row.id, partnershipId, after: auditFacts(row) });
    }
    const at = new Date(`${a.recordedOn}T10:00:00Z`);
    const values = {
      partnershipId,
      year: a.year,
      firm: a.firm,
      auditorName: a.auditorName,
      periodStart: a.periodStart,
      periodEnd: a.periodEnd,
      standard: 'ISA 805',
      opinion: a.opinion,
      reasonableAssurance: true,
      termsKept: true,
      reportDocumentId: documentIds.get('audit_report') ?? null,
      managementLetterDocumentId: documentIds.get('management_letter') ?? null,
      findings: a.findings.map((f) => ({ id: randomUUID(), ...f })),
    };
    const [row] = await tx
      .insert(audits)
      .values({ ...values, updatedBy: officer?.userId ?? null, updatedByName: officer?.name ?? null, createdAt: at, updatedAt: at })
      .returning({ id: audits.id });
    const { partnershipId: _p, ...after } = values;
    void _p;
    await recordChange(tx, officer, { action: 'audit.created', entityType: 'audit', entityId: row!.id, partnershipId, after });
  }
}
