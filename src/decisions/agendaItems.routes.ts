import { Router } from 'express';
import { actorOf } from '../accounts/access';
import { flash } from '../declarations/declarations.routes';
import { listCommissioners, listOrganisations } from '../organisations/organisations.service';
import { NotFoundError } from '../shared/errors';
import { MEMBER_CATEGORIES, labelOf } from '../shared/vocabulary';
import { YES_NO, formList } from '../web/formInput';
import { handleForm, withFormFieldNames } from '../web/forms';
import { addAgendaItem, changeAgendaItem } from './agenda.service';
import { attendeesOf, participationOf } from './attendance';
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
        ? { title: body.decisionTitle, kind: body.kind, valueGBP: body.valueGBP, affectedOrganisationIds: formList(body.affectedOrganisationIds), affectsAllPracticesOf: body.affectsAllPracticesOf }
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

/**
 * Checkboxes of the organisations a decision may affect: each CCG's or ICB's practices together, then every other
 * organisation. The first box takes the field's own id, so the error summary's link lands on it.
 */
async function organisationGroups(ticked: string[]) {
  const organisations = await listOrganisations();
  const box = (o: (typeof organisations)[number]) => ({ value: String(o._id), label: o.odsCode ? `${o.name} (${o.odsCode})` : o.name, checked: ticked.includes(String(o._id)) });
  const practicesOf = organisations
    .filter((o) => o.kind === 'ccg' || o.kind === 'icb')
    .map((ccg) => ({ legend: `GP practices of ${ccg.name}`, items: organisations.filter((o) => o.kind === 'gp-practice' && o.memberOfId === String(ccg._id)).map(box) }))
    .filter((group) => group.items.length > 0);
  const grouped = new Set(practicesOf.flatMap((group) => group.items.map((i) => i.value)));
  const groups = [...practicesOf, { legend: 'Other organisations', items: organisations.filter((o) => !grouped.has(String(o._id))).map(box) }];
  return groups.map((group, g) => ({ ...group, items: group.items.map((item, i) => ({ ...item, id: g === 0 && i === 0 ? 'affectedOrganisationIds' : `affectedOrganisationIds-${item.value}` })) }));
}

async function itemFormPage(fields: Record<string, unknown> & { values: Record<string, unknown> }) {
  const [organisationBoxes, ccgs] = await Promise.all([organisationGroups(formList(fields.values.affectedOrganisationIds)), listCommissioners()]);
  return { ...fields, organisationGroups: organisationBoxes, ccgs: ccgs.map((c) => ({ value: String(c._id), label: c.name })), yesNo: YES_NO };
}

/** What members present did on a decision item: a row of radios each, named for the member. */
async function participationPage(meetingId: string, itemId: string) {
  const meeting = await getMeeting(meetingId);
  const item = itemOn(meeting, itemId);
  if (!item.decisionId) throw new NotFoundError("The agenda item's decision");
  const rows = participationOf(item, await attendeesOf(meeting)).map((row) => ({
    ...row,
    field: `action-${row.personId}`,
    legend: `${row.name} (${row.category ? `${labelOf(MEMBER_CATEGORIES, row.category)}, ${row.voting ? 'voting' : 'non-voting'}` : 'not a member on this date'})`,
  }));
  return { meeting, rows, title: `What members did on '${item.title}'`, action: `/meetings/${meetingId}/items/${itemId}/participation`, backLink: `/meetings/${meetingId}` };
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
    await handleForm(res, ITEM_FORM, await itemFormPage({ ...editing(id, itemId), values: req.body }), async () => {
      await withFormFieldNames(itemFormField, () => changeAgendaItem(id, itemId, agendaItemInputFromForm(req.body), actorOf(req)));
      flash(req, 'The agenda item has been updated. Earlier versions are kept in the history.');
      res.redirect(303, `/meetings/${id}`);
    });
  });

  router.get('/meetings/:id/items/:itemId/participation', async (req, res) => {
    const page = await participationPage(req.params.id, req.params.itemId);
    const chosen = page.rows.filter((row) => row.action).map((row) => [row.field, row.action]);
    res.render('decisions/participation', { ...page, values: { version: page.meeting.version, ...Object.fromEntries(chosen) } });
  });
  router.post('/meetings/:id/items/:itemId/participation', async (req, res) => {
    const { id, itemId } = req.params;
    const page = await participationPage(id, itemId);
    await handleForm(res, 'decisions/participation', { ...page, values: req.body }, async () => {
      const entries = page.rows.filter((row) => req.body[row.field]).map((row) => ({ personId: row.personId, action: req.body[row.field] }));
      const formField = (field: string) => {
        const entry = /^participation\.(\d+)/.exec(field);
        return entry ? `action-${entries[Number(entry[1])].personId}` : field;
      };
      await withFormFieldNames(formField, () => recordParticipation(id, itemId, { participation: entries, version: req.body.version }, actorOf(req)));
      flash(req, 'What each member did has been recorded.');
      res.redirect(303, `/meetings/${id}`);
    });
  });

  return router;
}
