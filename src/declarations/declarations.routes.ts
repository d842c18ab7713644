import { Router, type Request } from 'express';
import type { AppDeps } from '../app';
import { todayUtc } from '../engine/dates';
import { openRoundOf } from '../rounds/rounds.service';
import Joi from 'joi';
import { actorOf, currentUser, holds } from '../accounts/access';
import { organisationName } from '../organisations/organisations.service';
import { resolveOrganisation, type OrganisationChoice } from '../organisations/organisationSearch';
import { ValidationError } from '../shared/errors';
import { validate } from '../shared/validation';
import { flash } from '../web/flash';
import { handleForm, readDateInput } from '../web/forms';
import {
  confirmDeclarations,
  declarationsOf,
  declareInterest,
  declareNil,
  endInterest,
  getDeclaration,
  isLateDeclaration,
  updateInterest,
  whatIsConfirmed,
} from './declarations.service';
import { declareWithinDays } from '../compliance/rulePacks';
import { interestCrossChecks, interestSchema } from './declaration.schemas';
import { approvalsAwaitingCount } from './giftApprovals.service';
import { INTEREST_DATE_FIELDS, interestFormValues, interestInputFromForm, type InterestValues } from './interestForm';

export interface InterestDraft {
  interest: InterestValues & Record<string, unknown>;
  organisationQuery: string;
  choice: OrganisationChoice;
}

/** A return's interests task, where changing or ending an interest from it leads back to; anything else is ignored. */
function returnTaskPath(then: unknown): string | undefined {
  return typeof then === 'string' && /^\/returns\/[0-9a-f]{24}\/interests$/.test(then) ? then : undefined;
}

const thenQuery = (then: string | undefined) => (then ? `?then=${then}` : '');

/** The organisation fields a resolved choice gives the service. */
function organisationFields(choice: OrganisationChoice) {
  if (choice.kind === 'picked') return { organisationId: choice.organisationId, organisationName: null };
  if (choice.kind === 'free-text') return { organisationId: null, organisationName: choice.organisationName };
  return { organisationId: null, organisationName: null };
}

export function declarationsRouter(deps: Pick<AppDeps, 'clock'>): Router {
  const router = Router();

  router.get('/declarations', async (req, res) => {
    const [mine, round, approvalsAwaiting] = await Promise.all([
      declarationsOf(currentUser(req), currentUser(req).id),
      openRoundOf(currentUser(req).id, todayUtc(deps.clock())),
      approvalsAwaitingCount(currentUser(req)),
    ]);
    res.render('declarations/mine', { title: 'My declarations', own: true, ...mine, round, approvalsAwaiting });
  });

  // Declaring an interest: details, then (when the name is ambiguous) which organisation, then check answers.
  router.get('/declarations/interests/new', (req, res) => {
    const draft = req.query.change ? req.session.interestDraft : undefined;
    const values = draft ? { ...interestFormValues(draft.interest, null), organisationName: draft.organisationQuery } : {};
    res.render('declarations/interest-form', { title: 'Declare an interest', values, action: '/declarations/interests/new', backLink: '/declarations' });
  });

  router.post('/declarations/interests/new', async (req, res) => {
    const context = { title: 'Declare an interest', values: req.body, action: '/declarations/interests/new', backLink: '/declarations' };
    await handleForm(res, 'declarations/interest-form', context, async () => {
      const interest = validate(interestSchema, interestInputFromForm(req.body), interestCrossChecks);
      const organisationQuery = String(req.body.organisationName ?? '').trim();
      const choice = await resolveOrganisation(organisationQuery);
      req.session.interestDraft = { interest: { ...interest, ...organisationFields(choice) }, organisationQuery, choice };
      res.redirect(303, choice.kind === 'candidates' ? '/declarations/interests/new/organisation' : '/declarations/interests/new/check');
    }, INTEREST_DATE_FIELDS);
  });

  router.get('/declarations/interests/new/organisation', (req, res) => {
    const draft = req.session.interestDraft;
    if (!draft || draft.choice.kind !== 'candidates') return res.redirect(303, '/declarations/interests/new');
    res.render('declarations/choose-organisation', { title: 'Which organisation?', draft, candidates: draft.choice.candidates, values: {}, backLink: '/declarations/interests/new?change=1' });
  });

  router.post('/declarations/interests/new/organisation', (req, res) => {
    const draft = req.session.interestDraft;
    if (!draft || draft.choice.kind !== 'candidates') return res.redirect(303, '/declarations/interests/new');
    const picked = String(req.body.organisation ?? '');
    const candidate = draft.choice.candidates.find((c) => c.id === picked);
    if (!candidate && picked !== 'free-text') {
      const message = 'Select the organisation, or that it is not listed';
      return res.status(400).render('declarations/choose-organisation', {
        title: 'Which organisation?', draft, candidates: draft.choice.candidates, values: {},
        errors: { organisation: message }, errorList: [{ text: message, href: '#organisation' }],
      });
    }
    const choice: OrganisationChoice = candidate
      ? { kind: 'picked', organisationId: candidate.id, name: candidate.name }
      : { kind: 'free-text', organisationName: draft.organisationQuery };
    req.session.interestDraft = { ...draft, interest: { ...draft.interest, ...organisationFields(choice) }, choice };
    res.redirect(303, '/declarations/interests/new/check');
  });

  const checkContext = async (draft: InterestDraft, values: Record<string, unknown>) => ({
    title: 'Check your answers',
    interest: draft.interest,
    organisation: (await organisationName(draft.interest.organisationId)) ?? draft.interest.organisationName,
    onRegister: !!draft.interest.organisationId,
    late: typeof draft.interest.from === 'string' && isLateDeclaration(draft.interest.from, todayUtc(deps.clock())),
    declareWithinDays: declareWithinDays(),
    values,
    backLink: '/declarations/interests/new?change=1',
  });

  router.get('/declarations/interests/new/check', async (req, res) => {
    const draft = req.session.interestDraft;
    if (!draft) return res.redirect(303, '/declarations/interests/new');
    res.render('declarations/check-interest', await checkContext(draft, {}));
  });

  router.post('/declarations/interests/new/check', async (req, res) => {
    const draft = req.session.interestDraft;
    if (!draft) return res.redirect(303, '/declarations/interests/new');
    await handleForm(res, 'declarations/check-interest', await checkContext(draft, req.body), async () => {
      await declareInterest(currentUser(req).id, { ...draft.interest, lateReason: req.body.lateReason }, actorOf(req));
      delete req.session.interestDraft;
      flash(req, 'Your interest has been declared.');
      res.redirect(303, '/declarations');
    });
  });

  router.get('/declarations/interests/:id', async (req, res) => {
    const { declaration, history } = await getDeclaration(currentUser(req), req.params.id);
    res.render('declarations/interest', {
      title: declaration.type === 'nil' ? 'Nil declaration' : 'Interest',
      declaration,
      organisation: (await organisationName(declaration.organisationId)) ?? declaration.organisationName,
      history,
      canEdit: declaration.personId === currentUser(req).id || holds(currentUser(req), 'manage'),
      backLink: '/declarations',
    });
  });

  router.get('/declarations/interests/:id/edit', async (req, res) => {
    const { declaration } = await getDeclaration(currentUser(req), req.params.id);
    const then = returnTaskPath(req.query.then);
    res.render('declarations/interest-form', {
      title: 'Update an interest',
      values: { ...interestFormValues(declaration, await organisationName(declaration.organisationId)), version: declaration.version },
      action: `/declarations/interests/${declaration._id}/edit${thenQuery(then)}`,
      editing: true,
      backLink: then ?? `/declarations/interests/${declaration._id}`,
    });
  });

  router.post('/declarations/interests/:id/edit', async (req, res) => {
    const id = req.params.id;
    const then = returnTaskPath(req.query.then);
    const context = { title: 'Update an interest', values: req.body, action: `/declarations/interests/${id}/edit${thenQuery(then)}`, editing: true, backLink: then ?? `/declarations/interests/${id}` };
    await handleForm(res, 'declarations/interest-form', context, async () => {
      const { declaration } = await getDeclaration(currentUser(req), id);
      const organisationQuery = String(req.body.organisationName ?? '').trim();
      const unchanged = organisationQuery === ((await organisationName(declaration.organisationId)) ?? declaration.organisationName ?? '');
      const choice: OrganisationChoice = unchanged
        ? declaration.organisationId
          ? { kind: 'picked', organisationId: declaration.organisationId, name: organisationQuery }
          : organisationQuery ? { kind: 'free-text', organisationName: organisationQuery } : { kind: 'none' }
        : await resolveOrganisation(organisationQuery);
      if (choice.kind === 'candidates') {
        throw new ValidationError([{ field: 'organisationName', message: `More than one organisation matches "${organisationQuery}": type its full name or ODS code` }]);
      }
      await updateInterest(currentUser(req), id, Number(req.body.version), { ...interestInputFromForm(req.body), ...organisationFields(choice) }, actorOf(req));
      flash(req, 'The interest has been updated. The earlier version is kept in its history.');
      res.redirect(303, then ?? `/declarations/interests/${id}`);
    }, INTEREST_DATE_FIELDS);
  });

  const endContext = (declaration: { _id: unknown }, then: string | undefined, values: Record<string, unknown>) => ({
    title: 'End an interest',
    declaration,
    values,
    action: `/declarations/interests/${declaration._id}/end${thenQuery(then)}`,
    backLink: then ?? `/declarations/interests/${declaration._id}`,
  });

  router.get('/declarations/interests/:id/end', async (req, res) => {
    const { declaration } = await getDeclaration(currentUser(req), req.params.id);
    res.render('declarations/end-interest', endContext(declaration, returnTaskPath(req.query.then), { version: declaration.version }));
  });

  router.post('/declarations/interests/:id/end', async (req, res) => {
    const { declaration } = await getDeclaration(currentUser(req), req.params.id);
    const then = returnTaskPath(req.query.then);
    await handleForm(res, 'declarations/end-interest', endContext(declaration, then, req.body), async () => {
      await endInterest(currentUser(req), req.params.id, { to: readDateInput(req.body, 'to'), version: req.body.version }, actorOf(req));
      flash(req, 'The interest has been ended. It stays on the register with its end date.');
      res.redirect(303, then ?? '/declarations');
    }, ['to']);
  });

  // A nil declaration by someone with current interests asks what becomes of them.
  const nilContext = async (req: Request, values: Record<string, unknown>) => ({
    title: 'Make a nil declaration',
    current: (await declarationsOf(currentUser(req), currentUser(req).id, todayUtc(deps.clock()))).current,
    values,
    backLink: '/declarations',
  });
  router.get('/declarations/nil', async (req, res) => res.render('declarations/nil', await nilContext(req, {})));
  router.post('/declarations/nil', async (req, res) => {
    // Keeping them means their declarations stand: that is a confirmation, not a nil declaration.
    if (req.body.currentInterests === 'keep') return res.redirect(303, '/declarations/confirm');
    await handleForm(res, 'declarations/nil', await nilContext(req, req.body), async () => {
      await declareNil(currentUser(req).id, actorOf(req), { currentInterests: req.body.currentInterests });
      flash(req, req.body.currentInterests === 'end' ? 'Your interests have been ended today and your nil declaration has been recorded.' : 'Your nil declaration has been recorded.');
      res.redirect(303, '/declarations');
    });
  });

  const confirmSchema = Joi.object({
    confirm: Joi.string().valid('yes').required().messages({ '*': 'Confirm that your declarations are complete and correct' }),
  });
  const confirmContext = async (req: Request, values: Record<string, unknown>) => ({
    title: 'Confirm your declarations',
    ...(await whatIsConfirmed(currentUser(req), currentUser(req).id, todayUtc(deps.clock()))),
    values,
    backLink: '/declarations',
  });
  router.get('/declarations/confirm', async (req, res) => res.render('declarations/confirm', await confirmContext(req, {})));
  router.post('/declarations/confirm', async (req, res) => {
    await handleForm(res, 'declarations/confirm', await confirmContext(req, req.body), async () => {
      validate(confirmSchema, { confirm: req.body.confirm });
      await confirmDeclarations(currentUser(req).id, actorOf(req));
      flash(req, 'Thank you. Your annual confirmation has been recorded.');
      res.redirect(303, '/declarations');
    });
  });

  return router;
}
