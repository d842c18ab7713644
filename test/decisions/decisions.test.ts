import { expect } from 'chai';
import { DecisionModel } from '../../src/decisions/decision.model';
import { NOTHING_AFFECTED } from '../../src/decisions/decisions.service';
import { MeetingModel } from '../../src/decisions/meeting.model';
import { useDatabase } from '../support/database';
import { auditActionsFor, countOf, expectApiFieldError, expectApiRecord, signedInAs } from '../support/management';
import { startTestApp, type TestApp } from '../support/testApp';
import { aCommissioningBody, aDecisionItem, aMeeting, MEETING_DATE } from './fixtures';

type Json = Record<string, unknown> & { id: string; version: number };
type MeetingJson = Json & { items: { itemId: string; title: string; decisionId: string | null; participation: { personId: string; action: string }[] }[] };

const aDecisionBody = (overrides: Record<string, unknown> = {}) => ({ title: 'APMS contract award', kind: 'contract-award', valueGBP: 250000, affectedOrganisationIds: [], affectsAllPracticesOf: null, ...overrides });

describe('The meetings and decisions API', () => {
  useDatabase();
  let app: TestApp;
  before(async () => (app = await startTestApp()));
  after(() => app.close());

  it('when a client records a meeting, an item with its decision and what members did, then each is stored, versioned and readable as JSON', async () => {
    const body = await aCommissioningBody();
    const lead = await signedInAs(app, 'governance-lead');
    const created = await lead.api('POST', `/api/committees/${body.committee.id}/meetings`, { date: MEETING_DATE, present: [body.chair.id, body.gp.id] });
    expect(created.status, created.text).to.equal(201);
    const meeting = created.json<MeetingJson>();
    expectApiRecord(meeting);
    expect(created.location).to.equal(`/api/meetings/${meeting.id}`);
    expect(meeting).to.deep.include({ committeeId: body.committee.id, date: MEETING_DATE, present: [body.chair.id, body.gp.id], items: [], version: 1 });

    const withItem = await lead.api('POST', `/api/meetings/${meeting.id}/items`, { title: 'Contract award', version: 1, decision: aDecisionBody({ title: undefined, affectedOrganisationIds: [body.riverside.id] }) });
    expect(withItem.status, withItem.text).to.equal(201);
    const item = withItem.json<MeetingJson & { itemId: string }>();
    expect(item.itemId).to.equal('item-1');
    const decisionId = item.items[0].decisionId ?? '';
    const decision = (await lead.api('GET', `/api/decisions/${decisionId}`)).json<Json>();
    expectApiRecord(decision);
    expect(decision).to.deep.include({ committeeId: body.committee.id, meetingId: meeting.id, date: MEETING_DATE, title: 'Contract award', kind: 'contract-award' });

    const put = await lead.api('PUT', `/api/meetings/${meeting.id}`, {
      date: MEETING_DATE,
      present: [body.chair.id, body.gp.id],
      items: [{ itemId: 'item-1', title: 'Contract award', decisionId, participation: [{ personId: body.gp.id, action: 'left-room' }] }, { title: 'Any other business' }],
      version: 2,
    });
    expect(put.status, put.text).to.equal(200);
    expect(put.json<MeetingJson>().items.map((i) => [i.itemId, i.participation])).to.deep.equal([
      ['item-1', [{ personId: body.gp.id, action: 'left-room', reason: null }]],
      ['item-2', []],
    ]);
    expect((await lead.api('GET', `/api/committees/${body.committee.id}/meetings`)).json<{ meetings: Json[] }>().meetings.map((m) => m.version)).to.deep.equal([3]);

    const changed = await lead.api('PUT', `/api/decisions/${decisionId}`, aDecisionBody({ affectedOrganisationIds: [body.riverside.id], valueGBP: 300000, version: 1 }));
    expect(changed.status, changed.text).to.equal(200);
    expect(changed.json()).to.include({ valueGBP: 300000, version: 2, date: MEETING_DATE });
    expect((await lead.api('GET', '/api/decisions')).json<{ decisions: Json[] }>().decisions.map((d) => d.id)).to.deep.equal([decisionId]);
    expect(await auditActionsFor(decisionId)).to.deep.equal(['decision.created', 'decision.updated']);
  });

  it("when a decision is posted for an agenda item, then it takes the meeting's committee and date and the item is linked to it", async () => {
    const body = await aCommissioningBody();
    const meetingId = await aMeeting(body.committee.id, [body.chair.id]);
    const lead = await signedInAs(app, 'governance-lead');
    await lead.api('POST', `/api/meetings/${meetingId}/items`, { title: 'Local incentive scheme', version: 2 });
    const created = await lead.api('POST', '/api/decisions', { meetingId, itemId: 'item-1', ...aDecisionBody({ kind: 'local-incentive-scheme', affectsAllPracticesOf: body.ccg.id }) });
    expect(created.status, created.text).to.equal(201);
    const decision = created.json<Json>();
    expect(created.location).to.equal(`/api/decisions/${decision.id}`);
    expect(decision).to.include({ committeeId: body.committee.id, date: MEETING_DATE, affectsAllPracticesOf: body.ccg.id });
    expect((await MeetingModel.findById(meetingId).lean())?.items[0]).to.include({ decisionId: decision.id });

    const again = await lead.api('POST', '/api/decisions', { meetingId, itemId: 'item-1', ...aDecisionBody({ affectedOrganisationIds: [body.hill.id] }) });
    expectApiFieldError(again, 'itemId', "Agenda item 'Local incentive scheme' already records a decision");
    expectApiFieldError(await lead.api('POST', '/api/decisions', { meetingId, itemId: 'item-7', ...aDecisionBody({ affectedOrganisationIds: [body.hill.id] }) }), 'itemId');
    expect(await countOf(DecisionModel)).to.equal(1);
  });

  it('when the decision is bad, then the answer is 400 naming each field and nothing is written', async () => {
    const body = await aCommissioningBody();
    const meetingId = await aMeeting(body.committee.id, [body.chair.id]);
    const lead = await signedInAs(app, 'governance-lead');
    const post = (overrides: Record<string, unknown>) => lead.api('POST', '/api/decisions', { meetingId, ...aDecisionBody({ affectedOrganisationIds: [body.riverside.id], ...overrides }) });
    const everything = await post({ title: '', kind: 'gift', valueGBP: -1, affectedOrganisationIds: ['nonsense'] });
    expectApiFieldError(everything, 'title', 'Enter what was decided');
    expectApiFieldError(everything, 'kind', 'Select the kind of decision');
    expectApiFieldError(everything, 'valueGBP', 'Value must be £0 or more');
    expectApiFieldError(everything, 'affectedOrganisationIds.0', 'Select the organisations from the list');
    expectApiFieldError(await post({ affectedOrganisationIds: [] }), 'affectedOrganisationIds', NOTHING_AFFECTED);
    expectApiFieldError(await post({ affectedOrganisationIds: ['64b7f0c2a1b2c3d4e5f60718'] }), 'affectedOrganisationIds', 'Select organisations that are on the register');
    expectApiFieldError(await post({ affectsAllPracticesOf: body.hill.id }), 'affectsAllPracticesOf', 'Select a clinical commissioning group or integrated care board on the register');
    expectApiFieldError(await post({ date: '2015-06-11' }), 'date', 'A decision is taken on the date of its meeting, 10 June 2015');
    expectApiFieldError(await post({ meetingId: '64b7f0c2a1b2c3d4e5f60718' }), 'meetingId', 'Select a meeting on the register');
    expectApiFieldError(await lead.api('POST', '/api/decisions', {}), 'meetingId', 'Select the meeting the decision was taken at');
    expect(await countOf(DecisionModel)).to.equal(0);
  });

  it('when a meeting is put with people not present, participation of absent members or without an item that records a decision, then 400 and nothing is written', async () => {
    const body = await aCommissioningBody();
    const meetingId = await aMeeting(body.committee.id, [body.chair.id, body.healthwatch.id]);
    const { decisionId } = await aDecisionItem(meetingId, { affectedOrganisationIds: [body.riverside.id] });
    const lead = await signedInAs(app, 'governance-lead');
    const put = (fields: Record<string, unknown>) => lead.api('PUT', `/api/meetings/${meetingId}`, { date: MEETING_DATE, present: [body.chair.id, body.healthwatch.id], version: 3, ...fields });
    const item = (participation: unknown[]) => ({ itemId: 'item-1', title: 'Contract award', decisionId, participation });

    expectApiFieldError(await put({ present: ['64b7f0c2a1b2c3d4e5f60718'] }), 'present', 'Select the members present from the list');
    expectApiFieldError(await put({ date: '2015-02-30' }), 'date', 'Meeting date must be a real date');
    expectApiFieldError(await put({ items: [item([{ personId: body.gp.id, action: 'voted' }])] }), 'items.0.participation.0.personId', 'Record what members did only for members present at the meeting');
    expectApiFieldError(await put({ items: [item([{ personId: body.healthwatch.id, action: 'voted' }])] }), 'items.0.participation.0.action', 'Hana Watch has no vote on the committee');
    expectApiFieldError(await put({ items: [item([{ personId: body.chair.id, action: 'shouted' }])] }), 'items.0.participation.0.action', 'Select what the member did on the item');
    expectApiFieldError(await put({ items: [{ title: 'Apologies', participation: [{ personId: body.chair.id, action: 'voted' }] }] }), 'items.0.participation');
    expectApiFieldError(await put({ items: [] }), 'items', "Agenda item 'Contract award' records a decision on the register: keep it, linked to its decision");
    expectApiFieldError(await put({ items: [item([]), { title: 'Again', decisionId }] }), 'items.1.decisionId', 'Another item already records this decision');
    expectApiFieldError(await put({ items: [item([]), { title: 'Other', decisionId: '64b7f0c2a1b2c3d4e5f60718' }] }), 'items.1.decisionId', 'Link a decision taken at this meeting');
    expectApiFieldError(await lead.api('POST', `/api/meetings/${meetingId}/items`, { title: '', version: 3 }), 'title', "Enter the agenda item's title");
    expectApiFieldError(await lead.api('POST', `/api/meetings/${meetingId}/items`, { title: 'Scheme', version: 3, decision: aDecisionBody() }), 'decision.affectedOrganisationIds', NOTHING_AFFECTED);
    expect(await MeetingModel.findById(meetingId).lean()).to.include({ version: 3 });
    expect(await countOf(DecisionModel)).to.equal(1);
  });

  it('when two clients put the same version, then the second gets 409 and the first save stands', async () => {
    const body = await aCommissioningBody();
    const meetingId = await aMeeting(body.committee.id, [body.chair.id]);
    const { decisionId } = await aDecisionItem(meetingId, { affectedOrganisationIds: [body.riverside.id] });
    const lead = await signedInAs(app, 'governance-lead');
    expect((await lead.api('PUT', `/api/meetings/${meetingId}`, { date: MEETING_DATE, present: [body.chair.id, body.vice.id], version: 3 })).status).to.equal(200);
    const stale = await lead.api('PUT', `/api/meetings/${meetingId}`, { date: MEETING_DATE, present: [], version: 3 });
    expect(stale.status).to.equal(409);
    expect(stale.json()).to.have.property('error').that.contains('changed since you opened it');
    expect((await lead.api('POST', `/api/meetings/${meetingId}/items`, { title: 'Late item', version: 3 })).status).to.equal(409);
    expect((await lead.api('PUT', `/api/decisions/${decisionId}`, aDecisionBody({ affectedOrganisationIds: [body.hill.id], version: 1 }))).status).to.equal(200);
    expect((await lead.api('PUT', `/api/decisions/${decisionId}`, aDecisionBody({ affectedOrganisationIds: [body.border.id], version: 1 }))).status).to.equal(409);
    expect(await DecisionModel.findById(decisionId).lean()).to.deep.include({ affectedOrganisationIds: [body.hill.id], version: 2 });
    expect(await MeetingModel.findById(meetingId).lean()).to.deep.include({ present: [body.chair.id, body.vice.id], version: 4 });
  });

  it('when an id is unknown or malformed, then the answer is 404', async () => {
    const lead = await signedInAs(app, 'governance-lead');
    for (const id of ['64b7f0c2a1b2c3d4e5f60718', 'nonsense']) {
      for (const [method, path] of [
        ['GET', `/api/committees/${id}/meetings`],
        ['POST', `/api/committees/${id}/meetings`],
        ['GET', `/api/meetings/${id}`],
        ['PUT', `/api/meetings/${id}`],
        ['POST', `/api/meetings/${id}/items`],
        ['GET', `/api/decisions/${id}`],
        ['PUT', `/api/decisions/${id}`],
      ]) {
        expect((await lead.api(method, path, method === 'GET' ? undefined : { date: MEETING_DATE, version: 1 })).status, `${method} ${path}`).to.equal(404);
      }
    }
  });

  it('when the caller is signed out or a member, then 401 or 403 on every endpoint; an auditor may only read', async () => {
    const body = await aCommissioningBody();
    const meetingId = await aMeeting(body.committee.id, [body.chair.id]);
    const { decisionId } = await aDecisionItem(meetingId, { affectedOrganisationIds: [body.riverside.id] });
    const member = await signedInAs(app, 'member');
    const auditor = await signedInAs(app, 'auditor');
    const endpoints = [
      ['GET', `/api/committees/${body.committee.id}/meetings`],
      ['POST', `/api/committees/${body.committee.id}/meetings`],
      ['GET', `/api/meetings/${meetingId}`],
      ['PUT', `/api/meetings/${meetingId}`],
      ['POST', `/api/meetings/${meetingId}/items`],
      ['GET', '/api/decisions'],
      ['POST', '/api/decisions'],
      ['GET', `/api/decisions/${decisionId}`],
      ['PUT', `/api/decisions/${decisionId}`],
    ];
    for (const [method, path] of endpoints) {
      const input = method === 'GET' ? undefined : { date: MEETING_DATE, version: 3 };
      expect((await app.agent().api(method, path, input)).status, `${method} ${path}`).to.equal(401);
      expect((await member.api(method, path, input)).status, `${method} ${path}`).to.equal(403);
      expect((await auditor.api(method, path, input)).status, `${method} ${path}`).to.equal(method === 'GET' ? 200 : 403);
    }
    expect(await MeetingModel.findById(meetingId).lean()).to.include({ version: 3 });
  });
});

describe('The register of procurement decisions', () => {
  useDatabase();
  let app: TestApp;
  before(async () => (app = await startTestApp()));
  after(() => app.close());

  it('when it is opened, then each decision shows its date, committee, kind, value, organisations and who took part, with a page and history of its own', async () => {
    const body = await aCommissioningBody();
    const meetingId = await aMeeting(body.committee.id, [body.chair.id, body.gp.id, body.healthwatch.id]);
    const { decisionId } = await aDecisionItem(meetingId, { title: 'Local incentive scheme', kind: 'local-incentive-scheme', valueGBP: 1200000, affectedOrganisationIds: [body.hill.id], affectsAllPracticesOf: body.ccg.id }, [
      { personId: body.gp.id, action: 'left-room' },
    ]);
    const auditor = await signedInAs(app, 'auditor');
    const register = await auditor.get('/decisions');
    expect(register.status).to.equal(200);
    expect(register.text).to.contain('10 June 2015').and.to.contain('Example PCCC').and.to.contain('Local incentive scheme').and.to.contain('£1,200,000');
    expect(register.text).to.contain('Hill Medical Centre; every GP practice of NHS Example CCG');
    expect(register.text).to.contain('Ann Chair: Voted').and.to.contain('Dr Gail Price: Left the room').and.to.contain('Hana Watch: no vote');
    expect(register.text).to.contain(`href="/committees/${body.committee.id}/meetings"`);

    const page = await auditor.get(`/decisions/${decisionId}`);
    expect(page.text).to.contain('<h1>Local incentive scheme</h1>').and.to.contain(`href="/meetings/${meetingId}"`).and.to.contain('Voted (nothing recorded)').and.to.contain('Created');
    expect(page.text).not.to.contain('Change this decision');
    const lead = await signedInAs(app, 'governance-lead');
    expect((await lead.get(`/decisions/${decisionId}`)).text).to.contain(`/meetings/${meetingId}/items/item-1/edit`);
    for (const path of ['/decisions/64b7f0c2a1b2c3d4e5f60718', '/decisions/nonsense']) expect((await lead.get(path)).status, path).to.equal(404);
    const member = await signedInAs(app, 'member');
    for (const path of ['/decisions', `/decisions/${decisionId}`]) expect((await member.get(path)).status, path).to.equal(403);
  });

  it('when a governance lead or auditor is signed in, then the menu links to meetings and decisions and to breaches', async () => {
    const lead = await signedInAs(app, 'governance-lead');
    const menu = (await lead.get('/home')).text;
    expect(menu).to.contain('href="/decisions">Meetings and decisions</a>').and.to.contain('href="/breaches">Breaches</a>');
    expect((await (await signedInAs(app, 'member')).get('/declarations')).text).not.to.contain('href="/breaches"');
  });
});
