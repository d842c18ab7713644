/**
 * An agenda item and the decision it leads to, entered together (the item form, POST /api/meetings/:id/items).
 * Everything is checked, and every version compared, before the first write: the decision is written
 * first, so an item never points at a decision that is not there.
 */
import type { Actor } from '../audit/auditLog';
import { ValidationError } from '../shared/errors';
import { validate } from '../shared/validation';
import { assertVersion } from '../shared/versionedRecords';
import { agendaItemSchema, type AgendaItemWithDecision, type DecisionContent } from './decision.schemas';
import { assertDecisionContent, getDecision, saveDecision, takeDecision } from './decisions.service';
import { addItem, getMeeting, itemOn, saveItem } from './meetings.service';

export const DECISION_STAYS = "This item's decision is on the register of procurement decisions and stays there: change the decision instead";

async function checkedAgendaItem(input: unknown): Promise<AgendaItemWithDecision & { content: DecisionContent | null }> {
  const value = validate(agendaItemSchema, input);
  if (value.decision) await assertDecisionContent(value.decision, 'decision.');
  return { ...value, content: value.decision && { ...value.decision, title: value.decision.title ?? value.title } };
}

/** Adds an item to a meeting's agenda; when it leads to a decision, records the decision and links the two. */
export async function addAgendaItem(meetingId: string, input: unknown, actor: Actor) {
  const meeting = await getMeeting(meetingId);
  const { title, version, content } = await checkedAgendaItem(input);
  assertVersion(meeting, version);
  const decision = content ? await takeDecision(meeting, content, actor) : null;
  return addItem(meeting, version, { title, decisionId: decision ? String(decision._id) : null }, actor);
}

/** Changes an item and its decision. An item may come to lead to a decision, but a recorded decision stays. */
export async function changeAgendaItem(meetingId: string, itemId: string, input: unknown, actor: Actor) {
  const meeting = await getMeeting(meetingId);
  const item = itemOn(meeting, itemId);
  const { title, version, content, decisionVersion } = await checkedAgendaItem(input);
  if (item.decisionId && !content) throw new ValidationError([{ field: 'decision', message: DECISION_STAYS }]);
  assertVersion(meeting, version);
  const recorded = item.decisionId ? await getDecision(item.decisionId) : null;
  if (recorded) assertVersion(recorded, decisionVersion);

  if (recorded && content) await saveDecision(String(recorded._id), recorded.version, content, actor);
  const decisionId = item.decisionId ?? (content ? String((await takeDecision(meeting, content, actor))._id) : null);
  return saveItem(meeting, version, itemId, { title, decisionId }, actor);
}
