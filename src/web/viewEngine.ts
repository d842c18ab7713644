import path from 'node:path';
import type { Express } from 'express';
import { engine } from 'express-handlebars';
import { viewsDir } from '../paths';
import * as vocabularies from '../shared/vocabulary';
import { isIsoDate, longDate } from '../engine/dates';
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

const helpers = {
  eq: (a: unknown, b: unknown) => a === b,
  not: (a: unknown) => !a,
  or: (...args: unknown[]) => args.slice(0, -1).some(Boolean),
  and: (...args: unknown[]) => args.slice(0, -1).every(Boolean),
  formatDate,
  formatDateTime: (value: unknown) => (value instanceof Date ? `${formatDate(value)} ${value.toISOString().slice(11, 16)} UTC` : ''),
  pounds: (value: unknown) => (typeof value === 'number' ? formatPounds(value) : ''),
  vocabLabel: (vocabName: string, value: string) => labelOf(vocabularyNamed(vocabName), value),
  /** Radio or select items for a vocabulary, with the current value marked. */
  options: (vocabName: string, selected: unknown) =>
    vocabularyNamed(vocabName).values.map((value) => ({ value, label: vocabularyNamed(vocabName).labels[value], selected: value === selected })),
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
};

export function configureViews(app: Express): void {
  app.engine(
    'hbs',
    engine({
      extname: '.hbs',
      defaultLayout: 'main',
      layoutsDir: path.join(viewsDir, 'layouts'),
      partialsDir: path.join(viewsDir, 'partials'),
      helpers,
      // A partial called on an indented line would otherwise indent every line it outputs, the lines of a textarea's text among them.
      compilerOptions: { preventIndent: true },
    }),
  );
  app.set('view engine', 'hbs');
  app.set('views', viewsDir);
}
