import path from 'node:path';
import type { Express } from 'express';
import { engine } from 'express-handlebars';
import { viewsDir } from '../paths';
import * as vocabularies from '../shared/vocabulary';
import { capitalise } from '../engine/describe';
import { labelOf, officeLabel, type Vocabulary } from '../shared/vocabulary';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2015-06-10" -> "10 June 2015", the NHS style for dates. */
export function formatDate(value: unknown): string {
  if (value instanceof Date) value = value.toISOString().slice(0, 10);
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(value)) return '';
  const [y, m, d] = value.slice(0, 10).split('-').map(Number);
  return `${d} ${MONTHS[m - 1]} ${y}`;
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
  pounds: (value: unknown) => (typeof value === 'number' ? `£${value.toLocaleString('en-GB', { minimumFractionDigits: value % 1 ? 2 : 0, maximumFractionDigits: 2 })}` : ''),
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
