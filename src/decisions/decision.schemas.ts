import Joi from 'joi';
import { choose, expectedVersion, isoDate, objectId } from '../shared/validation';
import { DECISION_KINDS, type DecisionKind } from '../shared/vocabulary';
import { itemTitle } from './meeting.schemas';

/** What was decided: the fields a governance lead enters, whether with its agenda item or on its own. */
export interface DecisionContent {
  title: string;
  kind: DecisionKind;
  valueGBP: number | null;
  affectedOrganisationIds: string[];
  affectsAllPracticesOf: string | null;
}

const decisionTitle = () =>
  Joi.string().trim().max(300).messages({
    'any.required': 'Enter what was decided',
    'string.empty': 'Enter what was decided',
    'string.max': 'What was decided must be 300 characters or fewer',
  });

const contentFields = {
  title: decisionTitle().required(),
  kind: Joi.string().valid(...DECISION_KINDS.values).required().messages(choose('the kind of decision')),
  valueGBP: Joi.number()
    .min(0)
    .precision(2)
    .empty('')
    .allow(null)
    .default(null)
    .messages({ 'number.base': 'Enter the value in pounds, like 250000 or £250,000', 'number.min': 'Value must be £0 or more', 'number.infinity': 'Enter the value in pounds, like 250000 or £250,000' }),
  affectedOrganisationIds: Joi.array()
    .items(objectId('Select the organisations from the list'))
    .unique()
    .default([])
    .messages({ 'array.base': 'Select the organisations from the list', 'array.unique': 'Select each organisation once' }),
  affectsAllPracticesOf: objectId('Select the clinical commissioning group or integrated care board from the list').empty('').allow(null).default(null),
};

export const newDecisionSchema = Joi.object<DecisionContent & { meetingId: string; itemId: string | null; date?: string }>({
  meetingId: objectId('Select the meeting the decision was taken at').required(),
  itemId: Joi.string().empty('').allow(null).default(null),
  date: isoDate().label('Decision date'),
  ...contentFields,
});

export const decisionUpdateSchema = Joi.object<DecisionContent & { version: number }>({ ...contentFields, version: expectedVersion() });

export interface AgendaItemWithDecision {
  title: string;
  version: number;
  /** The decision the item leads to; its title defaults to the item's. */
  decision: (Omit<DecisionContent, 'title'> & { title?: string }) | null;
  /** The version of the item's decision the edit started from, when it has one. */
  decisionVersion?: number;
}

export const agendaItemSchema = Joi.object<AgendaItemWithDecision>({
  title: itemTitle(),
  version: expectedVersion(),
  decision: Joi.object({ ...contentFields, title: decisionTitle().empty('') }).allow(null).default(null).messages({ 'object.base': 'decision must be an object, or null' }),
  decisionVersion: Joi.number().integer().min(1),
});
