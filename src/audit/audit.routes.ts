import { Router, type Request, type Response } from 'express';
import { personChoices } from '../people/people.service';
import { handleForm, readDateInput } from '../web/forms';
import { queryText } from '../web/formInput';
import { auditVocabulary, searchAuditEvents } from './auditSearch';
import { auditChoices, describeEvents } from './auditView';
import { describeVerdict, verifyAuditChain, type ChainVerdict } from './verifyChain';

const FILTER_FIELDS = ['personId', 'actorId', 'recordType', 'recordId', 'action'] as const;

/** The filters as typed, for the form and for the links to other pages of results. */
function filterValues(query: Request['query']): Record<string, string> {
  const fields = [...FILTER_FIELDS, ...['from', 'to'].flatMap((d) => [`${d}-day`, `${d}-month`, `${d}-year`])];
  return Object.fromEntries(fields.map((f) => [f, queryText(query[f])]).filter(([, v]) => v !== ''));
}

async function renderAuditTrail(req: Request, res: Response, verdict?: ChainVerdict): Promise<void> {
  const values = verdict ? {} : filterValues(req.query);
  const [people, vocabulary] = await Promise.all([personChoices(), auditVocabulary()]);
  const context = {
    title: 'Audit trail',
    values,
    people,
    ...auditChoices(vocabulary),
    verdict: verdict && { intact: verdict.intact, text: describeVerdict(verdict) },
  };
  await handleForm(res, 'audit/index', context, async () => {
    const input = { ...values, from: readDateInput(values, 'from'), to: readDateInput(values, 'to'), page: queryText(req.query.page) };
    const { query, events, total, pages } = await searchAuditEvents(input);
    const pageLink = (page: number) => `/audit?${new URLSearchParams({ ...values, page: String(page) })}`;
    res.render('audit/index', {
      ...context,
      searched: true,
      events: await describeEvents(events),
      total,
      page: query.page,
      pages,
      previousLink: query.page > 1 ? pageLink(query.page - 1) : null,
      nextLink: query.page < pages ? pageLink(query.page + 1) : null,
    });
  }, ['from', 'to']);
}

/** Auditors browse the hash-chained audit trail and verify it has not been altered. */
export function auditRouter(): Router {
  const router = Router();
  router.get('/audit', (req, res) => renderAuditTrail(req, res));
  router.post('/audit/verify', async (req, res) => renderAuditTrail(req, res, await verifyAuditChain()));
  return router;
}
