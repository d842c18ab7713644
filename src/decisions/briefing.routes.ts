import { Router, type Response } from 'express';
import type { AppDeps } from '../app';
import { actorOf } from '../accounts/access';
import { flash } from '../web/flash';
import type { Briefing } from '../engine';
import { formatPounds } from '../shared/money';
import { affectedText, attendanceBasis, memberLabel, quorumRule, quorumStatus } from './briefing.document';
import { briefingFileName, emailBriefing, meetingBriefing, type MeetingBriefing } from './briefing.service';
import { briefingPdf } from './briefing.pdf';

/** Everything the page shows, with the wording shared with the PDF and the email worked out here. */
function pageContext({ briefing, chair }: MeetingBriefing, extra: Record<string, unknown> = {}) {
  const { meeting } = briefing;
  return {
    title: `Conflicts briefing: ${meeting.committeeName}`,
    briefing,
    chair,
    attendanceText: attendanceBasis(briefing),
    quorumText: quorumRule(briefing.quorumTest),
    attendees: briefing.attendance.members.map(memberLabel),
    items: briefing.items.map((item) => ({
      ...item,
      valueText: item.decision.valueGBP === null ? null : formatPounds(item.decision.valueGBP),
      affected: affectedText(item),
      conflicted: item.conflicted.map((member) => ({ ...member, label: memberLabel(member) })),
      nameMatches: item.nameMatches.map((match) => ({ ...match, label: memberLabel(match), mayBe: match.matches.map((m) => m.name).join(', ') })),
      quorumStatus: item.quorum && quorumStatus(item.quorum),
    })),
    pdfLink: `/meetings/${meeting.id}/briefing.pdf`,
    emailAction: `/meetings/${meeting.id}/briefing/email`,
    backLink: `/meetings/${meeting.id}`,
    ...extra,
  };
}

function sendPdf(res: Response, briefing: Briefing, bodyName: string): void {
  res.type('application/pdf');
  // inline: opens in the browser's viewer, ready to print; the name is used if it is saved.
  res.set('Content-Disposition', `inline; filename="${briefingFileName(briefing)}"`);
  briefingPdf(briefing, bodyName).pipe(res);
}


/**
 * The conflicts briefing for a meeting: governance leads (and administrators) prepare and send it;
 * auditors may read it and download the PDF.
 */
export function briefingRouter(deps: Pick<AppDeps, 'postman' | 'bodyName'>): Router {
  const router = Router();
  /** The page's content for a briefing, made once for each (kept) briefing rather than on every request. */
  const contexts = new WeakMap<MeetingBriefing, ReturnType<typeof pageContext>>();
  router.get('/meetings/:id/briefing', async (req, res) => {
    const briefing = await meetingBriefing(req.params.id);
    let context = contexts.get(briefing);
    if (!context) contexts.set(briefing, (context = pageContext(briefing)));
    // A copy: express writes the response's locals into the object it is given.
    res.render('decisions/briefing', { ...context });
  });

  router.get('/meetings/:id/briefing.pdf', async (req, res) => {
    const { briefing } = await meetingBriefing(req.params.id);
    sendPdf(res, briefing, deps.bodyName);
  });

  router.post('/meetings/:id/briefing/email', async (req, res) => {
    const loaded = await meetingBriefing(req.params.id);
    const outcome = await emailBriefing(loaded, actorOf(req), deps.postman, deps.bodyName);
    if (!outcome.sent) {
      // Nothing was sent: show the briefing again with the reason at the top.
      res.status(409).render('decisions/briefing', pageContext(loaded, { errorList: [{ text: outcome.message }] }));
      return;
    }
    flash(
      req,
      outcome.delivered
        ? `The briefing was emailed to ${outcome.chair.name}, the chair, at ${outcome.chair.email}, with the PDF attached.`
        : `The briefing to ${outcome.chair.name}, the chair, is in the send log but has not gone yet (${deps.postman.mode === 'off' ? 'mail is turned off' : 'the mail server did not take it; it will be tried again'}).`,
    );
    res.redirect(303, `/meetings/${req.params.id}/briefing`);
  });

  return router;
}
