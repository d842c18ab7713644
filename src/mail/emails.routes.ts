import { Router, type Request } from 'express';
import { actorOf } from '../accounts/access';
import type { AppDeps } from '../app';
import { flash } from '../web/flash';
import { todayUtc } from '../engine/dates';
import { listRounds } from '../rounds/rounds.service';
import { ValidationError } from '../shared/errors';
import { describeHistory } from '../web/history';
import { formStateFor, handleForm } from '../web/forms';
import { EMAIL_STATUSES } from './email.model';
import { allTemplates, currentTemplate, previewTemplate, previewVariables, saveTemplate, templateDefinition, templateHistory } from './emailTemplates.service';
import { EMAIL_STATUS_LABELS, oneEmail, sendLog } from './sendLog.service';
import { renderTemplate, TEMPLATES, TEMPLATE_KEYS, type TemplateKey } from './templates';

const MODE_DESCRIPTIONS = {
  live: 'Mail is on: each email goes to the person it is for.',
  test: 'Test mode: every email goes to the test address instead of the person it is for.',
  off: 'Mail is off: emails are recorded here but none is sent.',
  outbox: 'No mail server is set up: each email is written as a file in the outbox folder on the server.',
};

/** The send log, and the emails' wording that governance leads edit. */
export function emailsRouter(deps: Pick<AppDeps, 'postman' | 'clock' | 'publicUrl' | 'bodyName'>): Router {
  const router = Router();
  const today = () => todayUtc(deps.clock());
  const common = { bodyName: deps.bodyName, registerUrl: deps.publicUrl };

  router.get('/emails', async (req, res) => {
    const [log, rounds] = await Promise.all([sendLog(req.query), listRounds(today())]);
    res.render('emails/log', {
      title: 'Emails sent',
      ...log,
      values: { status: log.filter.status ?? '', template: log.filter.template ?? '', round: log.filter.round ?? '' },
      statuses: EMAIL_STATUSES.map((value) => ({ value, label: EMAIL_STATUS_LABELS[value] })),
      templates: TEMPLATE_KEYS.map((value) => ({ value, label: TEMPLATES[value].title })),
      rounds: rounds.map(({ round }) => ({ value: round._id, label: round.name })),
      mode: deps.postman.mode,
      modeDescription: MODE_DESCRIPTIONS[deps.postman.mode],
    });
  });

  router.get('/emails/templates', async (_req, res) => {
    res.render('emails/templates', { title: 'Email wording', templates: await allTemplates(), backLink: '/emails' });
  });

  async function editPage(key: string, values: Record<string, unknown>, preview?: { subject: string; text: string }) {
    const definition = templateDefinition(key);
    const current = await currentTemplate(key as TemplateKey);
    return {
      title: definition.title,
      definition,
      current,
      values,
      preview: preview ?? renderTemplate(current, await previewVariables(key, common, today())),
      variables: Object.entries(definition.variables).map(([name, v]) => ({
        token: `{{${name}}}`,
        eachToken: `{{#each ${name}}}`,
        description: v.description,
        items: v.items && Object.entries(v.items).map(([itemName, item]) => ({ token: `{{${itemName}}}`, description: item.description })),
      })),
      bodyHint: 'Plain text. Put a variable in double braces, like {{personName}}. Use {{#if overdue}}…{{/if}} for a part only some emails need.',
      history: describeHistory(await templateHistory(key as TemplateKey), { subject: 'subject', body: 'body' }),
      backLink: '/emails/templates',
    };
  }

  router.get('/emails/templates/:key', async (req, res) => {
    const current = await currentTemplate(templateDefinition(req.params.key).key);
    res.render('emails/template-form', await editPage(req.params.key, { subject: current.subject, body: current.body, version: current.version || '' }));
  });

  router.post('/emails/templates/:key', async (req: Request, res) => {
    const key = String(req.params.key);
    const input = { subject: req.body.subject, body: req.body.body, version: req.body.version };
    if (req.body.action === 'preview') {
      try {
        const preview = previewTemplate(key, input, await previewVariables(key, common, today()));
        res.render('emails/template-form', { ...(await editPage(key, req.body, preview)), previewing: true });
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error;
        res.status(400).render('emails/template-form', { ...(await editPage(key, req.body)), ...formStateFor(error, req.body) });
      }
      return;
    }
    await handleForm(res, 'emails/template-form', await editPage(key, req.body), async () => {
      const saved = await saveTemplate(key, input, actorOf(req));
      flash(req, `The wording of "${templateDefinition(key).title}" is saved as version ${saved.version}. The next email uses it.`);
      res.redirect(303, `/emails/templates/${key}`);
    });
  });

  router.get('/emails/:id', async (req, res) => {
    res.render('emails/email', { title: 'Email', email: await oneEmail(req.params.id), backLink: '/emails' });
  });

  return router;
}
