import { Router } from 'express';
import { actorOf } from '../accounts/access';
import { flash } from '../declarations/declarations.routes';
import { getPerson, listPeople } from '../people/people.service';
import { officesCounted, packLibrary } from '../rulePacks/library';
import { officeLabel } from '../shared/vocabulary';
import { YES_NO } from '../web/formInput';
import { dateInputValues, handleForm, readDateInput } from '../web/forms';
import { getCommittee } from './committees.service';
import type { Membership } from './membership.model';
import { addMembership, endMembership, membershipOn, updateMembership } from './memberships.service';

const DATE_FIELDS = ['from', 'to'];

function membershipInputFromForm(body: Record<string, unknown>) {
  return {
    personId: body.personId,
    category: body.category,
    role: body.role,
    voting: body.voting,
    office: body.office,
    from: readDateInput(body, 'from'),
    to: readDateInput(body, 'to'),
    version: body.version,
  };
}

function membershipFormValues(membership: Membership & { version: number }) {
  return {
    category: membership.category,
    role: membership.role,
    voting: String(membership.voting),
    office: membership.office ?? '',
    version: membership.version,
    ...dateInputValues('from', membership.from),
    ...dateInputValues('to', membership.to),
  };
}

/**
 * The offices the committee's rule pack counts, as choices for the office field (with the seat's own office
 * if the pack does not count it); none when the pack counts no offices, and the field is then free text.
 */
async function officeChoices(rulePack: string, current: string | null | undefined) {
  const offices = officesCounted((await packLibrary()).packs.find((p) => p.id === rulePack));
  if (offices.length === 0) return { offices: [], officeHint: 'Only if they hold an office the constitution counts, in lower case with hyphens, like finance-director. Leave blank if none.' };
  const all = current && !offices.includes(current) ? [...offices, current] : offices;
  return { offices: all.map((value) => ({ value, label: `${officeLabel(value)} (${value})` })), officeHint: `The offices rule pack ${rulePack} counts. Choose none if they hold none of these.` };
}

/** Seats on a committee, reached from its page: add, correct, end. A seat is never deleted. */
export function membershipsRouter(): Router {
  const router = Router();

  const adding = async (committeeId: string, office?: unknown) => {
    const committee = await getCommittee(committeeId);
    return {
      title: `Add a member to ${committee.name}`,
      action: `/committees/${committeeId}/members/new`,
      backLink: `/committees/${committeeId}`,
      people: await listPeople(),
      yesNo: YES_NO,
      ...(await officeChoices(committee.rulePack, typeof office === 'string' ? office : null)),
    };
  };
  router.get('/committees/:id/members/new', async (req, res) => {
    res.render('committees/membership-form', { ...(await adding(req.params.id)), values: {} });
  });
  router.post('/committees/:id/members/new', async (req, res) => {
    const id = req.params.id;
    await handleForm(res, 'committees/membership-form', { ...(await adding(id, req.body.office)), values: req.body }, async () => {
      await addMembership(id, membershipInputFromForm(req.body), actorOf(req));
      flash(req, 'The member has been added.');
      res.redirect(303, `/committees/${id}`);
    }, DATE_FIELDS);
  });

  /** The page context for changing or ending one seat, with whose seat it is. */
  const seatPage = async (committeeId: string, membershipId: string, action: 'edit' | 'end', office?: unknown) => {
    const membership = await membershipOn(committeeId, membershipId);
    const [committee, person] = await Promise.all([getCommittee(committeeId), getPerson(membership.personId)]);
    const title = action === 'edit' ? `Change ${person.name}'s membership of ${committee.name}` : `End ${person.name}'s membership of ${committee.name}`;
    const choices = await officeChoices(committee.rulePack, typeof office === 'string' ? office : membership.office);
    return { membership, title, person, action: `/committees/${committeeId}/members/${membershipId}/${action}`, backLink: `/committees/${committeeId}`, yesNo: YES_NO, editing: true, ...choices };
  };

  router.get('/committees/:id/members/:membershipId/edit', async (req, res) => {
    const page = await seatPage(req.params.id, req.params.membershipId, 'edit');
    res.render('committees/membership-form', { ...page, values: membershipFormValues(page.membership) });
  });
  router.post('/committees/:id/members/:membershipId/edit', async (req, res) => {
    const { id, membershipId } = req.params;
    await handleForm(res, 'committees/membership-form', { ...(await seatPage(id, membershipId, 'edit', req.body.office)), values: req.body }, async () => {
      await updateMembership(membershipId, membershipInputFromForm(req.body), actorOf(req));
      flash(req, 'The membership has been updated. The earlier version is kept in its history.');
      res.redirect(303, `/committees/${id}`);
    }, DATE_FIELDS);
  });

  router.get('/committees/:id/members/:membershipId/end', async (req, res) => {
    const page = await seatPage(req.params.id, req.params.membershipId, 'end');
    res.render('committees/end-membership', { ...page, values: { version: page.membership.version } });
  });
  router.post('/committees/:id/members/:membershipId/end', async (req, res) => {
    const { id, membershipId } = req.params;
    await handleForm(res, 'committees/end-membership', { ...(await seatPage(id, membershipId, 'end')), values: req.body }, async () => {
      await endMembership(membershipId, { to: readDateInput(req.body, 'to'), version: req.body.version }, actorOf(req));
      flash(req, 'The membership has been ended. It stays on the register with its end date.');
      res.redirect(303, `/committees/${id}`);
    }, ['to']);
  });

  return router;
}
