import { Router } from 'express';
import { actorOf, currentUser, holds } from '../accounts/access';
import { resolveOrganisation } from '../organisations/organisationSearch';
import { dateInputValues, handleForm, readDateInput } from '../web/forms';
import { flash } from '../web/flash';
import { readPounds } from '../shared/money';
import { approvalOf } from './giftApprovals.service';
import { declareGift, getGift, offeredBy, updateGift } from './gifts.service';

const YES_NO = [{ value: 'true', label: 'Yes' }, { value: 'false', label: 'No' }];
const ACCEPTED_DECLINED = [{ value: 'true', label: 'Accepted' }, { value: 'false', label: 'Declined' }];
const formChoices = { yesNo: YES_NO, acceptedDeclined: ACCEPTED_DECLINED };

/** The gift form as the service's input; a name that is exactly an organisation on the register links to it. */
async function giftInputFromForm(body: Record<string, unknown>) {
  const choice = await resolveOrganisation(String(body.fromName ?? ''));
  return {
    kind: body.kind,
    fromOrganisationId: choice.kind === 'picked' ? choice.organisationId : null,
    fromName: choice.kind === 'picked' ? null : body.fromName,
    description: body.description,
    valueGBP: readPounds(body.valueGBP),
    cashOrVoucher: body.cashOrVoucher,
    offeredOn: readDateInput(body, 'offeredOn'),
    accepted: body.accepted,
  };
}


export function giftsRouter(): Router {
  const router = Router();
  const newContext = { title: 'Declare a gift, hospitality or travel', action: '/declarations/gifts/new', backLink: '/declarations', ...formChoices };

  router.get('/declarations/gifts/new', (_req, res) => res.render('declarations/gift-form', { ...newContext, values: {} }));
  router.post('/declarations/gifts/new', async (req, res) => {
    await handleForm(res, 'declarations/gift-form', { ...newContext, values: req.body }, async () => {
      await declareGift(currentUser(req).id, await giftInputFromForm(req.body), actorOf(req));
      flash(req, 'Your gift or hospitality has been declared.');
      res.redirect(303, '/declarations');
    }, ['offeredOn']);
  });

  router.get('/declarations/gifts/:id', async (req, res) => {
    const { gift, history } = await getGift(currentUser(req), req.params.id);
    res.render('declarations/gift', { title: 'Gift or hospitality', gift, history, offeredBy: await offeredBy(gift), ...(await approvalOf(gift)), canApprove: holds(currentUser(req), 'approve-gifts'), canEdit: gift.personId === currentUser(req).id || holds(currentUser(req), 'manage'), backLink: '/declarations' });
  });

  router.get('/declarations/gifts/:id/edit', async (req, res) => {
    const { gift } = await getGift(currentUser(req), req.params.id);
    const values = {
      ...gift,
      fromName: await offeredBy(gift),
      cashOrVoucher: String(gift.cashOrVoucher),
      accepted: String(gift.accepted),
      ...dateInputValues('offeredOn', gift.offeredOn),
    };
    res.render('declarations/gift-form', { title: 'Update a gift or hospitality declaration', action: `/declarations/gifts/${gift._id}/edit`, editing: true, values, backLink: `/declarations/gifts/${gift._id}`, ...formChoices });
  });

  router.post('/declarations/gifts/:id/edit', async (req, res) => {
    const id = req.params.id;
    const context = { title: 'Update a gift or hospitality declaration', action: `/declarations/gifts/${id}/edit`, editing: true, values: req.body, backLink: `/declarations/gifts/${id}`, ...formChoices };
    await handleForm(res, 'declarations/gift-form', context, async () => {
      await updateGift(currentUser(req), id, Number(req.body.version), await giftInputFromForm(req.body), actorOf(req));
      flash(req, 'The declaration has been updated. The earlier version is kept in its history.');
      res.redirect(303, `/declarations/gifts/${id}`);
    }, ['offeredOn']);
  });

  return router;
}
