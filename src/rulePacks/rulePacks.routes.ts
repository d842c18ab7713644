import { Router, type Request, type Response } from 'express';
import { actorOf } from '../accounts/access';
import { flash } from '../web/flash';
import { CATALOGUE, describeQuorum, quorumTestFor, RULE_IDS, type RulePack } from '../engine';
import { workedExample } from '../rules';
import { ValidationError } from '../shared/errors';
import { handleForm } from '../web/forms';
import { describeHistory } from '../web/history';
import { whoIsCounted } from './library';
import { addRulePack, listRulePacks, rulePackDetails, storedPack, updateRulePack, type PackSource } from './rulePacks.service';

/**
 * The YAML a pack form sent: the uploaded file when one was chosen, else the pasted text. The access policy
 * marks these forms as YAML uploads, so the edge has read the file (req.file), or said why not.
 */
function packFromForm(req: Request, res: Response): { input: { yaml: string; version?: unknown }; source: PackSource } {
  if (res.locals.uploadProblem) throw new ValidationError([{ field: 'file', message: res.locals.uploadProblem }]);
  const file = req.file && req.file.size > 0 ? req.file : undefined;
  return {
    input: { yaml: file ? file.buffer.toString('utf8') : String(req.body?.yaml ?? ''), version: req.body?.version },
    source: { fileName: file?.originalname },
  };
}

/** What a pack checks, for its page: each rule with its settings in words. */
function rulesOf(pack: RulePack) {
  return RULE_IDS.flatMap((ruleId) => {
    const rule = pack.rules[ruleId];
    if (!rule) return [];
    const params = Object.entries(rule.params ?? {})
      .filter(([name]) => name !== 'requirements')
      .map(([name, value]) => `${name}: ${Array.isArray(value) ? value.join(', ') : String(value)}`);
    return [{ ruleId, scope: CATALOGUE[ruleId].scope, enabled: rule.enabled, severity: rule.severity, params: params.join('; '), guidance: rule.guidance }];
  });
}


function requirementsOf(pack: RulePack) {
  const composition = pack.rules['constitution.composition'];
  return (composition?.enabled ? composition.params.requirements : []).map((r) => ({
    id: r.id,
    label: r.label,
    who: whoIsCounted(r),
    bound: r.min != null && r.max != null ? (r.min === r.max ? `exactly ${r.min}` : `${r.min} to ${r.max}`) : r.min != null ? `at least ${r.min}` : `at most ${r.max}`,
  }));
}

/** The quorum a pack sets for a committee that sets none of its own. */
function packQuorum(pack: RulePack): string | null {
  if (!pack.committee || !(pack.rules['meeting.inquorate']?.enabled || pack.rules['conflict.inquorate-after-exclusions']?.enabled)) return null;
  return describeQuorum(quorumTestFor({}, pack.committee));
}

const FIELD_NAMES = { yaml: 'the YAML', title: 'title' };

/** The shipped rule packs (read-only) and the body's own, which governance leads write in YAML. */
export function rulePacksRouter(): Router {
  const router = Router();
  router.get('/rule-packs', async (_req, res) => res.render('rule-packs/list', { title: 'Rule packs', ...(await listRulePacks()) }));

  const adding = { title: 'Add a rule pack', action: '/rule-packs/new', backLink: '/rule-packs', example: workedExample() };
  router.get('/rule-packs/new', (_req, res) => res.render('rule-packs/form', { ...adding, values: {} }));
  router.post('/rule-packs/new', async (req, res) => {
    const pasted = { yaml: String(req.body?.yaml ?? '') };
    await handleForm(res, 'rule-packs/form', { ...adding, values: pasted }, async () => {
      const { input, source } = packFromForm(req, res);
      // Whatever was checked stays on the form, uploaded or pasted, to be fixed in place.
      Object.assign(pasted, { yaml: input.yaml });
      const pack = await addRulePack(input, actorOf(req), source);
      flash(req, `Rule pack ${pack._id} has been added as version 1. Choose it for a committee on the committee's page.`);
      res.redirect(303, `/rule-packs/${pack._id}`);
    });
  });

  router.get('/rule-packs/:id', async (req, res) => {
    const details = await rulePackDetails(req.params.id);
    res.render('rule-packs/view', {
      title: details.pack?.title ?? `Rule pack ${details.id}`,
      ...details,
      rules: details.pack ? rulesOf(details.pack) : [],
      requirements: details.pack ? requirementsOf(details.pack) : [],
      quorum: details.pack ? packQuorum(details.pack) : null,
      history: describeHistory(details.history, FIELD_NAMES),
      backLink: '/rule-packs',
    });
  });

  const editing = (id: string) => ({ title: `Change rule pack ${id}`, action: `/rule-packs/${id}/edit`, editing: true, backLink: `/rule-packs/${id}`, example: workedExample() });
  router.get('/rule-packs/:id/edit', async (req, res) => {
    const pack = await storedPack(req.params.id);
    res.render('rule-packs/form', { ...editing(req.params.id), values: { yaml: pack.yaml, version: pack.version } });
  });
  router.post('/rule-packs/:id/edit', async (req, res) => {
    const id = req.params.id;
    await storedPack(id);
    const values = { yaml: String(req.body?.yaml ?? ''), version: req.body?.version };
    await handleForm(res, 'rule-packs/form', { ...editing(id), values }, async () => {
      const { input, source } = packFromForm(req, res);
      values.yaml = input.yaml;
      const pack = await updateRulePack(id, input, actorOf(req), source);
      flash(req, `Rule pack ${id} has been saved as version ${pack.version}. Checks from now on use it; earlier checks keep the version they used.`);
      res.redirect(303, `/rule-packs/${id}`);
    });
  });

  return router;
}
