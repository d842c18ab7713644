import { expect } from 'chai';
import { todayUtc } from '../../src/engine/dates';
import { AuditEventModel } from '../../src/audit/auditEvent.model';
import { CommitteeModel } from '../../src/committees/committee.model';
import { MembershipModel } from '../../src/committees/membership.model';
import { ConfirmationModel } from '../../src/declarations/confirmation.model';
import { DeclarationModel } from '../../src/declarations/declaration.model';
import { GiftModel } from '../../src/declarations/gift.model';
import { OrganisationModel } from '../../src/organisations/organisation.model';
import { PersonModel } from '../../src/people/person.model';
import { constitutionSummary } from '../../src/compliance/constitutionSummary';
import { longDate } from '../../src/engine';
import { checkRegister } from '../../src/compliance/compliance.service';
import { DEMO_ACCOUNTS, demoDataProblems, loadDemoData } from '../../src/seed/demoData';
import { ICB_BOARD_NAME } from '../../src/seed/icbDemo';
import { RecordVersionModel } from '../../src/shared/recordVersion.model';
import { RECORD_MODELS } from '../../src/shared/recordModels';
import { verifyAuditChain } from '../../src/audit/verifyChain';
import { RoundModel } from '../../src/rounds/round.model';
import { EmailModel } from '../../src/mail/email.model';
import { createMailer } from '../../src/mail/mailer';
import { registerState } from '../../src/readModel/registerState';
import { progressOf } from '../../src/rounds/rounds.service';
import { roundFacts } from '../../src/rounds/roundFacts';
import { createServices } from '../../src/services';
import { clearDatabase, connectTestDatabase } from '../support/database';
import { TestMailbox } from '../support/mailbox';

const TODAY = new Date();
const todayIsoDay = todayUtc(TODAY);
const activeToday = { $or: [{ to: null }, { to: { $gte: todayIsoDay } }] };

/**
 * The demo is loaded once into an emptied database and every test reads it. (useDatabase() would
 * empty the database before each test, so its two steps are called here directly.)
 */
describe('the demo data', function () {
  let loadMs = 0;

  before(async function () {
    this.timeout(120_000);
    await connectTestDatabase();
    await clearDatabase();
    const started = Date.now();
    await loadDemoData(TODAY);
    loadMs = Date.now() - started;
  });

  after(clearDatabase);

  it('has tables whose references and dates all resolve', () => {
    expect(demoDataProblems()).to.deep.equal([]);
  });

  it('loads in a reasonable time', () => {
    expect(loadMs).to.be.below(30_000);
  });

  it('has the three Worcestershire CCGs and a dozen practices spread over them', async () => {
    const ccgs = await OrganisationModel.find({ kind: 'ccg' }).lean();
    expect(ccgs.map((c) => c.odsCode).sort()).to.deep.equal(['05J', '05T', '06D']);
    const practices = await OrganisationModel.find({ kind: 'gp-practice' }).lean();
    expect(practices).to.have.length(12);
    expect(new Set(practices.map((p) => p.memberOfId))).to.deep.equal(new Set(ccgs.map((c) => String(c._id))));
  });

  it('has a South Worcestershire PCCC with a lay chair, a lay vice-chair and exactly one voting GP', async () => {
    const sw = await OrganisationModel.findOne({ odsCode: '05T' }).lean();
    const pccc = await CommitteeModel.findOne({ type: 'primary-care-commissioning', organisationIds: String(sw!._id) }).lean();
    expect(pccc).to.include({ commissioningLevel: 'delegated', rulePack: 'nhs-pccc-lay-majority' });
    expect(pccc!.quorum?.minimumVoting).to.equal(4);

    const members = await MembershipModel.find({ committeeId: String(pccc!._id), ...activeToday }).lean();
    const holders = (role: string) => members.filter((m) => m.role === role).map((m) => m.category);
    expect(holders('chair')).to.deep.equal(['lay']);
    expect(holders('vice-chair')).to.deep.equal(['lay']);
    const voting = members.filter((m) => m.voting);
    expect(voting.filter((m) => m.category === 'gp')).to.have.length(1);
    expect(2 * voting.filter((m) => m.category === 'lay').length).to.be.above(voting.length);
    for (const seat of ['healthwatch', 'local-authority']) {
      expect(members.filter((m) => m.category === seat).map((m) => m.voting)).to.deep.equal([false]);
    }
  });

  it('has a joint committee of both northern CCGs and NHS England', async () => {
    const joint = await CommitteeModel.findOne({ type: 'joint-commissioning' }).lean();
    const organisations = await OrganisationModel.find({ _id: { $in: joint!.organisationIds } }).lean();
    expect(organisations.map((o) => o.odsCode ?? o.kind).sort()).to.deep.equal(['05J', '06D', 'nhs-england']);
    const members = await MembershipModel.find({ committeeId: String(joint!._id), voting: true, ...activeToday }).lean();
    expect(members.filter((m) => m.category === 'nhs-england')).to.have.length(2);
  });

  it('has the successor ICB, whose board is checked against nhs-icb-board-2022 with one requirement unmet', async () => {
    const icb = await OrganisationModel.findOne({ kind: 'icb' }).lean();
    expect(icb).to.include({ name: 'NHS Herefordshire and Worcestershire ICB', odsCode: 'QGH' });
    const board = await CommitteeModel.findOne({ name: ICB_BOARD_NAME }).lean();
    expect(board).to.include({ rulePack: 'nhs-icb-board-2022', type: 'governing-body' });
    expect(board!.organisationIds).to.deep.equal([String(icb!._id)]);

    const glance = await constitutionSummary(String(board!._id), todayIsoDay);
    expect(glance.requirements.filter((r) => !r.passes).map((r) => [r.id, r.count, r.bound])).to.deep.equal([['non-executives', 1, 'at least 2']]);
    expect(glance.requirements.filter((r) => r.passes)).to.have.length(7);
    expect(glance.rules.filter((r) => !r.passes).map((r) => r.ruleId)).to.deep.equal(['constitution.composition']);
    expect(glance.quorum).to.match(/^More than half of the committee's voting members, including at least 1 executive director/);

    const findings = (await checkRegister({ asAt: todayIsoDay })).findings;
    expect(findings.filter((f) => f.committeeId === String(board!._id)).map((f) => [f.ruleId, f.requirementId, f.message])).to.deep.equal([
      ['constitution.composition', 'non-executives', 'NHS Herefordshire and Worcestershire ICB Board has 1 independent non-executive member; it needs at least 2.'],
    ]);
    const cumulative = findings.filter((f) => f.ruleId === 'gifts.cumulative-from-source');
    expect(cumulative.map((f) => f.message)).to.deep.equal([
      `Lucy Okonjo accepted 3 gifts from Marches Medical Supplies Ltd worth £53 in all in the 12 months to ${longDate(todayIsoDay)}, each worth less than £50. Gifts from one source that reach £50 together must be declared within 28 days of each offer; none of these was.`,
    ]);
  });

  it('makes every demo account a person with its role, and the member one a committee member with declarations', async () => {
    for (const account of DEMO_ACCOUNTS) {
      const person = await PersonModel.findOne({ email: account.email }).lean();
      expect(person, account.email).to.include({ name: account.name, role: account.role });
    }
    const member = DEMO_ACCOUNTS.find((a) => a.role === 'member')!;
    const person = await PersonModel.findOne({ email: member.email }).lean();
    expect(await MembershipModel.countDocuments({ personId: String(person!._id), ...activeToday })).to.be.above(0);
    expect(await DeclarationModel.countDocuments({ personId: String(person!._id) })).to.be.above(0);
    expect(new Set(DEMO_ACCOUNTS.map((a) => a.role))).to.deep.equal(new Set(['member', 'governance-lead', 'auditor', 'admin']));
  });

  it('refers only to people, organisations and committees that exist', async () => {
    const idsOf = (docs: { _id: unknown }[]) => new Set(docs.map((d) => String(d._id)));
    const people = idsOf(await PersonModel.find({}, { _id: 1 }).lean());
    const organisations = idsOf(await OrganisationModel.find({}, { _id: 1 }).lean());
    const committees = idsOf(await CommitteeModel.find({}, { _id: 1 }).lean());
    const expectIn = (set: Set<string>, id: string | null | undefined, what: string) => {
      if (id != null) expect(set.has(id), `${what} ${id}`).to.equal(true);
    };

    for (const o of await OrganisationModel.find().lean()) expectIn(organisations, o.memberOfId, `${o.name}: memberOfId`);
    for (const c of await CommitteeModel.find().lean()) {
      expect(c.organisationIds).to.not.be.empty;
      c.organisationIds.forEach((id) => expectIn(organisations, id, `${c.name}: organisationIds`));
    }
    for (const m of await MembershipModel.find().lean()) {
      expectIn(committees, m.committeeId, 'membership committeeId');
      expectIn(people, m.personId, 'membership personId');
    }
    for (const d of await DeclarationModel.find().lean()) {
      expectIn(people, d.personId, 'declaration personId');
      expectIn(organisations, d.organisationId, 'declaration organisationId');
    }
    for (const g of await GiftModel.find().lean()) {
      expectIn(people, g.personId, 'gift personId');
      expectIn(people, g.approval?.by, 'gift approver');
      expectIn(organisations, g.fromOrganisationId, 'gift fromOrganisationId');
    }
    for (const c of await ConfirmationModel.find().lean()) expectIn(people, c.personId, 'confirmation personId');
  });

  it('keeps every version of every record in its history with its audit event, stamped in the order it happened', async () => {
    const versions = await RecordVersionModel.find({}, { recordType: 1, recordId: 1, version: 1, recordedAt: 1 }).lean();
    const events = await AuditEventModel.find({}, { seq: 1, at: 1, commitKey: 1 }).sort({ seq: 1 }).lean();
    const versionKeys = new Set(versions.map((v) => `${v.recordType}:${v.recordId}:${v.version}`));
    const commitKeys = new Set(events.map((e) => e.commitKey));

    let records = 0;
    for (const [recordType, model] of Object.entries(RECORD_MODELS)) {
      for (const doc of (await model.find({}, { version: 1 }).lean()) as unknown as { _id: unknown; version: number }[]) {
        for (let version = 1; version <= doc.version; version += 1) {
          const key = `${recordType}:${String(doc._id)}:${version}`;
          expect(versionKeys.has(key), `${key} in the history`).to.equal(true);
          expect(commitKeys.has(key), `${key} in the audit trail`).to.equal(true);
          records += 1;
        }
      }
    }
    expect(versions).to.have.length(records);
    expect(events).to.have.length(records);
    // Two years of history, each step on its day and the trail in time order, ending before today.
    const times = events.map((e) => e.at.getTime());
    expect(times).to.deep.equal([...times].sort((a, b) => a - b));
    expect(todayUtc(events[0].at)).to.equal(todayUtc(new Date(TODAY.getTime() - 730 * 86_400_000)));
    expect(todayUtc(events.at(-1)!.at) < todayIsoDay).to.equal(true);
    expect((await verifyAuditChain()).intact).to.equal(true);
  });

  it('leaves something for the compliance checks to find, and is otherwise up to date', async () => {
    const yearAgo = new Date(Date.UTC(TODAY.getUTCFullYear() - 1, TODAY.getUTCMonth(), TODAY.getUTCDate())).toISOString().slice(0, 10);
    const current = await MembershipModel.find(activeToday).lean();
    const memberIds = [...new Set(current.map((m) => m.personId))];
    const declarations = await DeclarationModel.find().lean();
    const confirmations = await ConfirmationModel.find().lean();
    const latestWord = (personId: string) =>
      [...declarations.filter((d) => d.personId === personId).map((d) => d.declaredOn), ...confirmations.filter((c) => c.personId === personId).map((c) => c.confirmedOn)]
        .sort()
        .pop();

    const nothingDeclared = memberIds.filter((id) => latestWord(id) === undefined);
    const overdue = memberIds.filter((id) => {
      const latest = latestWord(id);
      return latest !== undefined && latest < yearAgo;
    });
    expect(nothingDeclared).to.have.length(1);
    expect(overdue).to.have.length(2);
    expect(memberIds.length).to.be.above(20);
    expect(declarations.filter((d) => d.type === 'nil').length).to.be.at.least(2);
    expect(declarations.some((d) => d.to !== null)).to.equal(true);
    expect(declarations.some((d) => d.type === 'indirect' && d.heldBy === 'spouse-or-partner')).to.equal(true);
    expect(await GiftModel.countDocuments()).to.be.at.least(8);
  });
});

describe('the demo declaration round', function () {
  this.timeout(120_000);
  before(async () => {
    await connectTestDatabase();
    await clearDatabase();
    await loadDemoData(TODAY);
  });
  after(clearDatabase);

  it('is in progress with some returns made and the demo member outstanding, and the first tick sends nothing already sent', async () => {
    const mailbox = await new TestMailbox().start();
    try {
      const services = createServices({
        transport: createMailer({ smtpUrl: mailbox.url, from: 'Register <register@test.invalid>', outboxDir: '/nonexistent' }),
        mailMode: 'live',
        publicUrl: 'http://127.0.0.1',
        bodyName: 'NHS South Worcestershire CCG',
        log: () => undefined,
      });
      await services.postman.load();
      const [round] = await RoundModel.find().lean();
      expect(round).to.include({ status: 'open' });
      const progress = progressOf({ ...round, _id: String(round._id) }, roundFacts(await registerState()), todayIsoDay);
      expect(progress.overall.returned).to.be.within(3, progress.overall.total - 5);
      expect(progress.people.find((p) => p.email === 'sam.okafor@example.org')?.status).to.equal('not-started');
      expect(await EmailModel.countDocuments({ template: 'round-opened', status: 'sent' })).to.equal(progress.overall.total);

      const report = await services.scheduler.tick();
      const resent = mailbox.messages.filter((m) => m.subject?.includes('please make your declaration') || m.subject?.includes('your declaration is due'));
      expect(resent, 'nothing the round already sent goes again').to.deep.equal([]);
      expect(report.planned).to.equal(0);
      services.postman.close();
    } finally {
      await mailbox.stop();
    }
  });
});
