import { createHash, randomUUID } from 'node:crypto';
import { inArray } from 'drizzle-orm';
import type { DocumentCategory, MunicipalitySide } from '@mic/domain';
import type { Executor } from '../db/client';
import { users } from '../db/schema';
import { recordChange } from '../modules/audit/audit.service';
import { insertDocument, supersede } from '../modules/documents/documents.repository';
import { auditFacts } from '../modules/documents/documents.service';

/** One version of a demo document: a one-page PDF with a title and a few lines. */
interface DemoVersion {
  fileName: string;
  language: string;
  documentDate: string;
  uploadedBy: string;
  title: string;
  lines: string[];
}

interface DemoDocument {
  partnership: string;
  category: DocumentCategory;
  side: MunicipalitySide | null;
  /** Oldest first; the last is the current version. */
  versions: DemoVersion[];
}

const DEMO_DOCUMENTS: DemoDocument[] = [
  {
    partnership: 'stord-comalapa',
    category: 'council_decision',
    side: 'home',
    versions: [
      {
        fileName: 'Kommunestyrevedtak 2024-06-20 sak 45-24.pdf',
        language: 'nb',
        documentDate: '2024-06-20',
        uploadedBy: 'stord@mic.example',
        title: 'Stord kommune - Kommunestyret, sak 45/24',
        lines: [
          'Vedtak: Stord kommune inngår et kommunalt samarbeid med San Juan Comalapa,',
          'Guatemala, om avfallshåndtering og kvinners deltakelse, 2025-2027.',
          'Kommunedirektøren gis fullmakt til å søke MIC-programmet om støtte.',
        ],
      },
    ],
  },
  {
    partnership: 'stord-comalapa',
    category: 'international_strategy',
    side: null,
    versions: [
      {
        fileName: 'Internasjonal strategi Stord 2024-2028.pdf',
        language: 'nb',
        documentDate: '2024-03-14',
        uploadedBy: 'stord@mic.example',
        title: 'Internasjonal strategi for Stord kommune 2024-2028',
        lines: ['Mål: kunnskapsdeling om kommunale kjerneoppgaver med partnere i sør.', 'Prioritet: miljø, avfall og likestilling.'],
      },
    ],
  },
  {
    partnership: 'stord-comalapa',
    category: 'code_of_ethics',
    side: 'home',
    versions: [
      {
        fileName: 'Etiske retningslinjer Stord.pdf',
        language: 'nb',
        documentDate: '2024-09-02',
        uploadedBy: 'stord@mic.example',
        title: 'Etiske retningslinjer - MIC-samarbeidet (Stord kommune)',
        lines: ['Nulltoleranse for korrupsjon og seksuell utnyttelse.', 'Signert av ordfører og kommunedirektør.'],
      },
    ],
  },
  {
    partnership: 'stord-comalapa',
    category: 'code_of_ethics',
    side: 'partner',
    versions: [
      {
        fileName: 'Código de Ética Comalapa 2024.pdf',
        language: 'es',
        documentDate: '2024-09-10',
        uploadedBy: 'comalapa@mic.example',
        title: 'Código de Ética - Municipalidad de San Juan Comalapa',
        lines: ['Borrador sin firma del alcalde.'],
      },
      {
        fileName: 'Código de Ética Comalapa firmado.pdf',
        language: 'es',
        documentDate: '2024-10-01',
        uploadedBy: 'comalapa@mic.example',
        title: 'Código de Ética - Municipalidad de San Juan Comalapa',
        lines: ['Cero tolerancia a la corrupción y a la explotación sexual.', 'Firmado por el alcalde municipal.'],
      },
    ],
  },
];

/** A minimal valid one-page PDF (PDF 1.4, Helvetica) showing a title and lines of Latin-1 text. */
export function onePagePdf(title: string, lines: string[]): Buffer {
  const esc = (s: string) => s.replace(/[\\()]/g, (c) => `\\${c}`);
  const text = [`BT /F1 16 Tf 72 760 Td (${esc(title)}) Tj ET`, ...lines.map((l, i) => `BT /F1 11 Tf 72 ${730 - i * 16} Td (${esc(l)}) Tj ET`)].join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    `<< /Length ${Buffer.byteLength(text, 'latin1')} >>\nstream\n${text}\nendstream`,
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(pdf, 'latin1'));
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(pdf, 'latin1');
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}

/**
 * Loads the demo documents (council decision, international strategy, both Codes of Ethics, one with
 * an earlier version) into the demo partnerships, inside the demo's transaction, each with its audit entry.
 */
export async function loadDemoDocuments(tx: Executor, partnershipIds: Map<string, string>): Promise<void> {
  const emails = [...new Set(DEMO_DOCUMENTS.flatMap((d) => d.versions.map((v) => v.uploadedBy)))];
  const people = await tx.select({ userId: users.id, name: users.name, email: users.email }).from(users).where(inArray(users.email, emails));
  for (const doc of DEMO_DOCUMENTS) {
    const partnershipId = partnershipIds.get(doc.partnership);
    if (!partnershipId) continue;
    const seriesId = randomUUID();
    let previous: { id: string } | null = null;
    for (const [i, v] of doc.versions.entries()) {
      const uploader = people.find((p) => p.email === v.uploadedBy) ?? null;
      const content = onePagePdf(v.title, v.lines);
      if (previous) await supersede(tx, previous.id, new Date(`${v.documentDate}T12:00:00Z`));
      const row = await insertDocument(tx, {
        id: i === 0 ? seriesId : undefined,
        seriesId,
        version: i + 1,
        partnershipId,
        fileName: v.fileName,
        mediaType: 'application/pdf',
        size: content.length,
        sha256: createHash('sha256').update(content).digest('hex'),
        content,
        category: doc.category,
        side: doc.side,
        language: v.language,
        documentDate: v.documentDate,
        uploadedBy: uploader?.userId ?? null,
        uploadedByName: uploader?.name ?? null,
      });
      await recordChange(tx, uploader, {
        action: i === 0 ? 'document.uploaded' : 'document.replaced',
        entityType: 'document',
        entityId: row.id,
        partnershipId,
        after: auditFacts(row),
      });
      previous = row;
    }
  }
}
