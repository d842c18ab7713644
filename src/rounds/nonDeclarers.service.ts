/**
 * Since April 2022 NHS England asks bodies to publish the names and positions of decision-making staff who
 * made no declaration or nil return for the year. That list comes from the latest round whose due day has
 * passed: everyone it asked who has not made their return. A governance lead may withhold a name, with a
 * reason, exactly as for interests; the public page counts the names withheld.
 */
import Joi from 'joi';
import type { Actor } from '../audit/auditLog';
import { decisionMakingPositions, seatLabel } from '../people/decisionMaking';
import { registerState } from '../readModel/registerState';
import { ConcurrencyError, NotFoundError } from '../shared/errors';
import { expectedVersion, validate } from '../shared/validation';
import { createVersioned, updateVersioned } from '../shared/versionedRecords';
import type { VersionFields } from '../shared/versionedSchema';
import { ReturnModel, type DeclarationReturn } from './return.model';
import { returnId } from './returns.service';
import { isReturned, roundFacts, type StoredRound } from './roundFacts';

export interface NonDeclarer {
  roundId: string;
  personId: string;
  name: string;
  positions: string;
  withheldReason: string | null;
  /** The version of the person's return, which holds the withholding (0: none yet). */
  version: number;
}

export async function nonDeclarers(today: string): Promise<{ round: StoredRound | null; published: NonDeclarer[]; withheld: NonDeclarer[] }> {
  const facts = roundFacts(await registerState());
  const round = facts.latestDueRound(today);
  if (!round) return { round: null, published: [], withheld: [] };
  const day = round.openedOn ?? round.opensOn;
  const listed = round.people
    .filter((personId) => !isReturned(facts.status(round, personId, today)))
    .map((personId): NonDeclarer => {
      const person = facts.people.get(personId);
      const seats = facts.seatsOn(personId, day).map((m) => seatLabel(m.role as string, facts.committeeNames.get(m.committeeId)));
      const progress = facts.returnOf(round, personId);
      return {
        roundId: round._id,
        personId,
        name: person?.name ?? 'Unknown person',
        positions: decisionMakingPositions({ person, seats })?.join('; ') ?? person?.jobTitle ?? '',
        withheldReason: progress?.withheldReason ?? null,
        version: progress?.version ?? 0,
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
  return { round, published: listed.filter((n) => !n.withheldReason), withheld: listed.filter((n) => n.withheldReason) };
}

export async function nonDeclarer(roundId: string, personId: string, today: string): Promise<NonDeclarer> {
  const { published, withheld } = await nonDeclarers(today);
  const found = [...published, ...withheld].find((n) => n.roundId === roundId && n.personId === personId);
  if (!found) throw new NotFoundError('The name on the list of those who have not declared');
  return found;
}

const withholdSchema = Joi.object<{ reason: string; version: number }>({
  reason: Joi.string().trim().max(1000).required().messages({
    'any.required': 'Enter why this name is withheld from the published list',
    'string.empty': 'Enter why this name is withheld from the published list',
    'string.max': 'Reason must be 1,000 characters or fewer',
  }),
  version: expectedVersion().min(0),
});

/** Records the withholding (or its end) on the person's return for the round, creating it if they have none. */
async function setWithheld(entry: NonDeclarer, version: number, withheldReason: string | null, actor: Actor, action: string) {
  if (entry.version === 0) {
    if (version !== 0) throw new ConcurrencyError();
    const fresh: DeclarationReturn = { roundId: entry.roundId, personId: entry.personId, interestReviews: [], giftsReviewedOn: null, withheldReason };
    return createVersioned<DeclarationReturn & VersionFields>(ReturnModel, 'return', fresh, actor, action, { id: returnId(entry.roundId, entry.personId) });
  }
  return updateVersioned<DeclarationReturn & VersionFields>(ReturnModel, 'return', returnId(entry.roundId, entry.personId), version, { withheldReason }, actor, action);
}

export async function withholdNonDeclarer(roundId: string, personId: string, input: unknown, actor: Actor, today: string) {
  const entry = await nonDeclarer(roundId, personId, today);
  const { reason, version } = validate(withholdSchema, input);
  return setWithheld(entry, version, reason, actor, 'withheld');
}

export async function publishNonDeclarerAgain(roundId: string, personId: string, input: unknown, actor: Actor, today: string) {
  const entry = await nonDeclarer(roundId, personId, today);
  const { version } = validate(Joi.object({ version: expectedVersion() }), input);
  return setWithheld(entry, version, null, actor, 'republished');
}
