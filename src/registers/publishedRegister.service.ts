/** The published register as it stands today: for the public page, and for governance leads to withhold entries. */
import { todayUtc } from '../engine/dates';
import Joi from 'joi';
import type { Actor } from '../audit/auditLog';
import { DeclarationModel } from '../declarations/declaration.model';
import { NotFoundError } from '../shared/errors';
import { isObjectId } from '../shared/records';
import { expectedVersion, validate } from '../shared/validation';
import { updateVersioned } from '../shared/versionedRecords';
import { derived } from '../readModel/derived';
import { nonDeclarers } from '../rounds/nonDeclarers.service';
import { loadLookups } from './lookups';
import { publishableEntries, type PublishableEntry } from './published';
import { collect, currentRecords } from './recordSource';
import { NO_FILTERS, type Row } from './register';

/** The entries of a day's published register, kept until the next save. */
const publishedOn = derived(async (_store, asAt: string): Promise<{ asAt: string; published: PublishableEntry[]; withheld: PublishableEntry[] }> => {
  const entries = await collect(publishableEntries({ asAt, source: currentRecords, lookups: await loadLookups(currentRecords, asAt), filters: NO_FILTERS }));
  return { asAt, published: entries.filter((e) => !e.withheldReason), withheld: entries.filter((e) => e.withheldReason) };
});

export function publishedRegisterToday(): Promise<{ asAt: string; published: PublishableEntry[]; withheld: PublishableEntry[] }> {
  return publishedOn(todayUtc());
}

/** Case-insensitive: does the entry's name or organisation contain the search words? */
export function matchesSearch(row: Row, search: string): boolean {
  const words = search.trim().toLowerCase();
  return !words || [row.name, row.organisation].some((field) => String(field ?? '').toLowerCase().includes(words));
}

/** What the public may see: published rows only, and how many entries were withheld, never which. */
export async function publicRegister(search = ''): Promise<{ asAt: string; rows: Row[]; withheldCount: number }> {
  const { asAt, published, withheld } = await publishedRegisterToday();
  return { asAt, rows: published.map((e) => e.row).filter((row) => matchesSearch(row, search)), withheldCount: withheld.length };
}

/**
 * What the public page shows on a day for a search: the published rows and who has not declared. Kept until
 * the next save, and the same object while nothing has changed, so the page made from it can be kept too.
 */
export const publicRegisterPage = derived(async (_store, today: string, search: string) => {
  const [{ asAt, rows, withheldCount }, notDeclared] = await Promise.all([publicRegister(search), nonDeclarers(today)]);
  return { asAt, rows, withheldCount, notDeclared: { round: notDeclared.round, people: notDeclared.published, withheldCount: notDeclared.withheld.length } };
});

const withholdSchema = Joi.object({
  reason: Joi.string().trim().max(1000).required().label('Reason').messages({
    'any.required': 'Enter why this entry is withheld from the published register',
    'string.empty': 'Enter why this entry is withheld from the published register',
    'string.max': 'Reason must be 1,000 characters or fewer',
  }),
  version: expectedVersion(),
});

const versionSchema = Joi.object({ version: expectedVersion() });

export async function interestToWithhold(id: string) {
  const declaration = isObjectId(id) ? await DeclarationModel.findById(id).lean() : null;
  if (!declaration || declaration.type === 'nil') throw new NotFoundError('The interest');
  return declaration;
}

/** Keeps an interest off the published register, for the person's safety; the reason is required and audited. */
export async function withholdFromPublication(id: string, input: unknown, actor: Actor) {
  await interestToWithhold(id);
  const { reason, version } = validate(withholdSchema, input);
  return updateVersioned(DeclarationModel, 'declaration', id, version, { withheldReason: reason }, actor, 'withheld');
}

export async function publishAgain(id: string, input: unknown, actor: Actor) {
  await interestToWithhold(id);
  const { version } = validate(versionSchema, input);
  return updateVersioned(DeclarationModel, 'declaration', id, version, { withheldReason: null }, actor, 'republished');
}
