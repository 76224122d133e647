import PDFDocument from 'pdfkit';
import type { Block, ReportDocument } from './consolidated.document';

const MARGIN = 56;
const FONT_SIZE = 9;
const PAD = 3;

/** Column widths: numbers take what they need, text shares the rest. */
function widthsOf(doc: PDFKit.PDFDocument, b: Extract<Block, { kind: 'table' }>, total: number): number[] {
  // Headings are drawn bold (wider), the cells regular; a point to spare so a fitting word never wraps.
  doc.font('Helvetica-Bold').fontSize(FONT_SIZE);
  const headings = b.headers.map((h) => doc.widthOfString(h));
  doc.font('Helvetica').fontSize(FONT_SIZE);
  const needed = b.headers.map((_, i) => Math.max(headings[i]!, ...b.rows.map((r) => doc.widthOfString(r[i] ?? ''))) + 2 * PAD + 1);
  const numericWidth = needed.reduce((n, w, i) => n + (b.numeric[i] ? Math.min(w, total / 3) : 0), 0);
  const textCount = b.numeric.filter((n) => !n).length || 1;
  const textNeeded = needed.reduce((n, w, i) => n + (b.numeric[i] ? 0 : w), 0);
  const left = Math.max(total - numericWidth, total / 4);
  return needed.map((w, i) => (b.numeric[i] ? Math.min(w, total / 3) : textNeeded <= left ? w + (left - textNeeded) / textCount : (w / textNeeded) * left));
}

function drawRow(doc: PDFKit.PDFDocument, cells: string[], widths: number[], numeric: boolean[], bold: boolean) {
  doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(FONT_SIZE);
  const height = Math.max(...cells.map((c, i) => doc.heightOfString(c, { width: widths[i]! - 2 * PAD }))) + 2 * PAD;
  if (doc.y + height > doc.page.height - MARGIN) doc.addPage();
  const top = doc.y;
  let x = MARGIN;
  cells.forEach((c, i) => {
    doc.text(c, x + PAD, top + PAD, { width: widths[i]! - 2 * PAD, align: numeric[i] ? 'right' : 'left' });
    x += widths[i]!;
  });
  doc
    .moveTo(MARGIN, top + height)
    .lineTo(x, top + height)
    .lineWidth(0.5)
    .strokeColor('#999999')
    .stroke();
  doc.x = MARGIN;
  doc.y = top + height;
}

function table(doc: PDFKit.PDFDocument, b: Extract<Block, { kind: 'table' }>) {
  const widths = widthsOf(doc, b, doc.page.width - 2 * MARGIN);
  doc.moveDown(0.5).font('Helvetica-Bold').fontSize(10).text(b.caption, MARGIN);
  doc.moveDown(0.2);
  drawRow(doc, b.headers, widths, b.numeric, true);
  b.rows.forEach((r, i) => drawRow(doc, r, widths, b.numeric, Boolean(b.totalRow && i === b.rows.length - 1)));
}

/** The consolidated report as a PDF in the standard Helvetica (WinAnsi covers æøå), tables drawn as grids of text. */
export function consolidatedPdf(d: ReportDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', margin: MARGIN, info: { Title: d.title, Creator: 'MIC Platform' } });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.font('Helvetica-Bold').fontSize(18).text(d.title);
    doc.moveDown(0.3).font('Helvetica-Oblique').fontSize(11).text(d.subtitle);
    for (const b of d.blocks) {
      if (b.kind === 'heading') doc.moveDown(b.level === 1 ? 1 : 0.6).font('Helvetica-Bold').fontSize(b.level === 1 ? 14 : 12).text(b.text, MARGIN);
      else if (b.kind === 'paragraph') doc.moveDown(0.3).font(b.note ? 'Helvetica-Oblique' : 'Helvetica').fontSize(11).text(b.text, MARGIN);
      else table(doc, b);
    }
    doc.end();
  });
}
