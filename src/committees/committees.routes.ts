import { todayUtc } from '../engine/dates';
import { Router } from 'express';
import { dump as dumpYaml } from 'js-yaml';
import { actorOf } from '../accounts/access';
import { flash } from '../web/flash';
import { commissioningBodies } from '../organisations/organisations.service';
import { parsePackYaml } from '../rules';
import { countOf, quorumTestFor, type RulePack } from '../engine';
import { packLibrary, checksCommittees } from '../rulePacks/library';
import { ValidationError } from '../shared/errors';
import { formList } from '../web/formInput';
import { handleForm } from '../web/forms';
import { describeHistory } from '../web/history';
import type { Committee } from './committee.model';
import { addCommittee, committeeDetails, getCommittee, listCommittees, updateCommittee } from './committees.service';
import { membershipsRouter } from './memberships.routes';
import { constitutionSummary } from '../compliance/constitutionSummary';

const FIELD_NAMES = {
  name: 'name',
  organisationIds: 'organisations',
  type: 'type',
  commissioningLevel: 'commissioning level',
  rulePack: 'rule pack',
  quorum: 'quorum',
};

/** The quorum settings a committee may leave to its rule pack: form field -> setting. */
const OWN_SETTINGS = ['majorityOfVoting', 'countedMajority', 'chairOrViceChair'] as const;

/** A quorum setting as the form sends it: '' leaves it to the rule pack. */
const ownSetting = (value: unknown) => (value === undefined || value === '' ? null : value);

/** The form's "members who must be present": YAML in the rule pack format, or blank for the pack's own. */
function presentFromForm(text: unknown): unknown {
  const yaml = String(text ?? '').trim();
  if (yaml === '') return null;
  const { data, problems } = parsePackYaml('Members who must be present', yaml);
  if (problems.length > 0) throw new ValidationError([{ field: 'present', message: problems[0] }]);
  return data;
}

function committeeInputFromForm(body: Record<string, unknown>) {
  return {
    name: body.name,
    organisationIds: formList(body.organisationIds),
    type: body.type,
    commissioningLevel: body.commissioningLevel,
    rulePack: body.rulePack,
    quorum: {
      minimumVoting: ownSetting(String(body.quorum ?? '').trim()),
      ...Object.fromEntries(OWN_SETTINGS.map((name) => [name, ownSetting(body[name])])),
      present: presentFromForm(body.present),
    },
    version: body.version,
  };
}

/**
 * The service names quorum settings by their place in the committee (`quorum.present.1.min`); the form
 * has a field for each, and says which entry of the present list is wrong.
 */
async function withFormFields<T>(action: () => Promise<T>): Promise<T> {
  try {
    return await action();
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    throw new ValidationError(
      error.errors.map(({ field, message }) => {
        const [top, setting, entry] = field.split('.');
        if (top !== 'quorum' || setting === undefined) return { field, message };
        if (setting === 'minimumVoting') return { field: 'quorum', message };
        if (setting !== 'present') return { field: setting, message };
        // "quorum.present[0].min is required" reads "entry 1: min is required" beside the field.
        const what = /must be an array$/.test(message) ? 'must be a list of requirements, each starting with "- id:"' : message.replace(/^quorum\.present(\[\d+\]\.?)?/, '').trim();
        return { field: 'present', message: `Members who must be present${entry === undefined ? '' : `, entry ${Number(entry) + 1}`}: ${what}` };
      }),
    );
  }
}

function committeeFormValues(committee: Committee & { version: number }): Record<string, unknown> {
  const quorum = committee.quorum ?? {};
  return {
    ...committee,
    commissioningLevel: committee.commissioningLevel ?? '',
    quorum: quorum.minimumVoting ?? '',
    ...Object.fromEntries(OWN_SETTINGS.map((name) => [name, quorum[name] == null ? '' : String(quorum[name])])),
    present: quorum.present ? dumpYaml(quorum.present, { flowLevel: 2 }) : '',
  };
}

/**
 * What the committee's current rule pack sets for each quorum setting, so "as the rule pack says" is never a
 * guess; before a pack is chosen, a plain reminder.
 */
function packQuorumHints(pack: RulePack | undefined) {
  if (!pack?.committee) {
    const none = 'The rule pack you choose above decides';
    return { minimumVoting: `Leave blank to use the rule pack's number, if it sets one`, present: none, settings: Object.fromEntries(OWN_SETTINGS.map((name) => [name, none])) };
  }
  const test = quorumTestFor({}, pack.committee);
  const says = (setting: boolean) => `Rule pack ${pack.id} says ${setting ? 'yes' : 'no'}`;
  return {
    minimumVoting: `Leave blank to use the rule pack's: ${pack.id} ${test.minimumVoting === null ? 'sets no minimum number' : `sets ${test.minimumVoting}`}`,
    present: `Rule pack ${pack.id} ${test.present.length > 0 ? `asks for ${test.present.map((r) => `at least ${countOf(r.min ?? 0, r.label)}`).join(' and ')}` : 'asks for nobody in particular'}`,
    settings: Object.fromEntries(OWN_SETTINGS.map((name) => [name, says(test[name])])),
  };
}

/** What the committee form offers: the commissioning bodies as checkboxes (ticked as in `values`), the rule packs, and what the chosen pack's quorum is. */
async function formPage(fields: Record<string, unknown> & { values: Record<string, unknown> }) {
  const ticked = formList(fields.values.organisationIds);
  const [bodies, library] = await Promise.all([commissioningBodies(ticked), packLibrary()]);
  const organisations = bodies.map((o) => ({ value: String(o._id), label: o.name, checked: ticked.includes(String(o._id)) }));
  const committeePacks = library.packs.filter(checksCommittees);
  const rulePacks = committeePacks.map((p) => ({ value: p.id, label: `${p.title} (${p.id})` }));
  const hints = packQuorumHints(committeePacks.find((p) => p.id === fields.values.rulePack));
  const leaveToPack = Object.fromEntries(
    OWN_SETTINGS.map((name) => [
      name,
      [
        { value: '', label: 'As the rule pack says', hint: hints.settings[name] },
        { value: 'true', label: 'Yes' },
        { value: 'false', label: 'No' },
      ],
    ]),
  );
  return { ...fields, organisations, rulePacks, leaveToPack, quorumHints: hints };
}

/** Each loaded rule pack's title by its id, so pages name a committee's pack as people read it. */
async function packTitles(): Promise<Map<string, string>> {
  return new Map((await packLibrary()).packs.map((p) => [p.id, p.title]));
}

/** Governance leads' pages for committees and their members; auditors may read them. */
export function committeesRouter(): Router {
  const router = Router();
  router.get('/committees', async (_req, res) => {
    const [committees, titles] = await Promise.all([listCommittees(), packTitles()]);
    res.render('committees/list', { title: 'Committees', committees: committees.map((c) => ({ ...c, rulePackTitle: titles.get(c.rulePack) ?? null })) });
  });

  const adding = { title: 'Add a committee', action: '/committees/new', backLink: '/committees' };
  router.get('/committees/new', async (_req, res) => res.render('committees/form', await formPage({ ...adding, values: {} })));
  router.post('/committees/new', async (req, res) => {
    await handleForm(res, 'committees/form', await formPage({ ...adding, values: req.body }), async () => {
      const committee = await withFormFields(() => addCommittee(committeeInputFromForm(req.body), actorOf(req)));
      flash(req, `${committee.name} has been added. Now add its members.`);
      res.redirect(303, `/committees/${committee._id}`);
    });
  });

  router.get('/committees/:id', async (req, res) => {
    const [details, constitution, titles] = await Promise.all([committeeDetails(req.params.id), constitutionSummary(req.params.id, todayUtc()), packTitles()]);
    res.render('committees/view', {
      title: details.committee.name,
      ...details,
      rulePackTitle: titles.get(details.committee.rulePack) ?? null,
      constitution,
      organisationNames: details.organisations.map((o) => o.name).join(', '),
      history: describeHistory(details.history, FIELD_NAMES),
      backLink: '/committees',
    });
  });

  const editing = (id: string) => ({ title: 'Change a committee', action: `/committees/${id}/edit`, editing: true, backLink: `/committees/${id}` });
  router.get('/committees/:id/edit', async (req, res) => {
    const committee = await getCommittee(req.params.id);
    res.render('committees/form', await formPage({ ...editing(req.params.id), values: committeeFormValues(committee) }));
  });
  router.post('/committees/:id/edit', async (req, res) => {
    const id = req.params.id;
    await handleForm(res, 'committees/form', await formPage({ ...editing(id), values: req.body }), async () => {
      const committee = await withFormFields(() => updateCommittee(id, committeeInputFromForm(req.body), actorOf(req)));
      flash(req, `${committee.name} has been updated. The earlier version is kept in its history.`);
      res.redirect(303, `/committees/${id}`);
    });
  });

  router.use(membershipsRouter());
  return router;
}
