import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import PDFDocument from 'pdfkit';
import { longDate } from '../../engine/dates';
import { cellText } from '../cellText';
import type { Column, Row } from '../register';

export interface PdfReport {
  title: string;
  bodyName: string;
  asAt: string;
  /** Label and value lines printed under the title on the first page. */
  about: [string, string][];
  columns: readonly Column[];
  /** Called once per pass: the rows are read to size the columns, laid out to count the pages, then drawn. */
  rows: () => AsyncIterable<Row>;
}

const PAGE = { size: 'A4', layout: 'landscape', margin: 36 } as const;
const PAGE_WIDTH = 841.89;
const PAGE_HEIGHT = 595.28;
const TABLE_WIDTH = PAGE_WIDTH - 2 * PAGE.margin;
const FONT_SIZE = 7.5;
const CELL_PADDING = 2;
/** A longer cell is cut off with an ellipsis, so one row can never outgrow a page. */
const MAX_ROW_HEIGHT = 160;
const FOOTER_HEIGHT = 20;

/**
 * Lays out a paginated table; the same code counts the pages (painting nothing) and then draws them,
 * so "Page N of M" is known on page 1 without holding any page in memory.
 */
class TableLayout {
  private readonly left = PAGE.margin;
  private readonly bottom = PAGE_HEIGHT - PAGE.margin - FOOTER_HEIGHT;
  private page = 0;
  private y = 0;

  constructor(
    private readonly doc: PDFKit.PDFDocument,
    private readonly report: PdfReport,
    private readonly widths: number[],
    private readonly paint: boolean,
    private readonly totalPages = 0,
  ) {}

  get pages(): number {
    return this.page;
  }

  async run(): Promise<number> {
    this.startPage();
    let rows = 0;
    for await (const row of this.report.rows()) {
      const cells = this.report.columns.map((c) => cellText(c, row[c.key]));
      const height = this.rowHeight(cells, 'Helvetica');
      if (this.y + height > this.bottom) {
        this.endPage();
        this.startPage();
      }
      this.drawRow(cells, height, 'Helvetica');
      rows += 1;
    }
    if (rows === 0) this.text('There are no entries.', this.left, this.y + 6, { font: 'Helvetica', size: 10 });
    this.endPage();
    return rows;
  }

  private startPage(): void {
    this.page += 1;
    if (this.paint) this.doc.addPage(PAGE);
    this.y = PAGE.margin;
    this.line(this.report.title, { font: 'Helvetica-Bold', size: 14 });
    this.line(`${this.report.bodyName}, as at ${longDate(this.report.asAt)}`, { font: 'Helvetica', size: 9 });
    if (this.page === 1) for (const [label, value] of this.report.about) this.line(`${label}: ${value}`, { font: 'Helvetica', size: 8 });
    this.y += 6;
    const headers = this.report.columns.map((c) => c.header);
    const height = this.rowHeight(headers, 'Helvetica-Bold');
    if (this.paint) this.doc.rect(this.left, this.y, this.widths.reduce((a, b) => a + b, 0), height).fill('#005EB8').fillColor('black');
    this.drawRow(headers, height, 'Helvetica-Bold', 'white');
  }

  private endPage(): void {
    if (!this.paint) return;
    const footerY = this.bottom + 6;
    this.text(`Page ${this.page} of ${this.totalPages}`, this.left, footerY, { font: 'Helvetica', size: 8, width: this.widths.reduce((a, b) => a + b, 0), align: 'right' });
    this.text(`${this.report.title}, ${this.report.bodyName}, as at ${longDate(this.report.asAt)}`, this.left, footerY, { font: 'Helvetica', size: 8 });
  }

  private line(text: string, style: { font: string; size: number }): void {
    this.doc.font(style.font).fontSize(style.size);
    const width = this.widths.reduce((a, b) => a + b, 0);
    const height = this.doc.heightOfString(text, { width });
    this.text(text, this.left, this.y, { ...style, width });
    this.y += height + 2;
  }

  private rowHeight(cells: string[], font: string): number {
    this.doc.font(font).fontSize(FONT_SIZE);
    const tallest = Math.max(...cells.map((cell, i) => (cell ? this.doc.heightOfString(cell, { width: this.widths[i] - 2 * CELL_PADDING }) : 0)));
    return Math.min(tallest, MAX_ROW_HEIGHT) + 2 * CELL_PADDING;
  }

  private drawRow(cells: string[], height: number, font: string, colour = 'black'): void {
    if (this.paint) {
      let x = this.left;
      cells.forEach((cell, i) => {
        const width = this.widths[i] - 2 * CELL_PADDING;
        if (cell) this.doc.font(font).fontSize(FONT_SIZE).fillColor(colour).text(cell, x + CELL_PADDING, this.y + CELL_PADDING, { width, height: height - 2 * CELL_PADDING, ellipsis: true, lineBreak: true });
        x += this.widths[i];
      });
      this.doc.fillColor('black');
      this.doc.moveTo(this.left, this.y + height).lineTo(x, this.y + height).lineWidth(0.3).strokeColor('#AEB7BD').stroke();
    }
    this.y += height;
  }

  private text(text: string, x: number, y: number, options: { font: string; size: number; width?: number; align?: 'right' }): void {
    if (!this.paint) return;
    this.doc.font(options.font).fontSize(options.size).text(text, x, y, { width: options.width, align: options.align, lineBreak: options.width !== undefined });
  }
}

/** The places a line may break: after spaces and hyphens, as pdfkit breaks Latin text. */
const WORDS = /[^\s-]+-?|-/g;

/**
 * The width of the widest word of `text`, which a line must not split. pdfkit measures a word with the
 * space after it, and splits any word wider than the line, so the space is counted here too.
 */
function widestWord(doc: PDFKit.PDFDocument, text: string): number {
  return Math.max(0, ...(text.match(WORDS) ?? []).map((word) => doc.widthOfString(`${word} `)));
}

/**
 * Column widths that fit each column's widest word, so text wraps between words;
 * what is left of the page is shared so the columns keep near their nominal proportions. A word split
 * across lines happens only when the widest words of all the columns together are wider than the page.
 */
async function columnWidths(doc: PDFKit.PDFDocument, report: PdfReport): Promise<number[]> {
  doc.font('Helvetica-Bold').fontSize(FONT_SIZE);
  const widest = report.columns.map((c) => widestWord(doc, c.header));
  doc.font('Helvetica').fontSize(FONT_SIZE);
  for await (const row of report.rows()) {
    report.columns.forEach((column, i) => {
      const text = cellText(column, row[column.key]);
      if (text) widest[i] = Math.max(widest[i], widestWord(doc, text));
    });
  }
  const minimum = widest.map((w) => Math.ceil(w) + 2 * CELL_PADDING);
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  if (sum(minimum) >= TABLE_WIDTH) return minimum.map((m) => (m / sum(minimum)) * TABLE_WIDTH);
  const nominalTotal = sum(report.columns.map((c) => c.width));
  const widths = report.columns.map((c, i) => Math.max(minimum[i], (c.width / nominalTotal) * TABLE_WIDTH));
  const over = sum(widths) - TABLE_WIDTH;
  if (over <= 0) return widths;
  const slack = widths.map((w, i) => w - minimum[i]);
  return widths.map((w, i) => w - (slack[i] / sum(slack)) * over);
}

/**
 * Writes a paginated PDF report: the title, the body's name and the as-at date on every page, what
 * was exported on the first, the table's header row repeated on each page, and "Page N of M" at the
 * foot. Pages are written as they are finished. Ends `out`; returns the number of rows.
 */
export async function writePdf(out: Writable, report: PdfReport): Promise<number> {
  const measuring = new PDFDocument({ autoFirstPage: false });
  const widths = await columnWidths(measuring, report);
  const counter = new TableLayout(measuring, report, widths, false);
  await counter.run();
  const doc = new PDFDocument({ autoFirstPage: false, info: { Title: `${report.title}, ${report.bodyName}, as at ${report.asAt}`, Author: report.bodyName } });
  doc.pipe(out);
  const rows = await new TableLayout(doc, report, widths, true, counter.pages).run();
  doc.end();
  await finished(out);
  return rows;
}
