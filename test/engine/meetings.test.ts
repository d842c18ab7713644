import { expect } from 'chai';
import { cleanBody, findingsOf, member } from './fixtures';

describe('meeting.inquorate', () => {
  it('when exactly the quorum of four voting members attends with the chair, then the meeting is quorate', () => {
    const s = cleanBody();
    s.meetings[0].present = ['p-lay1', 'p-lay3', 'p-exec1', 'p-gp1', 'p-hw'];
    expect(findingsOf(s, 'meeting.inquorate')).to.deep.equal([]);
  });

  it('when three voting members and any number of non-voting members attend, then it is inquorate', () => {
    const s = cleanBody();
    s.meetings[0].present = ['p-lay1', 'p-exec1', 'p-gp1', 'p-hw', 'p-la', 'p-staff'];
    const found = findingsOf(s, 'meeting.inquorate');
    expect(found.map((f) => [f.committeeId, f.meetingId, f.message])).to.deep.equal([
      ['sw-pccc', 'm-1', 'The meeting of Primary Care Commissioning Committee on 10 June 2015 was inquorate: only 3 voting members were present (the quorum is 4).'],
    ]);
  });

  it("when the committee sets its own quorum of six, then it overrides the pack's four", () => {
    const s = cleanBody();
    s.committees[0].quorum = { minimumVoting: 6 };
    expect(findingsOf(s, 'meeting.inquorate')[0].message).to.match(/only 5 voting members were present \(the quorum is 6\)/);
  });

  it('when the counted categories are exactly half of the voting members present, then it is inquorate', () => {
    const s = cleanBody();
    member(s, 'p-lay3').category = 'nurse';
    member(s, 'p-exec1').category = 'gp';
    s.meetings[0].present = ['p-lay1', 'p-lay2', 'p-lay3', 'p-exec1'];
    expect(findingsOf(s, 'meeting.inquorate').map((f) => f.message)).to.deep.equal([
      'The meeting of Primary Care Commissioning Committee on 10 June 2015 was inquorate: lay, executive and NHS England members were 2 of the 4 voting members present, not a majority.',
    ]);
  });

  it('when only executives make the majority, then it is quorate under nhs-pccc-2017 but not under nhs-pccc-lay-majority', () => {
    const s = cleanBody();
    s.meetings[0].present = ['p-lay1', 'p-exec1', 'p-exec2', 'p-gp1'];
    expect(findingsOf(s, 'meeting.inquorate')).to.deep.equal([]);
    s.committees[0].rulePack = 'nhs-pccc-lay-majority';
    expect(findingsOf(s, 'meeting.inquorate').map((f) => f.message)).to.deep.equal([
      'The meeting of Primary Care Commissioning Committee on 10 June 2015 was inquorate: lay members were 1 of the 4 voting members present, not a majority.',
    ]);
  });

  it('when neither the chair nor the vice-chair attends, then it is inquorate; with the vice-chair alone it is quorate', () => {
    const s = cleanBody();
    s.meetings[0].present = ['p-lay3', 'p-lay4', 'p-exec1', 'p-exec2', 'p-gp1'];
    expect(findingsOf(s, 'meeting.inquorate')[0].message).to.match(/inquorate: neither the chair nor the vice-chair was present\.$/);
    s.meetings[0].present.push('p-lay2');
    expect(findingsOf(s, 'meeting.inquorate')).to.deep.equal([]);
  });

  it('when a present person only became a member after the meeting, then they do not count towards the quorum', () => {
    const s = cleanBody();
    s.meetings[0].present = ['p-lay1', 'p-lay2', 'p-exec1', 'p-lay4'];
    member(s, 'p-lay4').from = '2015-06-11';
    expect(findingsOf(s, 'meeting.inquorate')[0].message).to.match(/only 3 voting members were present/);
  });

  it('when a meeting is after asAt, then it is not checked yet', () => {
    const s = cleanBody();
    s.meetings.push({ id: 'm-2', committeeId: 'sw-pccc', date: '2015-07-08', present: [], items: [] });
    expect(findingsOf(s, 'meeting.inquorate')).to.deep.equal([]);
    expect(findingsOf(s, 'meeting.inquorate', { asAt: '2015-07-08' }).map((f) => f.meetingId)).to.deep.equal(['m-2']);
  });

  it('when nobody attends, then the reason is the missing quorum and chair, not a majority of nobody', () => {
    const s = cleanBody();
    s.meetings[0].present = [];
    expect(findingsOf(s, 'meeting.inquorate')[0].message).to.equal(
      'The meeting of Primary Care Commissioning Committee on 10 June 2015 was inquorate: no voting members were present (the quorum is 4); neither the chair nor the vice-chair was present.',
    );
  });
});
