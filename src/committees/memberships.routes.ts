import { Router, type Request, type Response } from 'express';
import { actorOf } from '../accounts/access';
import { flash } from '../web/flash';
import { getPerson, listPeople } from '../people/people.service';
import { officesCounted, packLibrary } from '../rulePacks/library';
import { officeLabel } from '../shared/vocabulary';
import { YES_NO } from '../web/formInput';
import { dateInputValues, handleForm, readDateInput } from '../web/forms';
import { todayUtc } from '../engine/dates';
import { getCommittee } from './committees.service';
import type { Membership } from './membership.model';
import { addMembership, endMembership, membershipOn, previewSeat, updateMembership, type SeatAction } from './memberships.service';

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
    acknowledged: body.acknowledged,
    constitutionReason: body.constitutionReason,
  };
}

/** The form's fields to carry through the check page unchanged. */
const carried = (body: Record<string, unknown>) =>
  Object.entries(body)
    .filter(([name]) => !['_csrf', 'acknowledged', 'constitutionReason'].includes(name))
    .flatMap(([name, value]) => [value].flat().map((v) => ({ name, value: String(v) })));

/**
 * Saves a seat change, unless it would break a constitution rule of the committee's pack the governance
 * lead has not yet seen: then the check page shows which, and asks for a reason to go on (kept on the seat,
 * so the audit trail records it). Field errors go back to the form they belong to.
 */
async function saveOrCheck(
  req: Request,
  res: Response,
  seat: { action: SeatAction; target: string; input: Record<string, unknown>; form: string; page: Record<string, unknown>; dateFields: string[] },
  save: () => Promise<void>,
): Promise<void> {
  const today = todayUtc();
  const people = (seat.page.people ?? []) as { _id: unknown; name: string }[];
  const personName = (seat.page.person as { name: string } | undefined)?.name ?? people.find((p) => String(p._id) === String(seat.input.personId))?.name ?? null;
  const checkPage = async () => ({
    ...seat.page,
    title: "This change breaks the committee's constitution",
    // What was asked for, so the page says which seat it is about before it says what the seat would break.
    seatChange: { action: seat.action, personName, ...seat.input },
    effect: await previewSeat(seat.action, seat.target, seat.input, today),
    carried: carried(req.body),
    values: req.body,
  });
  if (req.body.acknowledged === 'yes') {
    await handleForm(res, 'committees/membership-check', await checkPage(), save);
    return;
  }
  await handleForm(res, seat.form, { ...seat.page, values: req.body }, async () => {
    const effect = await previewSeat(seat.action, seat.target, seat.input, today);
    if (effect.newlyFailing.length === 0) return save();
    res.render('committees/membership-check', await checkPage());
  }, seat.dateFields);
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
    const input = membershipInputFromForm(req.body);
    await saveOrCheck(req, res, { action: 'add', target: id, input, form: 'committees/membership-form', page: await adding(id, req.body.office), dateFields: DATE_FIELDS }, async () => {
      await addMembership(id, input, actorOf(req));
      flash(req, 'The member has been added.');
      res.redirect(303, `/committees/${id}`);
    });
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
    const input = membershipInputFromForm(req.body);
    await saveOrCheck(req, res, { action: 'change', target: membershipId, input, form: 'committees/membership-form', page: await seatPage(id, membershipId, 'edit', req.body.office), dateFields: DATE_FIELDS }, async () => {
      await updateMembership(membershipId, input, actorOf(req));
      flash(req, 'The membership has been updated. The earlier version is kept in its history.');
      res.redirect(303, `/committees/${id}`);
    });
  });

  router.get('/committees/:id/members/:membershipId/end', async (req, res) => {
    const page = await seatPage(req.params.id, req.params.membershipId, 'end');
    res.render('committees/end-membership', { ...page, values: { version: page.membership.version } });
  });
  router.post('/committees/:id/members/:membershipId/end', async (req, res) => {
    const { id, membershipId } = req.params;
    const input = { to: readDateInput(req.body, 'to'), version: req.body.version, acknowledged: req.body.acknowledged, constitutionReason: req.body.constitutionReason };
    await saveOrCheck(req, res, { action: 'end', target: membershipId, input, form: 'committees/end-membership', page: await seatPage(id, membershipId, 'end'), dateFields: ['to'] }, async () => {
      await endMembership(membershipId, input, actorOf(req));
      flash(req, 'The membership has been ended. It stays on the register with its end date.');
      res.redirect(303, `/committees/${id}`);
    });
  });

  return router;
}
