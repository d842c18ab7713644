import { Router } from 'express';
import { actorOf } from '../accounts/access';
import { flash } from '../web/flash';
import { YES_NO, formLines, queryText } from '../web/formInput';
import { handleForm } from '../web/forms';
import { describeHistory } from '../web/history';
import type { Organisation } from './organisation.model';
import { addOrganisation, getOrganisation, listCommissioners, listOrganisations, organisationDetails, updateOrganisation } from './organisations.service';

const FIELD_NAMES = {
  name: 'name',
  kind: 'kind',
  odsCode: 'ODS code',
  companiesHouseNumber: 'Companies House number',
  aliases: 'other names',
  memberOfId: 'member of',
  supplier: 'supplier',
};

function organisationInputFromForm(body: Record<string, unknown>) {
  return {
    name: body.name,
    kind: body.kind,
    odsCode: body.odsCode,
    companiesHouseNumber: body.companiesHouseNumber,
    aliases: formLines(body.aliases),
    memberOfId: body.memberOfId,
    supplier: body.supplier,
    version: body.version,
  };
}

function organisationFormValues(organisation: Organisation & { version: number }) {
  return { ...organisation, aliases: organisation.aliases.join('\n'), memberOfId: organisation.memberOfId ?? '', supplier: String(organisation.supplier) };
}

/** Governance leads' pages for the organisations on the register; auditors may read them. */
export function organisationsRouter(): Router {
  const router = Router();
  const formPage = async (fields: Record<string, unknown> & { values: Record<string, unknown> }) => ({ ...fields, ccgs: await listCommissioners(), yesNo: YES_NO });

  router.get('/organisations', async (req, res) => {
    const search = queryText(req.query.search).trim();
    res.render('organisations/list', { title: 'Organisations', search, organisations: await listOrganisations(search) });
  });

  const adding = { title: 'Add an organisation', action: '/organisations/new', backLink: '/organisations' };
  router.get('/organisations/new', async (_req, res) => res.render('organisations/form', await formPage({ ...adding, values: {} })));
  router.post('/organisations/new', async (req, res) => {
    await handleForm(res, 'organisations/form', await formPage({ ...adding, values: req.body }), async () => {
      const organisation = await addOrganisation(organisationInputFromForm(req.body), actorOf(req));
      flash(req, `${organisation.name} has been added to the register.`);
      res.redirect(303, `/organisations/${organisation._id}`);
    });
  });

  router.get('/organisations/:id', async (req, res) => {
    const { organisation, memberOf, members, history } = await organisationDetails(req.params.id);
    res.render('organisations/view', {
      title: organisation.name,
      organisation,
      aliases: organisation.aliases.join(', '),
      memberOf,
      members,
      history: describeHistory(history, FIELD_NAMES),
      backLink: '/organisations',
    });
  });

  const editing = (id: string) => ({ title: 'Change an organisation', action: `/organisations/${id}/edit`, editing: true, backLink: `/organisations/${id}` });
  router.get('/organisations/:id/edit', async (req, res) => {
    const organisation = await getOrganisation(req.params.id);
    res.render('organisations/form', await formPage({ ...editing(req.params.id), values: organisationFormValues(organisation) }));
  });
  router.post('/organisations/:id/edit', async (req, res) => {
    const id = req.params.id;
    await handleForm(res, 'organisations/form', await formPage({ ...editing(id), values: req.body }), async () => {
      const organisation = await updateOrganisation(id, organisationInputFromForm(req.body), actorOf(req));
      flash(req, `${organisation.name} has been updated. The earlier version is kept in its history.`);
      res.redirect(303, `/organisations/${id}`);
    });
  });

  return router;
}
