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
const ROW = 44;
const LABEL = 16;

export interface ChartRow {
  name: string;
  counts: StatusCounts;
}

export function progressChart(rows: ChartRow[]) {
  const drawn = rows.map((row, i) => {
    let x = 0;
    const top = i * ROW;
    const segments = ORDER.filter((status) => row.counts.byStatus[status] > 0).map((status) => {
      const width = (row.counts.byStatus[status] / row.counts.total) * WIDTH;
      const segment = { x: x.toFixed(1), width: width.toFixed(1), colour: COLOURS[status] };
      x += width;
      return segment;
    });
    return { label: `${row.name}: ${row.counts.returned} of ${row.counts.total} returned`, labelY: top + LABEL - 3, barY: top + LABEL + 2, segments };
  });
  return {
    width: WIDTH,
    height: rows.length * ROW,
    barHeight: BAR,
    rows: drawn,
    legend: ORDER.map((status) => ({ label: RETURN_STATUS_LABELS[status], colour: COLOURS[status] })),
  };
}
