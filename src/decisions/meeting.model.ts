import { Schema, model } from '../db/mongoose';
import { versionedSchema, type VersionFields } from '../shared/versionedSchema';
import { PARTICIPATION_ACTIONS, type ParticipationAction } from '../shared/vocabulary';

export interface Participation {
  personId: string;
  action: ParticipationAction;
  /** Why a member with an interest in the decision voted all the same, as the governance lead recorded it. */
  reason?: string | null;
}

export interface AgendaItem {
  /** Stable within the meeting ("item-1"), so the snapshot can name it. */
  itemId: string;
  title: string;
  decisionId: string | null;
  /** A present voting member with no entry on a decision item voted. */
  participation: Participation[];
}

/** A meeting of a committee: who was present and its agenda items. */
export interface Meeting {
  committeeId: string;
  date: string;
  present: string[];
  items: AgendaItem[];
}

const participationSchema = new Schema<Participation>(
  { personId: { type: String, required: true }, action: { type: String, required: true, enum: PARTICIPATION_ACTIONS.values }, reason: { type: String, default: null } },
  { _id: false },
);
const agendaItemSchema = new Schema<AgendaItem>(
  {
    itemId: { type: String, required: true },
    title: { type: String, required: true },
    decisionId: { type: String, default: null },
    participation: { type: [participationSchema], default: [] },
  },
  { _id: false },
);

const meetingSchema = versionedSchema<Meeting>(
  {
    committeeId: { type: String, required: true },
    date: { type: String, required: true },
    present: { type: [String], default: [] },
    items: { type: [agendaItemSchema], default: [] },
  },
  'meetings',
);
meetingSchema.index({ committeeId: 1, date: 1 });

export const MeetingModel = model<Meeting & VersionFields>('Meeting', meetingSchema);
