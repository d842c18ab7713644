import type { FindingList } from './findings';
import type { SnapshotIndex } from './indexes';
import type { IsoDate } from './types';

/** What every rule module reads and writes during one check. */
export interface CheckContext {
  asAt: IsoDate;
  index: SnapshotIndex;
  findings: FindingList;
}
