import { expect } from 'chai';
import { DecisionModel } from '../../src/decisions/decision.model';
import { MeetingModel } from '../../src/decisions/meeting.model';
import { NOTHING_AFFECTED } from '../../src/decisions/decisions.service';
import { DECISION_STAYS } from '../../src/decisions/agenda.service';
import { versionHistory } from '../../src/shared/versionedRecords';
import { useDatabase } from '../support/database';
import { aMembership, aPerson } from '../support/factories';
import { auditActionsFor, countOf, errorSummaryOf, expectFieldError, fieldErrorOf, signedInAs } from '../support/management';
import { startTestApp, type TestApp } from '../support/testApp';
import { aCommissioningBody, aDecisionItem, aDecisionItemForm, aMeeting, dateFields, MEETING_DATE, submit } from './fixtures';

describe('A governance lead records meetings through the web pages', () => {
  useDatabase();
  let app: TestApp;
  before(async () => (app = await startTestApp()));
  after(() => app.close());

  it('when a meeting is recorded with who was present, then it is stored, shown with each member, versioned and audited', async () => {
    const body = await aCommissioningBody();
    const lead = await signedInAs(app, 'governance-lead');
    expect((await lead.get(`/committees/${body.committee.id}`)).text).to.contain(`href="/committees/${body.committee.id}/meetings"`);
    expect((await lead.get(`/committees/${body.committee.id}/meetings`)).text).to.contain(`/meetings/new?committeeId=${body.committee.id}`);
    expect((await lead.get(`/meetings/new?committeeId=${body.committee.id}`)).text).to.contain('Record a meeting of Example PCCC');

    const edit = await submit(lead, '/meetings/new', { committeeId: body.committee.id, ...dateFields('date', MEETING_DATE) });
    const meetingId = edit.split('/')[2];
    const form = await lead.get(edit);
    expect(form.text).to.contain('Dr Gail Price').and.to.contain('Hana Watch').and.to.contain('non-voting');
    await submit(lead, edit, { ...dateFields('date', MEETING_DATE), present: [body.chair.id, body.gp.id, body.healthwatch.id], version: '1' });

    expect(await MeetingModel.findById(meetingId).lean()).to.deep.include({ committeeId: body.committee.id, date: MEETING_DATE, present: [body.chair.id, body.gp.id, body.healthwatch.id], version: 2 });
    const page = await lead.get(`/meetings/${meetingId}`);
    expect(page.text).to.contain('Meeting of Example PCCC, 10 June 2015').and.to.contain('Ann Chair').and.to.contain('Healthwatch').and.to.contain('Changed who was present');
    expect(page.text).to.contain(`/meetings/${meetingId}/briefing">Conflicts briefing`);
    expect((await lead.get(`/committees/${body.committee.id}/meetings`)).text).to.contain(`href="/meetings/${meetingId}">10 June 2015`);
    expect(await auditActionsFor(meetingId)).to.deep.equal(['meeting.created', 'meeting.updated']);
  });

  it('when someone present was not a member of the committee on the date, then the form names them and nothing is written', async () => {
    const body = await aCommissioningBody();
    const late = await aPerson({ name: 'Dr Lee Later' });
    await aMembership({ committeeId: body.committee.id, personId: late.id, category: 'gp', from: '2016-04-01' });
    const meetingId = await aMeeting(body.committee.id, []);
    const lead = await signedInAs(app, 'governance-lead');
    expect((await lead.get(`/meetings/${meetingId}/edit`)).text).not.to.contain('Dr Lee Later');
    const page = await lead.post(`/meetings/${meetingId}/edit`, { ...dateFields('date', MEETING_DATE), present: [body.chair.id, late.id], version: '2' });
    expectFieldError(page, 'present', 'Dr Lee Later was not a member of Example PCCC on 10 June 2015');
    expect(await MeetingModel.findById(meetingId).lean()).to.include({ version: 2 });
  });

  it('when the date is missing or not real, then the date is named and nothing is written', async () => {
    const body = await aCommissioningBody();
    const lead = await signedInAs(app, 'governance-lead');
    expectFieldError(await lead.post('/meetings/new', { committeeId: body.committee.id }), 'date', 'Enter the date of the meeting');
    const unreal = await lead.post('/meetings/new', { committeeId: body.committee.id, ...dateFields('date', '2015-02-30') });
    expectFieldError(unreal, 'date', 'Meeting date must be a real date, like 27 3 2024');
    expect(unreal.text).to.contain('href="#date-day"');
    expect(await countOf(MeetingModel)).to.equal(0);
  });

  it('when an item leads to a decision, then the decision is recorded for the meeting and linked, and the form asks what members did', async () => {
    const body = await aCommissioningBody();
    const meetingId = await aMeeting(body.committee.id, [body.chair.id, body.gp.id, body.healthwatch.id]);
    const lead = await signedInAs(app, 'governance-lead');
    await submit(lead, `/meetings/${meetingId}/items/new`, { title: 'Declarations of interest', leadsToDecision: 'false', version: '2' });
    const form = await lead.get(`/meetings/${meetingId}/items/new`);
    expect(form.text, 'the register is not listed: organisations are found by name or ODS code').not.to.contain('Riverside Surgery');
    const itemFields = aDecisionItemForm(3);
    const byCode = await lead.post(`/meetings/${meetingId}/items/new`, { ...itemFields, organisationSearch: 'm85001', action: 'find' });
    expect(byCode.status).to.equal(200);
    expect(byCode.text).to.contain(`name="affectedOrganisationIds" value="${body.riverside.id}">Riverside Surgery (M85001)`);
    const byName = await lead.post(`/meetings/${meetingId}/items/new`, { ...itemFields, affectedOrganisationIds: [body.riverside.id], organisationSearch: 'ce', action: 'find' });
    expect(byName.text, 'several matches are offered to choose from').to.contain('Several organisations match').and.to.contain(`name="addOrganisation" type="radio" value="${body.hill.id}"`);
    const added = await lead.post(`/meetings/${meetingId}/items/new`, { ...itemFields, affectedOrganisationIds: [body.riverside.id], addOrganisation: body.hill.id, action: 'add' });
    expect(added.text).to.contain(`name="affectedOrganisationIds" value="${body.hill.id}"`).and.to.contain(`name="affectedOrganisationIds" value="${body.riverside.id}"`);
    const removed = await lead.post(`/meetings/${meetingId}/items/new`, { ...itemFields, affectedOrganisationIds: [body.riverside.id, body.hill.id], action: `remove:${body.riverside.id}` });
    expect(removed.text).to.not.contain(`name="affectedOrganisationIds" value="${body.riverside.id}"`);
    expectFieldError(await lead.post(`/meetings/${meetingId}/items/new`, { ...itemFields, organisationSearch: 'Nowhere Practice', action: 'find' }), 'organisationSearch', /No organisation on the register matches "Nowhere Practice"/);
    expect(await countOf(DecisionModel), 'finding organisations saves nothing').to.equal(0);

    const next = await submit(lead, `/meetings/${meetingId}/items/new`, aDecisionItemForm(3, { affectedOrganisationIds: [body.riverside.id, body.hill.id] }));
    expect(next).to.equal(`/meetings/${meetingId}/items/item-2/participation`);
    const decision = await DecisionModel.findOne().lean();
    expect(decision).to.deep.include({ committeeId: body.committee.id, meetingId, date: MEETING_DATE, title: 'APMS contract award', kind: 'contract-award', valueGBP: 250000, affectsAllPracticesOf: null, version: 1 });
    expect(decision?.affectedOrganisationIds).to.deep.equal([body.riverside.id, body.hill.id]);
    const meeting = await MeetingModel.findById(meetingId).lean();
    expect(meeting?.items.map((i) => [i.itemId, i.title, i.decisionId])).to.deep.equal([
      ['item-1', 'Declarations of interest', null],
      ['item-2', 'APMS contract award', String(decision?._id)],
    ]);
    expect(await auditActionsFor(String(decision?._id))).to.deep.equal(['decision.created']);

    const page = await lead.get(`/meetings/${meetingId}`);
    expect(page.text).to.contain('This item did not lead to a decision').and.to.contain('£250,000').and.to.contain('Voted (nothing recorded)').and.to.contain('No vote');
  });

  it('when the decision fields are wrong, then each is named beside its field and nothing is written', async () => {
    const body = await aCommissioningBody();
    const meetingId = await aMeeting(body.committee.id, [body.chair.id]);
    const lead = await signedInAs(app, 'governance-lead');
    const path = `/meetings/${meetingId}/items/new`;
    const neither = await lead.post(path, aDecisionItemForm(2, { title: '', kind: '' }));
    expectFieldError(neither, 'title', "Enter the agenda item's title");
    expect(fieldErrorOf(neither, 'kind')).to.equal('Select the kind of decision');
    expectFieldError(await lead.post(path, aDecisionItemForm(2)), 'affectedOrganisationIds', NOTHING_AFFECTED);
    expectFieldError(await lead.post(path, aDecisionItemForm(2, { affectedOrganisationIds: [body.riverside.id], valueGBP: '-5' })), 'valueGBP', 'Value must be £0 or more');
    expectFieldError(await lead.post(path, aDecisionItemForm(2, { affectedOrganisationIds: ['64b7f0c2a1b2c3d4e5f60718'] })), 'affectedOrganisationIds', 'Select organisations that are on the register');
    expectFieldError(await lead.post(path, aDecisionItemForm(2, { affectsAllPracticesOf: body.riverside.id })), 'affectsAllPracticesOf', 'Select a clinical commissioning group or integrated care board on the register');
    const kept = await lead.post(path, aDecisionItemForm(2, { affectedOrganisationIds: [body.riverside.id], valueGBP: 'lots' }));
    expectFieldError(kept, 'valueGBP', 'Enter the value in pounds, like 250000 or £250,000');
    expect(kept.text).to.contain(`name="affectedOrganisationIds" value="${body.riverside.id}"`);
    expect(await countOf(DecisionModel)).to.equal(0);
    expect(await MeetingModel.findById(meetingId).lean()).to.include({ version: 2 });
  });

  it('when what members did is recorded, then it is stored and shown, and a member without a vote cannot be recorded as voting', async () => {
    const body = await aCommissioningBody();
    const meetingId = await aMeeting(body.committee.id, [body.chair.id, body.gp.id, body.healthwatch.id]);
    const { itemId } = await aDecisionItem(meetingId, { affectedOrganisationIds: [body.riverside.id] });
    const lead = await signedInAs(app, 'governance-lead');
    const path = `/meetings/${meetingId}/items/${itemId}/participation`;
    const form = await lead.get(path);
    expect(form.text).to.contain('Dr Gail Price (GP, voting)').and.to.contain('Hana Watch (Healthwatch, non-voting)');

    expect(form.text, 'a member without a vote is not offered "Voted"').not.to.contain(`name="action-${body.healthwatch.id}" type="radio" value="voted"`);
    expect(form.text, 'nothing is chosen until it is recorded').not.to.contain('checked');
    const refused = await lead.post(path, { version: '3', [`action-${body.chair.id}`]: 'voted', [`action-${body.gp.id}`]: 'left-room', [`action-${body.healthwatch.id}`]: 'voted' });
    expectFieldError(refused, `action-${body.healthwatch.id}`, 'Hana Watch has no vote on the committee');
    const unrecorded = await lead.post(path, { version: '3', [`action-${body.chair.id}`]: 'voted' });
    expectFieldError(unrecorded, `action-${body.gp.id}`, 'Select what Dr Gail Price did on this decision');
    expect(await MeetingModel.findById(meetingId).lean()).to.include({ version: 3 });

    await submit(lead, path, { version: '3', [`action-${body.chair.id}`]: 'voted', [`action-${body.gp.id}`]: 'left-room', [`action-${body.healthwatch.id}`]: 'did-not-vote' });
    const item = (await MeetingModel.findById(meetingId).lean())?.items.find((i) => i.itemId === itemId);
    expect(item?.participation).to.deep.equal([
      { personId: body.chair.id, action: 'voted', reason: null },
      { personId: body.gp.id, action: 'left-room', reason: null },
      { personId: body.healthwatch.id, action: 'did-not-vote', reason: null },
    ]);
    const page = await lead.get(`/meetings/${meetingId}`);
    expect(page.text).to.contain('Left the room').and.to.contain('Did not vote');
    expect((await lead.get(path)).text).to.contain(`name="action-${body.gp.id}" type="radio" value="left-room" checked`);
  });

  it("when an item's decision is changed, then it gets a new version with its history, and it cannot be removed from the register", async () => {
    const body = await aCommissioningBody();
    const meetingId = await aMeeting(body.committee.id, [body.chair.id]);
    const { itemId, decisionId } = await aDecisionItem(meetingId, { affectedOrganisationIds: [body.riverside.id] });
    const lead = await signedInAs(app, 'governance-lead');
    const path = `/meetings/${meetingId}/items/${itemId}/edit`;
    const form = await lead.get(path);
    expect(form.text).to.contain('name="decisionVersion" value="1"').and.to.contain('value="250000"').and.to.contain(`name="affectedOrganisationIds" value="${body.riverside.id}"`);

    await submit(lead, path, aDecisionItemForm(3, { title: 'Contract award', decisionTitle: 'Award of APMS contract to Riverside Surgery', valueGBP: '300000', affectedOrganisationIds: [body.riverside.id], decisionVersion: '1' }));
    expect(await DecisionModel.findById(decisionId).lean()).to.include({ title: 'Award of APMS contract to Riverside Surgery', valueGBP: 300000, version: 2 });
    expect(await MeetingModel.findById(meetingId).lean()).to.include({ version: 3 });
    const decisionPage = await lead.get(`/decisions/${decisionId}`);
    expect(decisionPage.text).to.contain('Changed what was decided and value').and.to.contain('£300,000');

    const removing = await lead.post(path, aDecisionItemForm(3, { leadsToDecision: 'false', decisionVersion: '2' }));
    expectFieldError(removing, 'leadsToDecision', DECISION_STAYS);
    expect(await countOf(DecisionModel)).to.equal(1);
  });

  it('when a meeting moves to another date, then its decisions move with it, each as a new version', async () => {
    const body = await aCommissioningBody();
    const meetingId = await aMeeting(body.committee.id, [body.chair.id]);
    const { decisionId } = await aDecisionItem(meetingId, { affectedOrganisationIds: [body.riverside.id] });
    const lead = await signedInAs(app, 'governance-lead');
    await submit(lead, `/meetings/${meetingId}/edit`, { ...dateFields('date', '2015-06-17'), present: [body.chair.id], version: '3' });
    expect(await DecisionModel.findById(decisionId).lean()).to.include({ date: '2015-06-17', version: 2 });
    expect(await auditActionsFor(decisionId)).to.deep.equal(['decision.created', 'decision.moved']);
    expect((await versionHistory('meeting', meetingId)).map((v) => v.state.date)).to.deep.equal([MEETING_DATE, MEETING_DATE, MEETING_DATE, '2015-06-17']);
  });

  it('when two governance leads save the same meeting, then the second is told it changed and the first save stands', async () => {
    const body = await aCommissioningBody();
    const meetingId = await aMeeting(body.committee.id, [body.chair.id]);
    const { itemId } = await aDecisionItem(meetingId, { affectedOrganisationIds: [body.riverside.id] });
    const first = await signedInAs(app, 'governance-lead');
    const second = await signedInAs(app, 'governance-lead');
    await submit(first, `/meetings/${meetingId}/edit`, { ...dateFields('date', MEETING_DATE), present: [body.chair.id, body.vice.id], version: '3' });
    const stale = await second.post(`/meetings/${meetingId}/edit`, { ...dateFields('date', MEETING_DATE), present: [body.chair.id], version: '3' });
    expect(stale.status).to.equal(409);
    expect(errorSummaryOf(stale)[0]).to.contain('This record changed since you opened it');
    const staleItem = await second.post(`/meetings/${meetingId}/items/${itemId}/participation`, { version: '3', [`action-${body.chair.id}`]: 'abstained' });
    expect(staleItem.status).to.equal(409);
    const itemForm = (valueGBP: string) => aDecisionItemForm(4, { title: 'Contract award', valueGBP, affectedOrganisationIds: [body.riverside.id], decisionVersion: '1' });
    await submit(first, `/meetings/${meetingId}/items/${itemId}/edit`, itemForm('100'));
    const staleDecision = await second.post(`/meetings/${meetingId}/items/${itemId}/edit`, itemForm('200'));
    expect(staleDecision.status).to.equal(409);
    expect(await MeetingModel.findById(meetingId).lean()).to.deep.include({ present: [body.chair.id, body.vice.id], version: 4 });
    expect(await DecisionModel.findOne().lean()).to.include({ valueGBP: 100, version: 2 });
  });

  it('when a meeting, item or committee is unknown or malformed, or an item has no decision, then the page is not found', async () => {
    const body = await aCommissioningBody();
    const meetingId = await aMeeting(body.committee.id, []);
    const lead = await signedInAs(app, 'governance-lead');
    await submit(lead, `/meetings/${meetingId}/items/new`, { title: 'Apologies', leadsToDecision: 'false', version: '2' });
    for (const path of [
      '/meetings/64b7f0c2a1b2c3d4e5f60718',
      '/meetings/nonsense',
      '/meetings/nonsense/edit',
      `/meetings/${meetingId}/items/item-9/edit`,
      `/meetings/${meetingId}/items/item-1/participation`,
      '/meetings/new?committeeId=nonsense',
      '/committees/64b7f0c2a1b2c3d4e5f60718/meetings',
    ]) {
      expect((await lead.get(path)).status, path).to.equal(404);
    }
  });
});

describe('Who may see and record meetings', () => {
  useDatabase();
  let app: TestApp;
  before(async () => (app = await startTestApp()));
  after(() => app.close());

  it('when a member opens or posts any meeting page, then it is refused and nothing is written', async () => {
    const body = await aCommissioningBody();
    const meetingId = await aMeeting(body.committee.id, [body.chair.id]);
    const { itemId } = await aDecisionItem(meetingId, { affectedOrganisationIds: [body.riverside.id] });
    const member = await signedInAs(app, 'member');
    const base = `/meetings/${meetingId}`;
    const forms = [`/meetings/new?committeeId=${body.committee.id}`, `${base}/edit`, `${base}/items/new`, `${base}/items/${itemId}/edit`, `${base}/items/${itemId}/participation`];
    for (const path of [`/committees/${body.committee.id}/meetings`, base, ...forms]) expect((await member.get(path)).status, path).to.equal(403);
    for (const path of forms) expect((await member.post(path.split('?')[0], { committeeId: body.committee.id, title: 'x', version: '3' })).status, path).to.equal(403);
    expect(await MeetingModel.findById(meetingId).lean()).to.include({ version: 3 });
  });

  it('when an auditor opens the pages, then they can read meetings but not open the forms', async () => {
    const body = await aCommissioningBody();
    const meetingId = await aMeeting(body.committee.id, [body.chair.id]);
    const { itemId } = await aDecisionItem(meetingId, { affectedOrganisationIds: [body.riverside.id] });
    const auditor = await signedInAs(app, 'auditor');
    expect((await auditor.get(`/committees/${body.committee.id}/meetings`)).text).not.to.contain('Record a meeting');
    const page = await auditor.get(`/meetings/${meetingId}`);
    expect(page.status).to.equal(200);
    expect(page.text).to.contain('Ann Chair').and.not.to.contain('Add an agenda item').and.not.to.contain('/items/');
    for (const path of [`/meetings/new?committeeId=${body.committee.id}`, `/meetings/${meetingId}/edit`, `/meetings/${meetingId}/items/new`, `/meetings/${meetingId}/items/${itemId}/participation`]) {
      expect((await auditor.get(path)).status, path).to.equal(403);
    }
  });
});
