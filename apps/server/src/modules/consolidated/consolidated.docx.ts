import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableRow, TableCell, TextRun, WidthType } from 'docx';
import type { Block, ReportDocument } from './consolidated.document';

function cell(text: string, opts: { bold?: boolean; right?: boolean }) {
  return new TableCell({
    children: [new Paragraph({ alignment: opts.right ? AlignmentType.RIGHT : AlignmentType.LEFT, children: [new TextRun({ text, bold: opts.bold })] })],
  });
}

/** A real Word table (header row repeated on each page) with its caption above it, so the office can edit it. */
function table(b: Extract<Block, { kind: 'table' }>): (Paragraph | Table)[] {
  const header = new TableRow({ tableHeader: true, children: b.headers.map((h, i) => cell(h, { bold: true, right: b.numeric[i] })) });
  const rows = b.rows.map(
    (r, index) => new TableRow({ children: r.map((v, i) => cell(v, { right: b.numeric[i], bold: b.totalRow && index === b.rows.length - 1 })) }),
  );
  return [
    new Paragraph({ children: [new TextRun({ text: b.caption, bold: true })], spacing: { before: 160, after: 80 } }),
    new Table({ rows: [header, ...rows], width: { size: 100, type: WidthType.PERCENTAGE } }),
  ];
}

/** The consolidated report as an editable Word document: headings, paragraphs and tables. */
export async function consolidatedDocx(d: ReportDocument): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [
    new Paragraph({ text: d.title, heading: HeadingLevel.TITLE }),
    new Paragraph({ children: [new TextRun({ text: d.subtitle, italics: true })] }),
  ];
  for (const b of d.blocks) {
    if (b.kind === 'heading') children.push(new Paragraph({ text: b.text, heading: b.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2 }));
    else if (b.kind === 'paragraph') children.push(new Paragraph({ children: [new TextRun({ text: b.text, italics: b.note })] }));
    else children.push(...table(b));
  }
  const doc = new Document({ title: d.title, creator: 'MIC Platform', sections: [{ children }] });
  return Packer.toBuffer(doc);
}
