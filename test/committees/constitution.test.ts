import { expect } from 'chai';
import { CommitteeModel } from '../../src/committees/committee.model';
import { MembershipModel } from '../../src/committees/membership.model';
import { buildSnapshot } from '../../src/compliance/snapshotBuilder';
import { useDatabase } from '../support/database';
import { aCommittee, aMembership, anOrganisation, aPerson } from '../support/factories';
import { countOf, expectApiFieldError, expectFieldError, signedInAs, tableRows } from '../support/management';
import { startTestApp, type TestApp } from '../support/testApp';

const EXECUTIVE_PRESENT = [{ id: 'executive', label: 'executives', categories: ['executive'], min: 1 }];

const aCommitteeBody = (organisationIds: string[], overrides: Record<string, unknown> = {}) => ({
  name: 'NHS Example ICB Board',
  organisationIds,
  type: 'governing-body',
  commissioningLevel: null,
  rulePack: 'nhs-icb-board-2022',
  quorum: null,
  ...overrides,
});

const aCommitteeForm = (organisationIds: string[], overrides: Record<string, string> = {}) => ({
  name: 'Primary Care Commissioning Committee',
  organisationIds,
  type: 'primary-care-commissioning',
  commissioningLevel: 'delegated',
  rulePack: 'nhs-pccc-2017',
  quorum: '',
  majorityOfVoting: '',
  countedMajority: '',
  chairOrViceChair: '',
  present: '',
  ...overrides,
});

describe("A committee's own constitution: quorum settings, offices and the constitution at a glance", () => {
  useDatabase();
  let app: TestApp;
  before(async () => (app = await startTestApp()));
  after(() => app.close());

  describe('quorum settings', () => {
    it('when the API sets some quorum settings, then only those are kept, and the snapshot carries them to the engine', async () => {
      const icb = await anOrganisation({ name: 'NHS Example ICB', kind: 'icb' });
      const lead = await signedInAs(app, 'governance-lead');
      const quorum = { minimumVoting: 6, majorityOfVoting: null, countedMajority: false, chairOrViceChair: false, present: EXECUTIVE_PRESENT };
      const created = await lead.api('POST', '/api/committees', aCommitteeBody([icb.id], { quorum }));
      expect(created.status, created.text).to.equal(201);
      const expected = { minimumVoting: 6, countedMajority: false, chairOrViceChair: false, present: EXECUTIVE_PRESENT };
      expect(created.json()).to.deep.include({ quorum: expected });
      const snapshot = await buildSnapshot('2024-01-01');
      expect(snapshot.committees[0].quorum).to.deep.equal(expected);
    });

    it('when a counted majority is asked of a pack that counts no categories, or a requirement is bad, then the API names the field and writes nothing', async () => {
      const icb = await anOrganisation({ name: 'NHS Example ICB', kind: 'icb' });
      const lead = await signedInAs(app, 'governance-lead');
      expectApiFieldError(
        await lead.api('POST', '/api/committees', aCommitteeBody([icb.id], { quorum: { countedMajority: true } })),
        'quorum.countedMajority',
        'Rule pack nhs-icb-board-2022 counts no categories for a majority, so a counted majority cannot be required: leave it to the rule pack, or choose No',
      );
      const bad = await lead.api('POST', '/api/committees', aCommitteeBody([icb.id], { quorum: { majorityOfVoting: 'often', present: [{ id: 'execs', label: 'executives', categories: ['boss'] }] } }));
      expectApiFieldError(bad, 'quorum.majorityOfVoting', "Select whether more than half of the committee's voting members must be present, or leave it to the rule pack");
      expectApiFieldError(bad, 'quorum.present.0.categories.0');
      expectApiFieldError(bad, 'quorum.present.0.min', 'quorum.present[0].min is required');
      expect(await countOf(CommitteeModel)).to.equal(0);
    });

    it('when the form sets the quorum settings and the members who must be present, then they are stored, shown on the page and filled in again to change', async () => {
      const ccg = await anOrganisation({ name: 'NHS Example CCG', kind: 'ccg' });
      const lead = await signedInAs(app, 'governance-lead');
      const present = '- id: executive\n  label: executives\n  categories: [executive]\n  min: 1\n';
      const saved = await lead.post('/committees/new', aCommitteeForm([ccg.id], { quorum: '5', majorityOfVoting: 'true', chairOrViceChair: 'false', present }));
      expect(saved.status).to.equal(303);
      const committee = await CommitteeModel.findOne().lean();
      expect(committee?.quorum).to.deep.equal({ minimumVoting: 5, majorityOfVoting: true, chairOrViceChair: false, present: EXECUTIVE_PRESENT });
      const page = (await lead.get(saved.location!)).text;
      expect(page).to.contain('<li>At least 5 voting members present</li>').and.to.contain('<li>The chair or vice-chair present: no</li>');
      expect(page).to.contain(
        "At least 5 voting members and more than half of the committee&#x27;s voting members, of whom lay, executive and NHS England members are a majority, including at least 1 executive.",
      );
      const form = (await lead.get(`${saved.location}/edit`)).text;
      expect(form).to.match(/id="majorityOfVoting-true" name="majorityOfVoting" type="radio" value="true" checked/);
      expect(form).to.match(/id="countedMajority" name="countedMajority" type="radio" value="" checked/);
      expect(form).to.contain('- id: executive\n  label: executives\n  categories: [executive]\n  min: 1\n</textarea>');
    });

    it('when the members who must be present are not YAML, or an entry is wrong, then the form says so beside that field', async () => {
      const ccg = await anOrganisation({ name: 'NHS Example CCG', kind: 'ccg' });
      const lead = await signedInAs(app, 'governance-lead');
      const notYaml = await lead.post('/committees/new', aCommitteeForm([ccg.id], { present: '- id: [unclosed' }));
      expectFieldError(notYaml, 'present', /^Members who must be present: not valid YAML: .+ \(line \d+, column \d+\)$/);
      const noMin = await lead.post('/committees/new', aCommitteeForm([ccg.id], { present: '- { id: lay, label: lay members, categories: [lay] }' }));
      expectFieldError(noMin, 'present', 'Members who must be present, entry 1: min is required');
      const notAList = await lead.post('/committees/new', aCommitteeForm([ccg.id], { present: 'lay: 1' }));
      expectFieldError(notAList, 'present', 'Members who must be present: must be a list of requirements, each starting with "- id:"');
      expect(await countOf(CommitteeModel)).to.equal(0);
    });
  });

  describe('offices', () => {
    it('when a seat on an ICB board is added through the form, then the office is chosen from those the pack counts and shown on the committee', async () => {
      const icb = await anOrganisation({ name: 'NHS Example ICB', kind: 'icb' });
      const board = await aCommittee(aCommitteeBody([icb.id]) as Parameters<typeof aCommittee>[0]);
      const person = await aPerson({ name: 'Frank Finance' });
      const lead = await signedInAs(app, 'governance-lead');
      const form = (await lead.get(`/committees/${board.id}/members/new`)).text;
      expect(form).to.contain('<option value="finance-director">Finance director (finance-director)</option>');
      expect(form).to.contain('<option value="partner-member-local-authority">Partner member local authority (partner-member-local-authority)</option>');
      const saved = await lead.post(`/committees/${board.id}/members/new`, {
        personId: person.id, category: 'executive', role: 'member', voting: 'true', office: 'finance-director', 'from-day': '1', 'from-month': '7', 'from-year': '2022',
      });
      expect(saved.status).to.equal(303);
      expect((await MembershipModel.findOne().lean())?.office).to.equal('finance-director');
      const page = (await lead.get(`/committees/${board.id}`)).text;
      expect(page).to.contain('<span class="nhsuk-u-font-size-16">Finance director</span>');
    });

    it('when the API gives an office in words, then it is kept as the packs write it; an office that cannot be is refused', async () => {
      const ccg = await anOrganisation({ name: 'NHS Example CCG', kind: 'ccg' });
      const committee = await aCommittee({ organisationIds: [ccg.id] });
      const person = await aPerson();
      const lead = await signedInAs(app, 'governance-lead');
      const seat = { personId: person.id, category: 'executive', role: 'member', voting: true, from: '2015-04-01', to: null };
      const created = await lead.api('POST', `/api/committees/${committee.id}/memberships`, { ...seat, office: '  Finance  Director ' });
      expect(created.json()).to.include({ office: 'finance-director' });
      expectApiFieldError(
        await lead.api('POST', `/api/committees/${committee.id}/memberships`, { ...seat, office: 'Finance & Performance' }),
        'office',
        'Office must be letters and digits joined by hyphens, like finance-director, and 60 characters or fewer',
      );
    });
  });

  describe('the constitution at a glance', () => {
    it("when an ICB board lacks a non-executive, then its page lists each requirement of its pack with its count, and the one that fails", async () => {
      const icb = await anOrganisation({ name: 'NHS Example ICB', kind: 'icb' });
      const board = await aCommittee(aCommitteeBody([icb.id]) as Parameters<typeof aCommittee>[0]);
      const seat = async (name: string, category: string, role: string, office: string | null = null) =>
        aMembership({ committeeId: board.id, personId: (await aPerson({ name })).id, category, role, office, from: '2022-07-01' });
      await seat('Carol Chair', 'non-executive', 'chair');
      await seat('Nadia Deputy', 'non-executive', 'vice-chair');
      for (const office of ['chief-executive', 'finance-director', 'medical-director', 'nursing-director']) await seat(`Exec ${office}`, 'executive', 'member', office);
      for (const office of ['partner-member-trust', 'partner-member-primary-care', 'partner-member-local-authority']) await seat(`Partner ${office}`, 'partner-member', 'member', office);
      const lead = await signedInAs(app, 'governance-lead');
      const response = await lead.get(`/committees/${board.id}`);
      const page = response.text.replace(/\s+/g, ' ');
      const [header, ...rest] = tableRows(response).filter((row) => row.length === 4);
      expect(header).to.deep.equal(['Requirement', 'Members now', 'Needs', 'Result']);
      const rows = rest.slice(0, 8);
      expect(rows).to.deep.equal([
        ['Chief executives Counts: Chief executive', '1', 'at least 1', 'Meets it'],
        ['Finance directors Counts: Finance director', '1', 'at least 1', 'Meets it'],
        ['Medical directors Counts: Medical director', '1', 'at least 1', 'Meets it'],
        ['Directors of nursing Counts: Nursing director', '1', 'at least 1', 'Meets it'],
        // The chair is not counted: the requirement says so beside the count, which the voting members above include.
        ['Independent non-executive members Counts: Independent non-executive member; role Member or Vice-chair', '1', 'at least 2', 'Does not meet it'],
        ['Partner members nominated by NHS trusts and foundation trusts Counts: Partner member trust', '1', 'at least 1', 'Meets it'],
        ['Partner members nominated by providers of primary medical services Counts: Partner member primary care', '1', 'at least 1', 'Meets it'],
        ['Partner members nominated by local authorities Counts: Partner member local authority', '1', 'at least 1', 'Meets it'],
      ]);
      expect(page).to.contain('NHS Example ICB Board has 1 independent non-executive member; it needs at least 2.');
      expect(page).to.contain('<li>Finance director: Exec finance-director</li>');
    });
  });
});
