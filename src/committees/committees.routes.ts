import { todayUtc } from '../engine/dates';
import { Router } from 'express';
import { actorOf } from '../accounts/access';
import { flash } from '../web/flash';
import { commissioningBodies } from '../organisations/organisations.service';
import { formList } from '../web/formInput';
import { handleForm } from '../web/forms';
import { describeHistory } from '../web/history';
import type { Committee } from './committee.model';
import { addCommittee, committeeDetails, getCommittee, listCommittees, updateCommittee } from './committees.service';
import { membershipsRouter } from './memberships.routes';
import { committeeRulePackIds } from '../compliance/rulePacks';
import { constitutionSummary } from '../compliance/constitutionSummary';

const FIELD_NAMES = {
  name: 'name',
  organisationIds: 'organisations',
  type: 'type',
  commissioningLevel: 'commissioning level',
  rulePack: 'rule pack',
  quorum: 'quorum',
};

function committeeInputFromForm(body: Record<string, unknown>) {
  const quorum = String(body.quorum ?? '').trim();
  return {
    name: body.name,
    organisationIds: formList(body.organisationIds),
    type: body.type,
    commissioningLevel: body.commissioningLevel,
    rulePack: body.rulePack,
    quorum: quorum ? { minimumVoting: quorum } : null,
    version: body.version,
  };
}

function committeeFormValues(committee: Committee & { version: number }): Record<string, unknown> {
  return { ...committee, commissioningLevel: committee.commissioningLevel ?? '', quorum: committee.quorum?.minimumVoting ?? '' };
}

/** What the committee form offers: the commissioning bodies as checkboxes (ticked as in `values`) and the rule packs. */
async function formPage(fields: Record<string, unknown> & { values: Record<string, unknown> }) {
  const ticked = formList(fields.values.organisationIds);
  const bodies = await commissioningBodies(ticked);
  const organisations = bodies.map((o) => ({ value: String(o._id), label: o.name, checked: ticked.includes(String(o._id)) }));
  const rulePacks = committeeRulePackIds().map((id) => ({ value: id, label: id }));
  return { ...fields, organisations, rulePacks };
}

/** Governance leads' pages for committees and their members; auditors may read them. */
export function committeesRouter(): Router {
  const router = Router();
  router.get('/committees', async (_req, res) => res.render('committees/list', { title: 'Committees', committees: await listCommittees() }));

  const adding = { title: 'Add a committee', action: '/committees/new', backLink: '/committees' };
  router.get('/committees/new', async (_req, res) => res.render('committees/form', await formPage({ ...adding, values: {} })));
  router.post('/committees/new', async (req, res) => {
    await handleForm(res, 'committees/form', await formPage({ ...adding, values: req.body }), async () => {
      const committee = await addCommittee(committeeInputFromForm(req.body), actorOf(req));
      flash(req, `${committee.name} has been added. Now add its members.`);
      res.redirect(303, `/committees/${committee._id}`);
    });
  });

  router.get('/committees/:id', async (req, res) => {
    const [details, constitution] = await Promise.all([committeeDetails(req.params.id), constitutionSummary(req.params.id, todayUtc())]);
    res.render('committees/view', {
      title: details.committee.name,
      ...details,
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
      const committee = await updateCommittee(id, committeeInputFromForm(req.body), actorOf(req));
      flash(req, `${committee.name} has been updated. The earlier version is kept in its history.`);
      res.redirect(303, `/committees/${id}`);
    });
  });

  router.use(membershipsRouter());
  return router;
}
