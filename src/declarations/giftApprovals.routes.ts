import { Router, type Request } from 'express';
import type { AppDeps } from '../app';
import { actorOf, currentUser } from '../accounts/access';
import { todayUtc } from '../engine/dates';
import { flash } from '../web/flash';
import { handleForm } from '../web/forms';
import { decideGiftApproval, giftApprovals, giftForApproval } from './giftApprovals.service';

const OUTCOMES = [
  { value: 'approved', label: 'Approve it' },
  { value: 'refused', label: 'Refuse it' },
];

/** Approving hospitality above the gifts policy's threshold, for governance leads and named senior approvers. */
export function giftApprovalsRouter(deps: Pick<AppDeps, 'clock'>): Router {
  const router = Router();

  router.get('/gifts/approvals', async (req, res) => {
    res.render('declarations/approvals', { title: 'Hospitality to approve', ...(await giftApprovals(currentUser(req))) });
  });

  const approvalContext = async (req: Request, values: Record<string, unknown>) => {
    const found = await giftForApproval(currentUser(req), String(req.params.id));
    return { title: 'Approve or refuse hospitality', ...found, outcomes: OUTCOMES, values: { version: found.gift.version, ...values }, backLink: '/gifts/approvals' };
  };

  router.get('/gifts/:id/approval', async (req, res) => res.render('declarations/approval', await approvalContext(req, {})));
  router.post('/gifts/:id/approval', async (req, res) => {
    await handleForm(res, 'declarations/approval', await approvalContext(req, req.body), async () => {
      const saved = await decideGiftApproval(currentUser(req), String(req.params.id), req.body, actorOf(req), todayUtc(deps.clock()));
      flash(req, saved.approval?.outcome === 'approved' ? 'The hospitality has been approved.' : 'The hospitality has been refused. The member can see your note.');
      res.redirect(303, '/gifts/approvals');
    });
  });
  return router;
}
