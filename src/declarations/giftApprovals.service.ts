/**
 * Approving hospitality: the gifts pack's `gifts.hospitality-unapproved` flags accepted hospitality above
 * its threshold that no senior person approved. A governance lead, or someone named a senior approver,
 * approves or refuses it with a note; the answer is a new version of the gift, so it is audited and an
 * export as at an earlier day shows the gift as it stood then.
 */
import Joi from 'joi';
import { holds, type CurrentUser } from '../accounts/access';
import { longDate } from '../engine/dates';
import type { Actor } from '../audit/auditLog';
import { hospitalityApprovalAboveGBP } from '../compliance/rulePacks';
import { ForbiddenError, NotFoundError, ValidationError } from '../shared/errors';
import { formatPounds } from '../shared/money';
import { choose, expectedVersion, validate } from '../shared/validation';
import { updateVersioned, versionHistory } from '../shared/versionedRecords';
import { APPROVAL_OUTCOMES, GiftModel, type Gift } from './gift.model';
import { offeredBy } from './gifts.service';
import { derived } from '../readModel/derived';
import { registerState } from '../readModel/registerState';
import type { StoredRecord } from '../registers/recordSource';

/** Whether the rule asks for a senior approver's answer on this gift. */
export function needsApproval(gift: Pick<Gift, 'kind' | 'accepted' | 'valueGBP'>): boolean {
  return gift.kind === 'hospitality' && gift.accepted && gift.valueGBP > hospitalityApprovalAboveGBP();
}

/** How a gift stands for approval, for its page and lists. */
export function approvalStatus(gift: Pick<Gift, 'kind' | 'accepted' | 'valueGBP' | 'approval'>): 'not-needed' | 'awaiting' | 'approved' | 'refused' {
  if (!needsApproval(gift)) return 'not-needed';
  return gift.approval?.outcome ?? 'awaiting';
}

function assertCanApprove(viewer: CurrentUser): void {
  if (!holds(viewer, 'approve-gifts')) throw new ForbiddenError('Only a governance lead or a named senior approver can approve hospitality.');
}

/** Hospitality awaiting an answer, oldest first, and the answers given, newest first. */
export async function giftApprovals(viewer: CurrentUser) {
  assertCanApprove(viewer);
  const store = await registerState();
  const hospitality = (store.all('gift') as unknown as StoredRecord<'gift'>[]).filter(needsApproval);
  const listed = hospitality.map((gift) => ({
    gift,
    personName: store.text('person', gift.personId) ?? 'Unknown person',
    approverName: gift.approval ? (store.text('person', gift.approval.by) ?? 'Unknown person') : null,
    own: gift.personId === viewer.id,
  }));
  return {
    thresholdText: formatPounds(hospitalityApprovalAboveGBP()),
    awaiting: listed.filter((g) => !g.gift.approval).sort((a, b) => a.gift.offeredOn.localeCompare(b.gift.offeredOn)),
    answered: listed.filter((g) => g.gift.approval).sort((a, b) => (b.gift.approval?.on ?? '').localeCompare(a.gift.approval?.on ?? '')),
  };
}

/** The number waiting for an approver, for their home page. */
export async function approvalsAwaitingCount(viewer: CurrentUser): Promise<number> {
  if (!holds(viewer, 'approve-gifts')) return 0;
  return (await awaitingApproval()).filter((g) => g.personId !== viewer.id).length;
}

/** Accepted hospitality waiting for a senior approver, worked out again only after a save. */
const awaitingApproval = derived((store) =>
  (store.all('gift') as unknown as StoredRecord<'gift'>[]).filter((g) => g.kind === 'hospitality' && g.accepted && !g.approval && needsApproval(g)),
);

/** A gift's approval as its pages show it: whether one is needed, and who answered. */
export async function approvalOf(gift: Pick<Gift, 'kind' | 'accepted' | 'valueGBP' | 'approval'>) {
  const store = await registerState();
  return {
    status: approvalStatus(gift),
    approverName: gift.approval ? (store.text('person', gift.approval.by) ?? 'Unknown person') : null,
    thresholdText: formatPounds(hospitalityApprovalAboveGBP()),
  };
}

/** One gift as an approver sees it, with what they may do. */
export async function giftForApproval(viewer: CurrentUser, id: string) {
  assertCanApprove(viewer);
  const gift = await GiftModel.findById(id).lean();
  if (!gift) throw new NotFoundError('The gift or hospitality');
  return {
    gift,
    ...(await approvalOf(gift)),
    personName: (await registerState()).text('person', gift.personId) ?? 'Unknown person',
    own: gift.personId === viewer.id,
    offeredBy: await offeredBy(gift),
    history: await versionHistory('gift', id),
  };
}

const decisionInput = Joi.object<{ outcome: 'approved' | 'refused'; note: string; version: number }>({
  outcome: Joi.string().valid(...APPROVAL_OUTCOMES).required().messages(choose('whether you approve or refuse it')),
  note: Joi.string().trim().max(2000).required().messages({
    'any.required': 'Enter a note: why it is approved, or why it is refused and what the member should do',
    'string.empty': 'Enter a note: why it is approved, or why it is refused and what the member should do',
    'string.max': 'The note must be 2,000 characters or fewer',
  }),
  version: expectedVersion(),
});

/**
 * Approves or refuses hospitality that needs it. Nobody answers for their own hospitality, and an answer
 * once given stands: a changed answer is a new declaration's business, so the gift's history stays plain.
 */
export async function decideGiftApproval(viewer: CurrentUser, id: string, input: unknown, actor: Actor, today: string) {
  assertCanApprove(viewer);
  const { outcome, note, version } = validate(decisionInput, input);
  const gift = await GiftModel.findById(id).lean();
  if (!gift) throw new NotFoundError('The gift or hospitality');
  if (gift.personId === viewer.id) throw new ForbiddenError('You cannot approve or refuse your own hospitality: ask another senior approver or the governance lead.');
  if (!needsApproval(gift)) {
    throw new ValidationError([{ field: 'outcome', message: `This does not need approval: only accepted hospitality worth more than ${formatPounds(hospitalityApprovalAboveGBP())} does` }]);
  }
  if (gift.approval) throw new ValidationError([{ field: 'outcome', message: `This was already ${gift.approval.outcome} on ${longDate(gift.approval.on)}` }]);
  return updateVersioned(GiftModel, 'gift', id, version, { approval: { outcome, by: viewer.id, on: today, note } }, actor, outcome);
}
