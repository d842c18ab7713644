import { expect } from 'chai';
import { SYSTEM_ACTOR } from '../../src/audit/auditLog';
import { MembershipModel } from '../../src/committees/membership.model';
import { CommitteeModel } from '../../src/committees/committee.model';
import { PersonModel } from '../../src/people/person.model';
import { checkRegister, findingsOnDecisions } from '../../src/compliance/compliance.service';
import { constitutionSnapshot, currentSnapshot } from '../../src/compliance/snapshotBuilder';
import { meetingBriefing } from '../../src/decisions/briefing.service';
import { briefMeeting, runCheck, validateSnapshot, type Finding } from '../../src/engine';
import { DecisionModel } from '../../src/decisions/decision.model';
import { MeetingModel } from '../../src/decisions/meeting.model';
import { DeclarationModel } from '../../src/declarations/declaration.model';
import { OrganisationModel } from '../../src/organisations/organisation.model';
import { todayUtc } from '../../src/engine/dates';
import { loadDemoData } from '../../src/seed/demoData';
import { decisionRecordOf, decisionRecordsAsAt } from '../../src/registers/decisions';
import { packLibrary } from '../../src/rulePacks/library';
import { createVersioned } from '../../src/shared/versionedRecords';
import { clearDatabase, connectTestDatabase } from '../support/database';

/**
 * A briefing, the preview of a change of seats, the breaches a meeting's record shows and one decision's
 * page read only a committee's part of the register (snapshotBuilder.ts), so they cost the same however large
 * the register. What they say must be what the whole register says.
 */
describe('Snapshots of a part of the register', function () {
  before(async function () {
    this.timeout(120_000);
    await connectTestDatabase();
    await clearDatabase();
    await loadDemoData();
    // The demo's interests all name their organisation by link: add some named only in words, for name matches.
    const decisions = await DecisionModel.find({ 'affectedOrganisationIds.0': { $exists: true } }).lean();
    for (const decision of decisions.slice(0, 3)) {
      const organisation = await OrganisationModel.findById(decision.affectedOrganisationIds[0]).lean();
      const member = await MembershipModel.findOne({ committeeId: decision.committeeId, to: null }).lean();
      if (!organisation || !member) continue;
      await createVersioned(
        DeclarationModel,
        'declaration',
        { personId: member.personId, type: 'non-financial-professional', category: null, organisationId: null, organisationName: organisation.name.toUpperCase(), description: 'Adviser', heldBy: 'self', from: '2009-01-01', to: null, declaredOn: '2009-01-01', actionTaken: null },
        SYSTEM_ACTOR,
      );
    }
  });
  after(clearDatabase);

  it('when every meeting of the demo is briefed, then each briefing is the one the whole register\'s snapshot gives', async () => {
    const { packs } = await packLibrary();
    const meetings = await MeetingModel.find({}, { _id: 1, date: 1, items: 1 }).lean();
    const withDecisions = meetings.filter((m) => m.items.some((item) => item.decisionId));
    // The demo has meetings of several committees, with conflicts and name matches, so the comparison says something.
    expect(withDecisions.length).to.be.at.least(5);
    let conflicted = 0;
    let nameMatches = 0;
    for (const meeting of meetings) {
      const whole = validateSnapshot(await currentSnapshot(meeting.date), { packs });
      if (!whole.ok) throw new Error(`the demo's snapshot on ${meeting.date} is invalid: ${JSON.stringify(whole.errors.slice(0, 3))}`);
      const expected = briefMeeting(whole.snapshot, packs, String(meeting._id));
      const { briefing } = await meetingBriefing(String(meeting._id));
      expect(briefing, `the briefing of the meeting of ${meeting.date}`).to.deep.equal(expected);
      conflicted += briefing.summary.itemsWithConflicts;
      nameMatches += briefing.summary.possibleNameMatches;
    }
    expect(conflicted, 'items with conflicts across the demo').to.be.above(0);
    expect(nameMatches, 'possible name matches across the demo').to.be.above(0);
  });

  it('when each committee\'s constitution is checked from its part on several days, then the findings are those of the whole register', async () => {
    const { packs } = await packLibrary();
    const committees = await CommitteeModel.find({}, { _id: 1 }).lean();
    const someone = await PersonModel.findOne({}, { _id: 1 }).lean();
    expect(committees.length).to.be.at.least(3);
    const ofCommittee = (findings: readonly Finding[], committeeId: string) => findings.filter((f) => f.committeeId === committeeId && f.ruleId.startsWith('constitution.'));
    let failing = 0;
    for (const day of ['2016-06-30', '2020-01-15', todayUtc()]) {
      const whole = runCheck(await currentSnapshot(day), packs, { asAt: day });
      if (!whole.ok) throw new Error(`the demo's snapshot on ${day} is invalid`);
      for (const committee of committees) {
        const committeeId = String(committee._id);
        const part = runCheck(await constitutionSnapshot(committeeId, day, String(someone?._id)), packs, { asAt: day });
        if (!part.ok) throw new Error(`the part for ${committeeId} on ${day} is invalid: ${JSON.stringify(part.errors.slice(0, 3))}`);
        expect(ofCommittee(part.document.findings, committeeId), `committee ${committeeId} on ${day}`).to.deep.equal(ofCommittee(whole.document.findings, committeeId));
        failing += ofCommittee(part.document.findings, committeeId).length;
      }
    }
    expect(failing, 'constitution findings across the demo').to.be.above(0);
  });

  it('when each decision\'s findings are read from its meeting\'s part, then they are the whole body\'s check\'s findings about it', async () => {
    const decisions = await DecisionModel.find({}, { _id: 1, date: 1 }).lean();
    expect(decisions.length).to.be.at.least(5);
    let found = 0;
    for (const decision of decisions) {
      const decisionId = String(decision._id);
      const whole = (await checkRegister({ asAt: decision.date })).findings.filter((f) => f.decisionId === decisionId);
      const part = await findingsOnDecisions([decisionId], decision.date);
      expect(part, `the decision of ${decision.date}`).to.deep.equal(whole);
      found += part.length;
    }
    expect(found, 'findings about decisions across the demo').to.be.above(0);
  });

  it('when each decision\'s record in the register of procurement decisions is read from its meeting\'s part, then it is the whole body\'s', async () => {
    const today = todayUtc();
    const { records } = await decisionRecordsAsAt(today);
    expect(records.size).to.be.at.least(5);
    let conflicts = 0;
    for (const [decisionId, record] of records) {
      expect(await decisionRecordOf(decisionId, today), `the record of decision ${decisionId}`).to.deep.equal(record);
      conflicts += record.conflicts.length;
    }
    expect(conflicts, 'conflicts recorded across the demo').to.be.above(0);
  });
});
