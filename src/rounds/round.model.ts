import { model } from '../db/mongoose';
import { ROUND_SCOPES } from '../shared/vocabulary';
import { versionedSchema, type VersionFields } from '../shared/versionedSchema';

export const ROUND_STATUSES = ['scheduled', 'open', 'closed'] as const;
export type RoundStatus = (typeof ROUND_STATUSES)[number];
export type RoundScope = (typeof ROUND_SCOPES.values)[number];

/**
 * A declaration round: everyone in scope is asked for their annual return by the due day, and reminded
 * on a schedule until they make it. Who is in scope is settled on the day it opens (`people`), so its
 * figures do not shift when seats change later.
 */
export interface Round {
  name: string;
  opensOn: string;
  dueOn: string;
  scope: RoundScope;
  /** With scope "committees": whose members are asked. */
  committeeIds: string[];
  /** Reminders this many days before the due day, then every `overdueEvery` days while overdue, at most `maxReminders` in all. */
  reminderDaysBefore: number[];
  overdueEvery: number;
  maxReminders: number;
  status: RoundStatus;
  people: string[];
  openedOn: string | null;
  closedOn: string | null;
}

const roundSchema = versionedSchema<Round>(
  {
    name: { type: String, required: true },
    opensOn: { type: String, required: true },
    dueOn: { type: String, required: true },
    scope: { type: String, required: true, enum: ROUND_SCOPES.values },
    committeeIds: { type: [String], default: [] },
    reminderDaysBefore: { type: [Number], default: [] },
    overdueEvery: { type: Number, required: true },
    maxReminders: { type: Number, required: true },
    status: { type: String, required: true, enum: ROUND_STATUSES },
    people: { type: [String], default: [] },
    openedOn: { type: String, default: null },
    closedOn: { type: String, default: null },
  },
  'rounds',
);

export const RoundModel = model<Round & VersionFields>('Round', roundSchema);
