import { expect } from 'chai';
import { AuditEventModel } from '../../src/audit/auditEvent.model';
import type { Role } from '../../src/shared/vocabulary';
import { aPerson } from './factories';
import type { AgentResponse, TestApp, WebAgent } from './testApp';

/** A new person with the role, signed in. */
export async function signedInAs(app: TestApp, role: Role): Promise<WebAgent> {
  return app.signIn((await aPerson({ role })).email);
}

/** How many documents a collection holds: compared before and after to show nothing was written. */
export function countOf(model: { countDocuments(): { exec(): Promise<number> } }): Promise<number> {
  return model.countDocuments().exec();
}

/** The audit actions recorded for one record, oldest first. */
export async function auditActionsFor(recordId: string): Promise<string[]> {
  return (await AuditEventModel.find({ recordId }).sort({ seq: 1 }).lean()).map((e) => e.action);
}

/** The error summary's messages on a page, in order. */
export function errorSummaryOf(page: AgentResponse): string[] {
  const list = /nhsuk-error-summary__list">([\s\S]*?)<\/ul>/.exec(page.text)?.[1] ?? '';
  return [...list.matchAll(/<li>(?:<a href="[^"]*">)?([\s\S]*?)(?:<\/a>)?<\/li>/g)].map((m) => decodeEntities(m[1]));
}

/** The message shown beside a form field (its id), if any. */
export function fieldErrorOf(page: AgentResponse, field: string): string | undefined {
  const match = new RegExp(`id="${field}-error"><span class="nhsuk-u-visually-hidden">Error:</span> ([^<]*)</span>`).exec(page.text);
  return match ? decodeEntities(match[1]) : undefined;
}

/**
 * HTML's text as a person reads it: tags dropped, spaces closed up, and without the column headings a
 * responsive table repeats in each cell for narrow screens (hidden from assistive technology).
 */
export function textOf(html: string): string {
  const shown = html.replace(/<span class="nhsuk-table__heading" aria-hidden="true">[^<]*<\/span>/g, '').replace(/<[^>]+>/g, ' ');
  return decodeEntities(shown).replace(/\s+/g, ' ').trim();
}

/** Each table row on a page, as the text of its cells. */
export function tableRows(page: AgentResponse): string[][] {
  return [...page.text.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((row) => [...row[1].matchAll(/<t[dh][^>]*>([\s\S]*?)<\/t[dh]>/g)].map((cell) => textOf(cell[1])));
}

function decodeEntities(html: string): string {
  return html.replace(/&#x27;/g, "'").replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&#x3D;/g, '=').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** Asserts a form was refused for one field: status 400, the field named in the summary and beside the input. */
export function expectFieldError(page: AgentResponse, field: string, message: string | RegExp): void {
  expect(page.status, errorSummaryOf(page).join('; ') || page.text.slice(0, 500)).to.equal(400);
  expect(page.text).to.contain(`href="#${field}`);
  const beside = fieldErrorOf(page, field);
  if (typeof message === 'string') expect(beside).to.equal(message);
  else expect(beside).to.match(message);
}

/** Asserts an API answer is a 400 naming the field. */
export function expectApiFieldError(response: AgentResponse, field: string, message?: string | RegExp): void {
  expect(response.status, response.text).to.equal(400);
  const body = response.json<{ error: string; errors: { field: string; message: string }[] }>();
  const error = body.errors.find((e) => e.field === field);
  expect(error, `no error for ${field} in ${response.text}`).to.exist;
  if (typeof message === 'string') expect(error?.message).to.equal(message);
  else if (message) expect(error?.message).to.match(message);
}

/** Every API record carries `id`, never mongo's `_id`. */
export function expectApiRecord(record: Record<string, unknown>): void {
  expect(record).to.have.property('id').that.is.a('string');
  expect(record).not.to.have.property('_id');
  expect(record).not.to.have.property('__v');
  expect(record).to.include.keys('version', 'createdAt', 'updatedAt');
}
