/**
 * A round's progress as a stacked bar chart, drawn on the server as SVG (pages run no script). The page
 * gives the same figures as text and in a table; the chart is one image with a title and a description.
 */
import { RETURN_STATUS_LABELS, type ReturnStatus } from './roundFacts';
import type { StatusCounts } from './rounds.service';

/** Drawn in this order, left to right: done first, overdue last. */
const ORDER: ReturnStatus[] = ['confirmed', 'nil', 'in-progress', 'not-started', 'overdue'];
/** NHS identity colours, each with enough contrast against white for a non-text element. */
const COLOURS: Record<ReturnStatus, string> = {
  confirmed: '#007f3b',
  nil: '#005eb8',
  'in-progress': '#ed8b00',
  'not-started': '#768692',
  overdue: '#d5281b',
};

const WIDTH = 400;
const BAR = 18;
const LINE = 19;
const GAP = 10;
/** SVG text does not wrap: a label longer than this many characters is broken into lines at spaces. */
const LINE_CHARACTERS = 44;

/** The label in lines of at most LINE_CHARACTERS, broken between words. */
function wrap(text: string): string[] {
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= LINE_CHARACTERS) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

export interface ChartRow {
  name: string;
  counts: StatusCounts;
}

export function progressChart(rows: ChartRow[]) {
  let top = 0;
  const drawn = rows.map((row) => {
    let x = 0;
    const label = `${row.name}: ${row.counts.returned} of ${row.counts.total} returned`;
    const lines = wrap(label).map((text, i) => ({ text, y: top + (i + 1) * LINE - 3 }));
    const barY = top + lines.length * LINE + 2;
    top = barY + BAR + GAP;
    const segments = ORDER.filter((status) => row.counts.byStatus[status] > 0).map((status) => {
      const width = (row.counts.byStatus[status] / row.counts.total) * WIDTH;
      const segment = { x: x.toFixed(1), width: width.toFixed(1), colour: COLOURS[status] };
      x += width;
      return segment;
    });
    return { label, lines, barY, segments };
  });
  return {
    width: WIDTH,
    height: top,
    barHeight: BAR,
    rows: drawn,
    legend: ORDER.map((status) => ({ label: RETURN_STATUS_LABELS[status], colour: COLOURS[status] })),
  };
}
