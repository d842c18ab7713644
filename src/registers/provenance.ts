/** What an export says about itself at its top: what, for whom, as at when, by whom, with which filters. */
import { longDate, longDateTime } from '../engine/dates';

export interface Provenance {
  bodyName: string;
  asAt: string;
  /** Records recorded up to this moment are included: the end of the as-at day, or the export's start. */
  recordedUpTo: Date;
  exportedAt: Date;
  exportedBy: string;
  /** The filters in words: "Committee: Example PCCC; Type: Financial", or "None". */
  filters: string;
}

export function provenanceLines(provenance: Provenance, what: string): [string, string][] {
  return [
    ['Export', what],
    ['Body', provenance.bodyName],
    ['As at', `${longDate(provenance.asAt)}, as recorded up to ${longDateTime(provenance.recordedUpTo)}`],
    ['Exported by', provenance.exportedBy],
    ['Exported at', longDateTime(provenance.exportedAt)],
    ['Filters', provenance.filters],
  ];
}
