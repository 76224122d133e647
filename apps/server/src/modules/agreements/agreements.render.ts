import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import PDFDocument from 'pdfkit';
import type { FilledAgreement } from './agreements.facts';

/** The agreement as a Word document: a title, then each section's heading and its paragraphs. */
export async function agreementDocx(a: FilledAgreement): Promise<Buffer> {
  const children: Paragraph[] = [new Paragraph({ text: a.title, heading: HeadingLevel.TITLE })];
  for (const s of a.sections) {
    children.push(new Paragraph({ text: s.heading, heading: HeadingLevel.HEADING_1 }));
    for (const line of s.body.split('\n')) children.push(new Paragraph({ children: [new TextRun(line)] }));
  }
  const doc = new Document({ title: a.title, creator: 'MIC Platform', sections: [{ children }] });
  return Packer.toBuffer(doc);
}

/** The agreement as a PDF in the standard Helvetica (WinAnsi covers æøå, ñ and the accents). */
export function agreementPdf(a: FilledAgreement): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', margin: 56, info: { Title: a.title, Creator: 'MIC Platform' } });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.font('Helvetica-Bold').fontSize(18).text(a.title);
    for (const s of a.sections) {
      doc.moveDown(1).font('Helvetica-Bold').fontSize(13).text(s.heading);
      doc.moveDown(0.3).font('Helvetica').fontSize(11).text(s.body);
    }
    doc.end();
  });
}
