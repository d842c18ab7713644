import { Router, type Response } from 'express';
import { actorOf } from '../accounts/access';
import { flash } from '../web/flash';
import { interestWording } from '../web/viewEngine';
import { findOrganisations } from '../organisations/organisationSearch';
import { listCommissioners, organisationLabels } from '../organisations/organisations.service';
import { longDate, type BriefedInterest } from '../engine';
import { NotFoundError, ValidationError } from '../shared/errors';
import { readPounds } from '../shared/money';
import { MEMBER_CATEGORIES, PARTICIPATION_ACTIONS, labelOf } from '../shared/vocabulary';
import { YES_NO, formList } from '../web/formInput';
import { formStateFor, handleForm, withFormFieldNames } from '../web/forms';
import { addAgendaItem, changeAgendaItem } from './agenda.service';
import { attendeesOf } from './attendance';
import { briefedItem } from './briefing.service';
import { openBreachesOfDecision } from './breaches.service';
import type { Decision } from './decision.model';
import { getDecision } from './decisions.service';
import type { AgendaItem } from './meeting.model';
import { getMeeting, itemOn, recordParticipation } from './meetings.service';

const ITEM_FORM = 'decisions/item-form';

/** The item form's fields as the agenda service takes them: the decision's fields sit beside the item's. */
function agendaItemInputFromForm(body: Record<string, unknown>) {
  return {
    title: body.title,
    version: body.version,
    decisionVersion: body.decisionVersion || undefined,
    decision:
      body.leadsToDecision === 'true'
        ? { title: body.decisionTitle, kind: body.kind, valueGBP: readPounds(body.valueGBP), affectedOrganisationIds: formList(body.affectedOrganisationIds), affectsAllPracticesOf: body.affectsAllPracticesOf }
        : null,
  };
}

/** Where the service's field errors belong on the item form. */
function itemFormField(field: string): string {
  if (field === 'decision') return 'leadsToDecision';
  if (field === 'decision.title') return 'decisionTitle';
  return field.replace(/^decision\./, '');
}

function itemFormValues(meeting: { version: number }, item: AgendaItem, decision: (Decision & { version: number }) | null) {
  const values = { title: item.title, version: meeting.version, leadsToDecision: String(decision !== null) };
  if (!decision) return values;
  const { title, kind, valueGBP, affectedOrganisationIds, affectsAllPracticesOf, version } = decision;
  return { ...values, decisionTitle: title, kind, valueGBP: valueGBP ?? '', affectedOrganisationIds, affectsAllPracticesOf: affectsAllPracticesOf ?? '', decisionVersion: version };
}

async function itemFormPage(fields: Record<string, unknown> & { values: Record<string, unknown> }, candidates: { value: string; label: string }[] = []) {
  const [chosen, ccgs] = await Promise.all([organisationLabels(formList(fields.values.affectedOrganisationIds)), listCommissioners()]);
  return { ...fields, chosenOrganisations: chosen, candidates, ccgs: ccgs.map((c) => ({ value: String(c._id), label: c.name })), yesNo: YES_NO };
}

/**
 * The item form finds the organisations a decision affects by name or ODS code, as the member forms do,
 * rather than listing the whole register. "Find", "Add" and "Remove" redisplay the form with the list
 * changed; nothing is saved until the form is saved. Returns false when the form was saved instead.
 */
async function changedOrganisations(res: Response, page: Record<string, unknown>, body: Record<string, unknown>): Promise<boolean> {
  const action = String(body.action ?? 'save');
  const chosen = formList(body.affectedOrganisationIds);
  const redisplay = async (ids: string[], candidates: { value: string; label: string }[] = [], error?: string) => {
    const values = { ...body, affectedOrganisationIds: ids, organisationSearch: error ? body.organisationSearch : '' };
    const state = error ? formStateFor(new ValidationError([{ field: 'organisationSearch', message: error }]), values) : { values };
    res.status(error ? 400 : 200).render(ITEM_FORM, await itemFormPage({ ...page, ...state }, candidates));
  };
  if (action.startsWith('remove:')) {
    await redisplay(chosen.filter((id) => id !== action.slice('remove:'.length)));
    return true;
  }
  if (action === 'add') {
    const picked = String(body.addOrganisation ?? '');
    await redisplay(picked && !chosen.includes(picked) ? [...chosen, picked] : chosen);
    return true;
  }
  if (action !== 'find') return false;
  const query = String(body.organisationSearch ?? '').trim();
  if (!query) {
    await redisplay(chosen, [], 'Enter the name or ODS code of the organisation to find');
    return true;
  }
  const found = (await findOrganisations(query)).map((o) => ({ value: String(o._id), label: o.odsCode ? `${o.name} (${o.odsCode})` : o.name }));
  if (found.length === 0) await redisplay(chosen, [], `No organisation on the register matches "${query}": check the name or ODS code, or add it under Organisations first`);
  else if (found.length === 1) await redisplay(chosen.includes(found[0].value) ? chosen : [...chosen, found[0].value]);
  else await redisplay(chosen, found);
  return true;
}

/**
 * What members present did on a decision item: a row of radios each, named for the member, with what the
 * briefing knows of their interests in what the decision affects. Nothing is chosen until recorded, and a
 * member without a vote is not offered "Voted".
 */
async function participationPage(meetingId: string, itemId: string) {
  const meeting = await getMeeting(meetingId);
  const item = itemOn(meeting, itemId);
  if (!item.decisionId) throw new NotFoundError("The agenda item's decision");
  const briefed = await briefedItem(meetingId, itemId);
  const recorded = new Map(item.participation.map((p) => [p.personId, p]));
  const rows = (await attendeesOf(meeting)).map((member) => {
    const conflict = briefed?.conflicted.find((c) => c.personId === member.personId);
    const nameMatches = briefed?.nameMatches.filter((m) => m.personId === member.personId) ?? [];
    return {
      ...member,
      field: `action-${member.personId}`,
      legend: `${member.name} (${member.category ? `${labelOf(MEMBER_CATEGORIES, member.category)}, ${member.voting ? 'voting' : 'non-voting'}` : 'not a member on this date'})`,
      choices: PARTICIPATION_ACTIONS.values.filter((a) => member.voting || a !== 'voted').map((value) => ({ value, label: PARTICIPATION_ACTIONS.labels[value] })),
      conflict: conflict && { advice: conflict.advice, interests: conflict.interests.map(interestLine) },
      nameMatches: nameMatches.map((m) => ({ text: `Declared an interest in '${m.declaredName}', which may be ${m.matches.map((x) => x.name).join(' or ')}.`, advice: m.advice })),
      recorded: recorded.get(member.personId),
    };
  });
  return { meeting, item, rows, title: `What members did on '${item.title}'`, action: `/meetings/${meetingId}/items/${itemId}/participation`, backLink: `/meetings/${meetingId}` };
}

/** "Shareholder in Severnside GP Federation Ltd, held by their spouse, declared 3 March 2015." */
function interestLine(interest: BriefedInterest): string {
  const what = interestWording(interest.description, interest.organisation);
  return `${what}, ${interest.heldThrough ? `held by ${interest.heldThrough}` : 'their own'}, declared ${longDate(interest.declaredOn)}.`;
}

type ParticipationRows = Awaited<ReturnType<typeof participationPage>>['rows'];

/** The form's choices as the service takes them; the service asks that everyone present is accounted for. */
function participationFromForm(rows: ParticipationRows, body: Record<string, unknown>) {
  return rows
    .filter((row) => body[row.field])
    .map((row) => {
      const votedWithInterest = body[row.field] === 'voted' && row.conflict;
      return {
        personId: row.personId,
        action: body[row.field],
        confirmed: votedWithInterest ? body[`confirmVoted-${row.personId}`] : '',
        reason: votedWithInterest ? body[`reason-${row.personId}`] : null,
      };
    });
}

/** Where the service's errors belong on the participation form. */
function participationField(entries: { personId: string }[]) {
  return (field: string) => {
    const missing = /^present\.(\w+)/.exec(field);
    if (missing) return `action-${missing[1]}`;
    const entry = /^participation\.(\d+)(?:\.(\w+))?/.exec(field);
    if (!entry) return field;
    const personId = entries[Number(entry[1])].personId;
    return entry[2] === 'reason' ? `reason-${personId}` : entry[2] === 'confirmed' ? `confirmVoted-${personId}` : `action-${personId}`;
  };
}

/** Agenda items of a meeting, the decision each leads to, and what members present did on it. */
export function agendaItemsRouter(): Router {
  const router = Router();

  const adding = (id: string) => ({ title: 'Add an agenda item', action: `/meetings/${id}/items/new`, backLink: `/meetings/${id}` });
  router.get('/meetings/:id/items/new', async (req, res) => {
    const meeting = await getMeeting(req.params.id);
    res.render(ITEM_FORM, await itemFormPage({ ...adding(req.params.id), values: { version: meeting.version, leadsToDecision: 'false' } }));
  });
  router.post('/meetings/:id/items/new', async (req, res) => {
    const id = req.params.id;
    if (await changedOrganisations(res, adding(id), req.body)) return;
    await handleForm(res, ITEM_FORM, await itemFormPage({ ...adding(id), values: req.body }), async () => {
      const { itemId } = await withFormFieldNames(itemFormField, () => addAgendaItem(id, agendaItemInputFromForm(req.body), actorOf(req)));
      const decided = req.body.leadsToDecision === 'true';
      flash(req, decided ? 'The item and its decision have been recorded. Now record what each member present did.' : 'The agenda item has been added.');
      res.redirect(303, decided ? `/meetings/${id}/items/${itemId}/participation` : `/meetings/${id}`);
    });
  });

  const editing = (id: string, itemId: string) => ({ title: 'Change an agenda item', action: `/meetings/${id}/items/${itemId}/edit`, editing: true, backLink: `/meetings/${id}` });
  router.get('/meetings/:id/items/:itemId/edit', async (req, res) => {
    const { id, itemId } = req.params;
    const meeting = await getMeeting(id);
    const item = itemOn(meeting, itemId);
    const decision = item.decisionId ? await getDecision(item.decisionId) : null;
    res.render(ITEM_FORM, await itemFormPage({ ...editing(id, itemId), values: itemFormValues(meeting, item, decision) }));
  });
  router.post('/meetings/:id/items/:itemId/edit', async (req, res) => {
    const { id, itemId } = req.params;
    if (await changedOrganisations(res, editing(id, itemId), req.body)) return;
    await handleForm(res, ITEM_FORM, await itemFormPage({ ...editing(id, itemId), values: req.body }), async () => {
      await withFormFieldNames(itemFormField, () => changeAgendaItem(id, itemId, agendaItemInputFromForm(req.body), actorOf(req)));
      flash(req, 'The agenda item has been updated. Earlier versions are kept in the history.');
      res.redirect(303, `/meetings/${id}`);
    });
  });

  router.get('/meetings/:id/items/:itemId/participation', async (req, res) => {
    const page = await participationPage(req.params.id, req.params.itemId);
    const recorded = page.rows.flatMap((row) =>
      row.recorded
        ? [
            [row.field, row.recorded.action],
            [`reason-${row.personId}`, row.recorded.reason ?? ''],
            [`confirmVoted-${row.personId}`, row.recorded.reason ? 'yes' : ''],
          ]
        : [],
    );
    res.render('decisions/participation', { ...page, values: { version: page.meeting.version, ...Object.fromEntries(recorded) } });
  });
  router.post('/meetings/:id/items/:itemId/participation', async (req, res) => {
    const { id, itemId } = req.params;
    const page = await participationPage(id, itemId);
    await handleForm(res, 'decisions/participation', { ...page, values: req.body }, async () => {
      const entries = participationFromForm(page.rows, req.body);
      await withFormFieldNames(participationField(entries), () => recordParticipation(id, itemId, { participation: entries, version: req.body.version, everyonePresent: true }, actorOf(req)));
      const breaches = await openBreachesOfDecision(page.item.decisionId!);
      flash(
        req,
        breaches.length > 0
          ? `What each member did has been recorded. ${breaches.length === 1 ? 'A breach is' : `${breaches.length} breaches are`} on the register of breaches: ${breaches.map((b) => b.message).join(' ')}`
          : 'What each member did has been recorded.',
      );
      res.redirect(303, `/meetings/${id}`);
    });
  });

  return router;
}
