import { Router } from 'express';
import type { AppDeps } from '../app';
import { todayUtc } from '../engine/dates';
import { actorOf, currentUser } from '../accounts/access';
import { declarationsOf } from '../declarations/declarations.service';
import { flash } from '../web/flash';
import { ValidationError } from '../shared/errors';
import { formStateFor, handleForm } from '../web/forms';
import { describeHistory } from '../web/history';
import { addPerson, getPerson, peopleWithReturns, personDetails, updatePerson } from './people.service';

const FIELD_NAMES = {
  name: 'name',
  email: 'email address',
  role: 'role',
  jobTitle: 'job title',
  decisionMaking: 'decision-making staff',
  decisionMakingReason: 'why they are decision-making staff',
  lineManagerEmail: "line manager's email address",
  seniorApprover: 'senior approver for hospitality',
};

function personInputFromForm(body: Record<string, unknown>) {
  const { name, email, role, jobTitle, decisionMaking, decisionMakingReason, lineManagerEmail, seniorApprover, version } = body;
  // An unticked box sends nothing: that is "no".
  return { name, email, role, jobTitle, decisionMaking: decisionMaking ?? 'no', decisionMakingReason, lineManagerEmail, seniorApprover: seniorApprover ?? 'no', version };
}

/** Governance leads' pages for the people on the register; auditors may read them. */
export function peopleRouter(deps: Pick<AppDeps, 'clock'>): Router {
  const router = Router();
  router.get('/people', async (req, res) => {
    const today = todayUtc(deps.clock());
    try {
      const listed = await peopleWithReturns(req.query, today);
      res.render('people/list', { title: 'People', ...listed, values: { status: listed.status ?? '' } });
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      // An unknown status: show everyone, with the filter's error beside it.
      res.status(400).render('people/list', { title: 'People', ...(await peopleWithReturns({}, today)), ...formStateFor(error, { status: '' }) });
    }
  });

  const adding = { title: 'Add a person', action: '/people/new', backLink: '/people' };
  router.get('/people/new', (_req, res) => res.render('people/form', { ...adding, values: { role: 'member' } }));
  router.post('/people/new', async (req, res) => {
    await handleForm(res, 'people/form', { ...adding, values: req.body }, async () => {
      const person = await addPerson(personInputFromForm(req.body), actorOf(req));
      flash(req, `${person.name} has been added. They can now sign in with ${person.email}.`);
      res.redirect(303, `/people/${person._id}`);
    });
  });

  router.get('/people/:id', async (req, res) => {
    const { person, memberships, history } = await personDetails(req.params.id);
    res.render('people/view', { title: person.name, person, memberships, history: describeHistory(history, FIELD_NAMES), backLink: '/people' });
  });

  router.get('/people/:id/declarations', async (req, res) => {
    const viewer = currentUser(req);
    const declarations = await declarationsOf(viewer, req.params.id);
    res.render('declarations/mine', { title: `Declarations of ${declarations.person.name}`, own: viewer.id === req.params.id, ...declarations, backLink: `/people/${req.params.id}` });
  });

  const editing = (id: string) => ({ title: 'Change a person', action: `/people/${id}/edit`, editing: true, backLink: `/people/${id}` });
  router.get('/people/:id/edit', async (req, res) => {
    const person = await getPerson(req.params.id);
    res.render('people/form', { ...editing(req.params.id), values: { ...person, jobTitle: person.jobTitle ?? '' } });
  });
  router.post('/people/:id/edit', async (req, res) => {
    const id = req.params.id;
    await handleForm(res, 'people/form', { ...editing(id), values: req.body }, async () => {
      const person = await updatePerson(id, personInputFromForm(req.body), actorOf(req));
      flash(req, `${person.name}'s details have been updated. The earlier version is kept in the history.`);
      res.redirect(303, `/people/${id}`);
    });
  });

  return router;
}
