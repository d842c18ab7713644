/**
 * A member's annual return for a round, as an NHS.UK task list: review each current interest, go through
 * gifts and hospitality of the last 12 months, then confirm or make a nil return. Completing it records the
 * confirmation or nil declaration exactly as the ordinary forms do, which is what stops the reminders.
 */
import { createHash } from 'node:crypto';
import Joi from 'joi';
import type { Actor } from '../audit/auditLog';
import { confirmDeclarations, declareNil } from '../declarations/declarations.service';
import { addMonths } from '../engine/dates';
import { registerState } from '../readModel/registerState';
import type { StoredState } from '../readModel/recordStore';
import { ConcurrencyError, NotFoundError, ValidationError } from '../shared/errors';
import { choose, validate } from '../shared/validation';
import { createVersioned, updateVersioned } from '../shared/versionedRecords';
import type { VersionFields } from '../shared/versionedSchema';
import { ReturnModel, type DeclarationReturn } from './return.model';
import { isReturned, roundFacts, type StoredReturn, type StoredRound } from './roundFacts';

const RECORD_TYPE = 'return';

export type TaskStatus = 'completed' | 'in-progress' | 'not-started' | 'cannot-start';

/** One return per round and person: its id derives from both, so two first saves can't both create one. */
export function returnId(roundId: string, personId: string): string {
  return createHash('sha256').update(`${roundId}/${personId}`).digest('hex').slice(0, 24);
}

async function roundAsking(personId: string, roundId: string) {
  const store = await registerState();
  const facts = roundFacts(store);
  const round = store.get('round', roundId) as StoredRound | undefined;
  if (!round || round.status === 'scheduled' || !round.people.includes(personId)) throw new NotFoundError('Your return for this round');
  return { store, facts, round };
}

const isCurrent = (d: StoredState, today: string) => d.type !== 'nil' && (!d.to || String(d.to) >= today);

/** The task list and what each task shows. */
export async function memberReturn(personId: string, roundId: string, today: string) {
  const { store, facts, round } = await roundAsking(personId, roundId);
  const progress = facts.returnOf(round, personId);
  const mine = store.all('declaration').filter((d) => d.personId === personId);
  const reviewed = new Map((progress?.interestReviews ?? []).map((r) => [r.declarationId, r.outcome]));
  const interests = mine
    .filter((d) => isCurrent(d, today))
    .map((d) => ({
      declaration: d,
      organisation: d.organisationId ? String(store.get('organisation', String(d.organisationId))?.name ?? '') : String(d.organisationName ?? ''),
      // Changed or ended through the forms since the round opened counts as reviewed.
      reviewed: reviewed.get(d._id) ?? (String(d.declaredOn) >= round.opensOn ? 'changed' : null),
    }))
    .sort((a, b) => String(b.declaration.from).localeCompare(String(a.declaration.from)));
  const since = addMonths(today, -12);
  const gifts = store
    .all('gift')
    .filter((g) => g.personId === personId && String(g.offeredOn) >= since)
    .sort((a, b) => String(b.offeredOn).localeCompare(String(a.offeredOn)));
  const status = facts.status(round, personId, today);
  const returned = isReturned(status);
  const interestsDone = interests.every((i) => i.reviewed);
  const interestsTask: TaskStatus = returned || interestsDone ? 'completed' : interests.some((i) => i.reviewed) ? 'in-progress' : 'not-started';
  const giftsTask: TaskStatus = returned || progress?.giftsReviewedOn ? 'completed' : 'not-started';
  const confirmTask: TaskStatus = returned ? 'completed' : interestsTask === 'completed' && giftsTask === 'completed' ? 'not-started' : 'cannot-start';
  return {
    round,
    status,
    returned,
    interests,
    gifts,
    canMakeNilReturn: interests.length === 0,
    tasks: { interests: interestsTask, gifts: giftsTask, confirm: confirmTask },
    completedTasks: [interestsTask, giftsTask, confirmTask].filter((t) => t === 'completed').length,
  };
}

/** Saves the person's progress, creating their return on the first step. */
async function saveProgress(round: StoredRound, personId: string, existing: StoredReturn | undefined, change: Partial<DeclarationReturn>, actor: Actor) {
  if (!existing) {
    const fresh: DeclarationReturn = { roundId: round._id, personId, interestReviews: [], giftsReviewedOn: null, withheldReason: null, ...change };
    return createVersioned<DeclarationReturn & VersionFields>(ReturnModel, RECORD_TYPE, fresh, actor, 'created', { id: returnId(round._id, personId) });
  }
  return updateVersioned<DeclarationReturn & VersionFields>(ReturnModel, RECORD_TYPE, existing._id, existing.version, change, actor);
}

const stillCorrectInput = Joi.object<{ declarationId: string }>({
  declarationId: Joi.string().hex().length(24).required().messages({ '*': 'Choose an interest from the list' }),
});

/** "This interest is still correct." Changing or ending one goes through the ordinary forms. */
export async function interestStillCorrect(personId: string, roundId: string, input: unknown, actor: Actor, today: string) {
  const { declarationId } = validate(stillCorrectInput, input);
  const { store, facts, round } = await roundAsking(personId, roundId);
  const declaration = store.get('declaration', declarationId);
  if (!declaration || declaration.personId !== personId || !isCurrent(declaration, today)) {
    throw new ValidationError([{ field: 'declarationId', message: 'Choose one of your current interests' }]);
  }
  const existing = facts.returnOf(round, personId);
  const reviews = (existing?.interestReviews ?? []).filter((r) => r.declarationId !== declarationId);
  return saveProgress(round, personId, existing, { interestReviews: [...reviews, { declarationId, outcome: 'still-correct', on: today }] }, actor);
}

const giftsInput = Joi.object<{ allDeclared: string }>({
  allDeclared: Joi.string().valid('yes').required().messages({ '*': 'Confirm you have declared every gift and hospitality offered to you in the last 12 months, or declare the ones missing first' }),
});

export async function giftsReviewed(personId: string, roundId: string, input: unknown, actor: Actor, today: string) {
  validate(giftsInput, input);
  const { facts, round } = await roundAsking(personId, roundId);
  return saveProgress(round, personId, facts.returnOf(round, personId), { giftsReviewedOn: today }, actor);
}

const completeInput = Joi.object<{ outcome: 'confirm' | 'nil' }>({
  outcome: Joi.string().valid('confirm', 'nil').required().messages(choose('whether your declarations are complete and correct, or you have nothing to declare')),
});

/** Ends the return with the annual confirmation, or a nil declaration when there is nothing to declare. */
export async function completeReturn(personId: string, roundId: string, input: unknown, actor: Actor, today: string) {
  const { outcome } = validate(completeInput, input);
  const current = await memberReturn(personId, roundId, today);
  if (current.returned) throw new ConcurrencyError();
  if (current.tasks.confirm === 'cannot-start') {
    throw new ValidationError([{ field: 'outcome', message: 'Review your interests and your gifts and hospitality first' }]);
  }
  if (outcome === 'nil' && !current.canMakeNilReturn) {
    throw new ValidationError([{ field: 'outcome', message: 'You have current interests, so this is not a nil return: confirm them, or end the ones that have ended first' }]);
  }
  return outcome === 'nil' ? declareNil(personId, actor) : confirmDeclarations(personId, actor);
}
