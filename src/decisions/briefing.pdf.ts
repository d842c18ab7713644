/**
 * The conflicts briefing as a printable A4 PDF, drawn from the same outline as the email's
 * text. Only the standard PDF fonts are used, so nothing is read from disk or the network.
 */
import PDFDocument from 'pdfkit';
import { longDate, type Briefing } from '../engine';
import { briefingOutline, type Block } from './briefing.document';

const MARGIN = 56;
const HEADING_SIZES = { 1: 17, 2: 13.5, 3: 11.5 } as const;
const BODY_SIZE = 10.5;
/** A heading this close to the foot of a page moves to the next, so it is never left alone. */
const KEEP_WITH_NEXT = 72;

function draw(doc: PDFKit.PDFDocument, block: Block): void {
  const width = doc.page.width - 2 * MARGIN;
  switch (block.kind) {
    case 'heading':
      if (doc.y > doc.page.height - MARGIN - KEEP_WITH_NEXT) doc.addPage();
      doc.moveDown(block.level === 1 ? 0 : 0.6).font('Helvetica-Bold').fontSize(HEADING_SIZES[block.level]).text(block.text, MARGIN, doc.y, { width });
      doc.moveDown(0.3);
      return;
    case 'paragraph':
      doc.font('Helvetica').fontSize(BODY_SIZE).text(block.text, MARGIN, doc.y, { width }).moveDown(0.3);
      return;
    case 'list':
      doc.font('Helvetica').fontSize(BODY_SIZE).list(block.items, MARGIN + 6, doc.y, { width: width - 6, bulletRadius: 1.6, textIndent: 12, paragraphGap: 3 });
      doc.moveDown(0.4);
      return;
    case 'facts':
      for (const [label, value] of block.rows) {
        doc.font('Helvetica-Bold').fontSize(BODY_SIZE).text(`${label}: `, MARGIN, doc.y, { width, continued: true }).font('Helvetica').text(value);
      }
      doc.moveDown(0.4);
      return;
  }
}

/** "Page 2 of 3" and what the document is, at the foot of every page. */
function footers(doc: PDFKit.PDFDocument, caption: string): void {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    // Writing inside the bottom margin would otherwise start a new page.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font('Helvetica').fontSize(8).fillColor('#4c6272')
      .text(`${caption} · Page ${i - start + 1} of ${count}`, MARGIN, doc.page.height - MARGIN / 2 - 8, { width: doc.page.width - 2 * MARGIN, align: 'center' });
    doc.page.margins.bottom = bottom;
  }
}

/** The briefing as a PDF document stream, already complete: pipe it to a response, or collect it with pdfBytes. */
export function briefingPdf(briefing: Briefing, bodyName: string): PDFKit.PDFDocument {
  const title = `Conflicts briefing: ${briefing.meeting.committeeName}, ${longDate(briefing.meeting.date)}`;
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    bufferPages: true,
    lang: 'en-GB',
    displayTitle: true,
    info: { Title: title, Author: bodyName, Subject: 'Conflicts of interest briefing for the chair' },
  });
  for (const block of briefingOutline(briefing, bodyName)) draw(doc, block);
  footers(doc, `${bodyName}: ${title}`);
  doc.end();
  return doc;
}

export function pdfBytes(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}
