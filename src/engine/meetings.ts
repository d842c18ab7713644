/**
 * meeting.inquorate: each meeting held on or before `asAt`, judged by the quorum test
 * on the committee's members present (membership on the meeting date), naming every
 * setting it fails.
 */
import type { CheckContext } from './context';
import { longDate } from './dates';
import type { RuleSet } from './packs';
import { assessQuorum, AT_THE_MEETING, quorumShortfalls, quorumTestFor } from './quorum';
import type { Committee } from './types';

export function checkMeetings(ctx: CheckContext, committee: Committee, rules: RuleSet): void {
  const rule = rules.get('meeting.inquorate');
  if (!rule) return;
  const test = quorumTestFor(committee, rule.committee);
  for (const meeting of ctx.index.meetingsOf(committee.id)) {
    if (meeting.date > ctx.asAt) continue;
    const outcome = assessQuorum(ctx.index.attendance(meeting), test, ctx.index.votingMembersAt(meeting));
    if (outcome.quorate) continue;
    ctx.findings.add(
      rule,
      { committeeId: committee.id, meetingId: meeting.id },
      `The meeting of ${committee.name} on ${longDate(meeting.date)} was inquorate: ${quorumShortfalls(outcome, AT_THE_MEETING)}.`,
    );
  }
}
