import { Router } from 'express';
import { actorOf } from '../accounts/access';
import { getCommittee } from '../committees/committees.service';
import { flash } from '../web/flash';
import { isIsoDate } from '../engine/dates';
import { formList, queryText } from '../web/formInput';
import { dateInputValues, handleForm, readDateInput } from '../web/forms';
import { describeHistory } from '../web/history';
import { membersOn } from './attendance';
import { agendaItemsRouter } from './agendaItems.routes';
import { addMeeting, getMeeting, meetingDetails, meetingsOf, updateMeeting } from './meetings.service';

const FIELD_NAMES = { date: 'date', present: 'who was present', items: 'agenda items' };

/** Checkboxes of the committee's members on the date, as "Ann Lay (Lay member, voting)", ticked as in `present`. */
async function presentChoices(committeeId: string, date: string, present: unknown) {
  const ticked = formList(present);
  return (await membersOn(committeeId, date)).map((m) => ({ value: m.personId, label: m.name, category: m.category, voting: m.voting, checked: ticked.includes(m.personId) }));
}

/** Meetings of committees, their agendas and what members did on each decision; auditors may read them. */
export function meetingsRouter(): Router {
  const router = Router();
  router.get('/committees/:id/meetings', async (req, res) => {
    const [committee, meetings] = await Promise.all([getCommittee(req.params.id), meetingsOf(req.params.id)]);
    res.render('decisions/meetings', { title: `Meetings of ${committee.name}`, committee, meetings, backLink: `/committees/${req.params.id}` });
  });

  const adding = async (committeeId: string) => {
    const committee = await getCommittee(committeeId);
    return { title: `Record a meeting of ${committee.name}`, committeeId, action: '/meetings/new', backLink: `/committees/${committeeId}/meetings` };
  };
  router.get('/meetings/new', async (req, res) => {
    res.render('decisions/meeting-form', { ...(await adding(queryText(req.query.committeeId))), values: {} });
  });
  router.post('/meetings/new', async (req, res) => {
    const committeeId = String(req.body.committeeId ?? '');
    await handleForm(res, 'decisions/meeting-form', { ...(await adding(committeeId)), values: req.body }, async () => {
      const meeting = await addMeeting(committeeId, { date: readDateInput(req.body, 'date') }, actorOf(req));
      flash(req, 'The meeting has been recorded. Now record who was present, or leave it until the meeting has happened.');
      res.redirect(303, `/meetings/${meeting._id}/edit`);
    }, ['date']);
  });

  router.get('/meetings/:id', async (req, res) => {
    const details = await meetingDetails(req.params.id);
    res.render('decisions/meeting', {
      title: `Meeting of ${details.committee.name}`,
      ...details,
      history: describeHistory(details.history, FIELD_NAMES),
      backLink: `/committees/${details.meeting.committeeId}/meetings`,
    });
  });

  /** The edit form lists the members on the date typed, or on the meeting's date until a real one is. */
  const editing = async (id: string, values: Record<string, unknown>) => {
    const meeting = await getMeeting(id);
    const typed = readDateInput(values, 'date');
    const members = await presentChoices(meeting.committeeId, typed && isIsoDate(typed) ? typed : meeting.date, values.present);
    return { title: 'Change the date or who was present', action: `/meetings/${id}/edit`, editing: true, committeeId: meeting.committeeId, members, values, backLink: `/meetings/${id}` };
  };
  router.get('/meetings/:id/edit', async (req, res) => {
    const meeting = await getMeeting(req.params.id);
    res.render('decisions/meeting-form', await editing(req.params.id, { ...dateInputValues('date', meeting.date), present: meeting.present, version: meeting.version }));
  });
  router.post('/meetings/:id/edit', async (req, res) => {
    const id = req.params.id;
    await handleForm(res, 'decisions/meeting-form', await editing(id, req.body), async () => {
      const input = { date: readDateInput(req.body, 'date'), present: formList(req.body.present), version: req.body.version };
      await updateMeeting(id, input, actorOf(req));
      flash(req, 'The meeting has been updated. The earlier version is kept in its history.');
      res.redirect(303, `/meetings/${id}`);
    }, ['date']);
  });

  router.use(agendaItemsRouter());
  return router;
}
