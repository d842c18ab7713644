import { expect } from 'chai';
import { SYSTEM_ACTOR } from '../../src/audit/auditLog';
import { addAgendaItem } from '../../src/decisions/agenda.service';
import { addMeeting, getMeeting, recordParticipation, updateMeeting } from '../../src/decisions/meetings.service';
import type { ParticipationAction } from '../../src/shared/vocabulary';
import { aCommittee, aDeclaration, anOrganisation, aPerson } from '../support/factories';
import { errorSummaryOf } from '../support/management';
import type { WebAgent } from '../support/testApp';

export const MEETING_DATE = '2015-06-10';

/**
 * NHS Example CCG with two practices and a neighbouring CCG with one; Example PCCC (quorum 4) with a lay
 * chair and vice-chair, a lay member, two executives, Dr Gail Price (a partner at Riverside Surgery, a
 * practice of Example CCG) and a non-voting Healthwatch representative.
 */
export async function aCommissioningBody() {
  const ccg = await anOrganisation({ name: 'NHS Example CCG', kind: 'ccg' });
  const neighbour = await anOrganisation({ name: 'NHS Neighbour CCG', kind: 'ccg' });
  const riverside = await anOrganisation({ name: 'Riverside Surgery', kind: 'gp-practice', memberOfId: ccg.id, odsCode: 'M85001' });
  const hill = await anOrganisation({ name: 'Hill Medical Centre', kind: 'gp-practice', memberOfId: ccg.id });
  const border = await anOrganisation({ name: 'Border Practice', kind: 'gp-practice', memberOfId: neighbour.id });
  const chair = await aPerson({ name: 'Ann Chair' });
  const vice = await aPerson({ name: 'Ben Vice' });
  const lay = await aPerson({ name: 'Cara Lay' });
  const exec1 = await aPerson({ name: 'Eve Officer' });
  const exec2 = await aPerson({ name: 'Finn Finance' });
  const gp = await aPerson({ name: 'Dr Gail Price' });
  const healthwatch = await aPerson({ name: 'Hana Watch' });
  const committee = await aCommittee({
    name: 'Example PCCC',
    organisationIds: [ccg.id],
    quorum: { minimumVoting: 4 },
    members: [
      { personId: chair.id, category: 'lay', role: 'chair' },
      { personId: vice.id, category: 'lay', role: 'vice-chair' },
      { personId: lay.id, category: 'lay' },
      { personId: exec1.id, category: 'executive' },
      { personId: exec2.id, category: 'executive' },
      { personId: gp.id, category: 'gp' },
      { personId: healthwatch.id, category: 'healthwatch', voting: false },
    ],
  });
  const partnership = await aDeclaration({ personId: gp.id, organisationId: riverside.id, description: 'Partner at Riverside Surgery' });
  return { ccg, neighbour, riverside, hill, border, chair, vice, lay, exec1, exec2, gp, healthwatch, committee, partnership, everyone: [chair, vice, lay, exec1, exec2, gp, healthwatch] };
}

export type Body = Awaited<ReturnType<typeof aCommissioningBody>>;

/** A meeting with who was present, written through the service as a governance lead's form would. */
export async function aMeeting(committeeId: string, present: string[], date = MEETING_DATE) {
  const meeting = await addMeeting(committeeId, { date, present: [] }, SYSTEM_ACTOR);
  const id = String(meeting._id);
  await updateMeeting(id, { date, present, version: 1 }, SYSTEM_ACTOR);
  return id;
}

/** An agenda item leading to a decision, with what members did on it (voting members with nothing recorded voted). */
export async function aDecisionItem(
  meetingId: string,
  decision: { kind?: string; title?: string; valueGBP?: number | null; affectedOrganisationIds?: string[]; affectsAllPracticesOf?: string | null },
  participation: { personId: string; action: ParticipationAction }[] = [],
) {
  const { version } = await getMeeting(meetingId);
  const { meeting, itemId } = await addAgendaItem(
    meetingId,
    { title: decision.title ?? 'Contract award', version, decision: { kind: 'contract-award', valueGBP: 250000, affectedOrganisationIds: [], affectsAllPracticesOf: null, ...decision } },
    SYSTEM_ACTOR,
  );
  const decisionId = meeting.items.find((i) => i.itemId === itemId)?.decisionId ?? '';
  if (participation.length > 0) await recordParticipation(meetingId, itemId, { participation, version: meeting.version }, SYSTEM_ACTOR);
  return { itemId, decisionId };
}

/** The form fields of a date input. */
export const dateFields = (name: string, iso: string) => {
  const [year, month, day] = iso.split('-');
  return { [`${name}-day`]: String(Number(day)), [`${name}-month`]: String(Number(month)), [`${name}-year`]: year };
};

/** Posts a form that must succeed (303), showing the error summary if it did not; returns where it leads. */
export async function submit(agent: WebAgent, path: string, fields: Record<string, string | string[]>): Promise<string> {
  const response = await agent.post(path, fields);
  expect(response.status, `${path}: ${errorSummaryOf(response).join('; ') || response.text.slice(0, 300)}`).to.equal(303);
  return response.location ?? '';
}

/** Records a meeting through the forms: the date, then who was present. Returns the meeting's id. */
export async function recordMeetingThroughForms(agent: WebAgent, committeeId: string, present: string[], date = MEETING_DATE) {
  const edit = await submit(agent, '/meetings/new', { committeeId, ...dateFields('date', date) });
  const meetingId = edit.split('/')[2];
  await submit(agent, edit, { ...dateFields('date', date), present, version: '1' });
  return meetingId;
}

/** The item form's fields for an item leading to a contract award to `organisationIds`. */
export const aDecisionItemForm = (version: number, overrides: Record<string, string | string[]> = {}) => ({
  title: 'APMS contract award',
  leadsToDecision: 'true',
  decisionTitle: '',
  kind: 'contract-award',
  valueGBP: '250000',
  affectedOrganisationIds: [] as string[],
  affectsAllPracticesOf: '',
  version: String(version),
  ...overrides,
});
