import Joi from 'joi';
import { choose, expectedVersion, isoDate, objectId } from '../shared/validation';
import { PARTICIPATION_ACTIONS, type ParticipationAction } from '../shared/vocabulary';

export interface MeetingInput {
  date: string;
  present: string[];
}

export interface ParticipationInput {
  personId: string;
  action: ParticipationAction;
  reason: string | null;
  /** The governance lead confirms a member with an interest voted (the participation form asks). */
  confirmed?: boolean;
}

/** An agenda item as a client sends it in a whole meeting; an item without an id is a new one. */
export interface AgendaItemInput {
  itemId?: string;
  title: string;
  decisionId: string | null;
  participation: ParticipationInput[];
}

const meetingFields = {
  date: isoDate().required().label('Meeting date').messages({ 'any.required': 'Enter the date of the meeting' }),
  present: Joi.array()
    .items(objectId('Select the members present from the list'))
    .unique()
    .default([])
    .messages({ 'array.base': 'Select the members present from the list', 'array.unique': 'Select each member present once' }),
};

export const itemTitle = () =>
  Joi.string().trim().max(300).required().messages({
    'any.required': "Enter the agenda item's title",
    'string.empty': "Enter the agenda item's title",
    'string.max': "The agenda item's title must be 300 characters or fewer",
  });

const participation = Joi.array()
  .items(
    Joi.object({
      personId: objectId('Select a member present at the meeting').required(),
      action: Joi.string().valid(...PARTICIPATION_ACTIONS.values).required().messages(choose('what the member did on the item')),
      reason: Joi.string().trim().max(1000).empty('').allow(null).default(null).messages({ 'string.max': 'The reason must be 1,000 characters or fewer' }),
      confirmed: Joi.boolean().truthy('yes').falsy('').default(false),
    }),
  )
  .unique('personId')
  .default([])
  .messages({ 'array.base': 'Participation must be a list', 'array.unique': 'Record what each member did once' });

const agendaItem = Joi.object<AgendaItemInput>({
  itemId: Joi.string().pattern(/^item-\d+$/).messages({ 'string.pattern.base': 'Item ids look like item-1' }),
  title: itemTitle(),
  decisionId: objectId('Link a decision taken at this meeting').allow(null).default(null),
  participation,
});

export const newMeetingSchema = Joi.object<MeetingInput>(meetingFields);

/** Date and who was present; with `items`, the whole agenda and what members did on each item too. */
export const meetingUpdateSchema = Joi.object<MeetingInput & { items?: AgendaItemInput[]; version: number }>({
  ...meetingFields,
  items: Joi.array().items(agendaItem).unique('itemId', { ignoreUndefined: true }).messages({ 'array.base': 'Items must be a list', 'array.unique': 'Give each item its own id' }),
  version: expectedVersion(),
});

/** From the participation form: `everyonePresent` asks that every member present is accounted for. */
export const participationSchema = Joi.object<{ participation: ParticipationInput[]; version: number; everyonePresent: boolean }>({
  participation,
  version: expectedVersion(),
  everyonePresent: Joi.boolean().default(false),
});
