import fs from 'node:fs';
import path from 'node:path';
import type { Express } from 'express';
import Handlebars, { type HelperOptions } from 'handlebars';
import { viewsDir } from '../paths';
import * as vocabularies from '../shared/vocabulary';
import { isIsoDate, longDate, longDateTime } from '../engine/dates';
import { capitalise } from '../engine/describe';
import { formatPounds } from '../shared/money';
import { labelOf, officeLabel, type Vocabulary } from '../shared/vocabulary';

/** "2015-06-10" (or a moment) -> "10 June 2015", the NHS style for dates. */
export function formatDate(value: unknown): string {
  if (value instanceof Date) value = value.toISOString();
  return typeof value === 'string' && isIsoDate(value.slice(0, 10)) ? longDate(value.slice(0, 10)) : '';
}

function vocabularyNamed(name: string): Vocabulary<string> {
  const vocab = (vocabularies as unknown as Record<string, Vocabulary<string> | undefined>)[name];
  if (!vocab || !Array.isArray(vocab.values)) throw new Error(`Unknown vocabulary ${name}`);
  return vocab;
}

/**
 * A cell of an NHS.UK responsive table (`nhsuk-table--responsive`): below desktop width each row becomes a
 * card and each value shows its column's heading beside it. `{{#cell "From"}}…{{/cell}}`, or `{{#cell ""}}`
 * for a column of actions; `rowHeader=true` for the cell that names the row, `numeric=true` for numbers.
 */
function cell(this: unknown, heading: string, options: HelperOptions): Handlebars.SafeString {
  const { rowHeader, numeric } = options.hash as { rowHeader?: boolean; numeric?: boolean };
  const [tag, kind, attributes] = rowHeader ? ['th', 'header', ' scope="row" role="rowheader"'] : ['td', 'cell', ' role="cell"'];
  const classes = `nhsuk-table__${kind}${numeric ? ` nhsuk-table__${kind}--numeric` : ''}`;
  // A column without a heading holds actions (Change, End): on a card they sit at its right.
  const label = heading ? `<span class="nhsuk-table__heading" aria-hidden="true">${Handlebars.escapeExpression(heading)} </span>` : '';
  const value = heading ? '<span>' : '<span class="coi-table-actions">';
  return new Handlebars.SafeString(`<${tag} class="${classes}"${attributes}>${label}${value}${options.fn(this)}</span></${tag}>`);
}

const helpers = {
  cell,
  eq: (a: unknown, b: unknown) => a === b,
  not: (a: unknown) => !a,
  or: (...args: unknown[]) => args.slice(0, -1).some(Boolean),
  and: (...args: unknown[]) => args.slice(0, -1).every(Boolean),
  /** The value, or the words to show when it is empty: (otherwise interest.actionTaken "None"). */
  otherwise: (value: unknown, fallback: unknown) => value || fallback,
  formatDate,
  /** A moment, stored as a Date or kept as ISO text (an export's manifest). */
  formatDateTime: (value: unknown) => {
    const moment = typeof value === 'string' ? new Date(value) : value;
    return moment instanceof Date && !Number.isNaN(moment.getTime()) ? longDateTime(moment) : '';
  },
  pounds: (value: unknown) => (typeof value === 'number' ? formatPounds(value) : ''),
  vocabLabel: (vocabName: string, value: string) => labelOf(vocabularyNamed(vocabName), value),
  /** Radio or select items for a vocabulary, with the current value marked. */
  options: (vocabName: string, selected: unknown) =>
    vocabularyNamed(vocabName).values.map((value) => ({ value, label: vocabularyNamed(vocabName).labels[value], selected: value === selected })),
  /** As `options`, each item with its hint from a second vocabulary of the same values. */
  optionsWithHints: (vocabName: string, hintsName: string, selected: unknown) =>
    vocabularyNamed(vocabName).values.map((value) => ({
      value,
      label: vocabularyNamed(vocabName).labels[value],
      hint: labelOf(vocabularyNamed(hintsName), value) || undefined,
      selected: value === selected,
    })),
  /** Items from a list of records: value from `_id`, text from `name`. */
  recordOptions: (records: { _id: unknown; name: string }[] | undefined, selected: unknown) =>
    (records ?? []).map((r) => ({ value: String(r._id), label: r.name, selected: String(r._id) === selected })),
  lookup2: (obj: Record<string, unknown> | undefined, key: string) => obj?.[key],
  concat: (...args: unknown[]) => args.slice(0, -1).join(''),
  json: (value: unknown) => JSON.stringify(value, null, 2),
  add: (a: number, b: number) => a + b,
  yesNo: (value: unknown) => (value ? 'Yes' : 'No'),
  decisionMakingText: (person: { decisionMaking?: boolean; decisionMakingReason?: string | null }) =>
    person.decisionMaking ? `Yes: ${person.decisionMakingReason ?? ''}` : 'No',
  /** "Started" -> "started", for the hidden end of a "Change" link. */
  lowerFirst: (text: unknown) => (typeof text === 'string' ? text.charAt(0).toLowerCase() + text.slice(1) : ''),
  lowercase: (value: unknown) => String(value ?? '').toLowerCase(),
  capitalise: (value: unknown) => capitalise(String(value ?? '')),
  officeLabel,
  acceptedWord: (value: unknown) => (value ? 'Accepted' : 'Declined'),
  withoutFullStop,
  interestWording,
};

/** A sentence's words without its closing full stop, for text that goes on inside another sentence. */
export function withoutFullStop(text: unknown): string {
  return String(text ?? '').trim().replace(/\.+$/, '');
}

/**
 * "Shareholder in Severnside GP Federation Ltd (one share)" with the organisation in brackets only when the
 * description does not already name it, and without the description's closing full stop.
 */
export function interestWording(description: unknown, organisation: unknown): string {
  const what = withoutFullStop(description);
  const org = typeof organisation === 'string' ? organisation.trim() : '';
  if (!org || what.toLowerCase().includes(org.toLowerCase())) return what || org;
  return what ? `${what} (${org})` : org;
}

/**
 * A partial called on an indented line would otherwise indent every line it outputs, the lines of a
 * textarea's text among them. Helpers known when compiling are called directly, and a plain {{name}} is a
 * property rather than a possible helper looked up on every use: a view naming a helper that does not
 * exist fails to compile (test/web/views.test.ts compiles them all).
 */
export const VIEW_COMPILE_OPTIONS = {
  preventIndent: true,
  knownHelpers: Object.fromEntries(Object.keys(helpers).map((name) => [name, true])),
  knownHelpersOnly: true,
};

const LAYOUT = path.join(viewsDir, 'layouts', 'main.hbs');
const PARTIALS = path.join(viewsDir, 'partials');

/**
 * Handlebars with the app's helpers and partials, each template compiled the first time it is used and kept:
 * views are part of the build, so a change to one needs a restart, as a change to the code does. Rendering
 * is synchronous; express-handlebars went through several promises and file look-ups for every page, which
 * was a sixth of the cost of a small page.
 */
function viewRenderer(): (file: string, context: object) => string {
  const hbs = Handlebars.create();
  hbs.registerHelper(helpers);
  const compile = (file: string) => hbs.compile(fs.readFileSync(file, 'utf8'), VIEW_COMPILE_OPTIONS);
  for (const file of fs.readdirSync(PARTIALS).filter((name) => name.endsWith('.hbs'))) {
    hbs.registerPartial(path.basename(file, '.hbs'), compile(path.join(PARTIALS, file)));
  }
  const templates = new Map<string, HandlebarsTemplateDelegate>();
  const template = (file: string) => templates.get(file) ?? templates.set(file, compile(file)).get(file)!;
  return (file, context) => template(LAYOUT)({ ...context, body: template(file)(context) });
}

export function configureViews(app: Express): void {
  const render = viewRenderer();
  app.engine('hbs', (file: string, context: object, done: (error: unknown, html?: string) => void) => {
    let html: string;
    try {
      html = render(file, context);
    } catch (error) {
      return done(error);
    }
    done(null, html);
  });
  app.set('view engine', 'hbs');
  app.set('views', viewsDir);
}
