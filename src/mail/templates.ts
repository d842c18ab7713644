/**
 * The emails the register sends, as handlebars templates a governance lead can edit: each template's
 * purpose, the variables it may use, and the wording it ships with. A template is checked before it is
 * saved: it must compile, and every variable it names must be one its email provides, so an edit can never
 * produce an email that fails to render or prints a blank where a name should be.
 */
import Handlebars from 'handlebars';
import type { FieldError } from '../shared/errors';

/** A variable an email provides: plain text, or a list whose items have fields of their own. */
export interface Variable {
  description: string;
  example: unknown;
  /** For a list: the fields of each item, used inside {{#each}}. */
  items?: Record<string, Variable>;
}

export interface TemplateDefinition {
  key: TemplateKey;
  title: string;
  /** When it is sent, for the governance lead choosing what to edit. */
  sentWhen: string;
  variables: Record<string, Variable>;
  subject: string;
  body: string;
}

export const TEMPLATE_KEYS = [
  'sign-in-link',
  'round-opened',
  'round-reminder',
  'round-overdue-manager',
  'round-overdue-digest',
  'committee-joined',
  'annual-confirmation-due',
  'briefing',
] as const;
export type TemplateKey = (typeof TEMPLATE_KEYS)[number];

const v = (description: string, example: unknown): Variable => ({ description, example });

const personName = v("The person's name", 'Dr Sam Okafor');
const bodyName = v('The name of the body (the CCG or ICB)', 'NHS South Worcestershire CCG');
const link = v('A sign-in link that works once and takes the person to their return', 'https://register.example.nhs.uk/sign-in/link?token=…');
const linkValidUntil = v('The last day the link works', '14 June 2026');
const roundName = v("The round's name", 'Annual declarations 2026/27');
const dueOn = v('The day returns are due', '31 May 2026');
const registerUrl = v("The register's address, to sign in after the link has expired", 'https://register.example.nhs.uk');

export const TEMPLATES: Record<TemplateKey, TemplateDefinition> = {
  'sign-in-link': {
    key: 'sign-in-link',
    title: 'Sign-in link',
    sentWhen: 'Someone asks to sign in with their email address.',
    variables: { personName, bodyName, link: v('The single-use sign-in link', 'https://register.example.nhs.uk/sign-in/link?token=…'), minutes: v('How many minutes the link works for', 15) },
    subject: 'Your sign-in link for the conflicts of interest register',
    body:
      'Hello {{personName}},\n\nUse this link to sign in to the {{bodyName}} conflicts of interest register. It works once, for {{minutes}} minutes:\n\n{{link}}\n\n' +
      'If you did not ask to sign in, you can ignore this email.\n',
  },
  'round-opened': {
    key: 'round-opened',
    title: 'Declaration round opened',
    sentWhen: 'A declaration round opens: once to each person in its scope.',
    variables: { personName, bodyName, roundName, dueOn, link, linkValidUntil, registerUrl },
    subject: '{{roundName}}: please make your declaration by {{dueOn}}',
    body:
      'Dear {{personName}},\n\n{{bodyName}} asks everyone who takes part in its decisions to declare their interests, gifts and hospitality once a year, or to make a nil return.\n\n' +
      'Please review and confirm your declarations by {{dueOn}}. It takes a few minutes:\n\n{{link}}\n\n' +
      'The link works once, until {{linkValidUntil}}. After that, sign in at {{registerUrl}}.\n',
  },
  'round-reminder': {
    key: 'round-reminder',
    title: 'Declaration round reminder',
    sentWhen: "On the round's reminder schedule, to each person who has not yet made their return.",
    variables: {
      personName,
      bodyName,
      roundName,
      dueOn,
      link,
      linkValidUntil,
      registerUrl,
      overdue: v('True once the due date has passed', false),
      daysOverdue: v('Days since the due date (0 before it)', 0),
    },
    subject: '{{#if overdue}}Overdue: {{/if}}{{roundName}}: your declaration is due by {{dueOn}}',
    body:
      'Dear {{personName}},\n\n{{#if overdue}}Your declaration for {{roundName}} was due on {{dueOn}}, {{daysOverdue}} days ago.{{else}}This is a reminder that your declaration for {{roundName}} is due by {{dueOn}}.{{/if}}\n\n' +
      'Make your return here:\n\n{{link}}\n\nThe link works once, until {{linkValidUntil}}. After that, sign in at {{registerUrl}}.\n',
  },
  'round-overdue-manager': {
    key: 'round-overdue-manager',
    title: "Overdue return: to the person's line manager",
    sentWhen: "Once, the day after a round's due date, to the line manager of each person who has not made their return.",
    variables: { personName, jobTitle: v("The person's job title", 'GP member'), bodyName, roundName, dueOn },
    subject: '{{roundName}}: {{personName}} has not made their declaration',
    body:
      'Hello,\n\nYou are recorded as the line manager of {{personName}} ({{jobTitle}}). Their declaration of interests for {{roundName}} was due on {{dueOn}} and has not been made.\n\n' +
      'Please remind them: {{bodyName}} publishes the names of decision-making staff who have not declared.\n',
  },
  'round-overdue-digest': {
    key: 'round-overdue-digest',
    title: 'Daily list of overdue returns',
    sentWhen: "Once a day after a round's due date, to each governance lead, while anyone is overdue.",
    variables: {
      leadName: v("The governance lead's name", 'Grace Lead'),
      roundName,
      dueOn,
      overdueCount: v('How many people are overdue', 3),
      committees: {
        description: 'The overdue people, by committee ("Other decision-making staff" for those without a seat)',
        example: [{ name: 'Primary Care Commissioning Committee', people: [{ name: 'Dr Sam Okafor', email: 'sam.okafor@example.org' }] }],
        items: {
          name: v('The committee', 'Primary Care Commissioning Committee'),
          people: {
            description: 'The overdue members',
            example: [{ name: 'Dr Sam Okafor', email: 'sam.okafor@example.org' }],
            items: { name: v('Their name', 'Dr Sam Okafor'), email: v('Their email address', 'sam.okafor@example.org') },
          },
        },
      },
    },
    subject: '{{roundName}}: {{overdueCount}} returns overdue',
    body:
      'Dear {{leadName}},\n\nThese returns for {{roundName}} were due on {{dueOn}} and have not been made:\n\n' +
      '{{#each committees}}{{name}}\n{{#each people}}- {{name}} <{{email}}>\n{{/each}}\n{{/each}}',
  },
  'committee-joined': {
    key: 'committee-joined',
    title: 'Joined a committee',
    sentWhen: 'A person is given a seat on a committee.',
    variables: { personName, bodyName, committeeName: v('The committee', 'Primary Care Commissioning Committee'), dueOn, link, linkValidUntil, registerUrl },
    subject: 'Please declare your interests for {{committeeName}} by {{dueOn}}',
    body:
      'Dear {{personName}},\n\nWelcome to {{committeeName}}. Members declare their interests within 28 days of joining, so please make your declaration by {{dueOn}}, or a nil return if you have nothing to declare:\n\n' +
      '{{link}}\n\nThe link works once, until {{linkValidUntil}}. After that, sign in at {{registerUrl}}.\n',
  },
  'annual-confirmation-due': {
    key: 'annual-confirmation-due',
    title: 'Annual confirmation due soon',
    sentWhen: "Once, 30 days before a person's annual confirmation falls due, when no round covers them.",
    variables: { personName, bodyName, dueOn, link, linkValidUntil, registerUrl },
    subject: 'Your declaration of interests needs confirming by {{dueOn}}',
    body:
      'Dear {{personName}},\n\nYour declaration of interests with {{bodyName}} needs confirming by {{dueOn}}, a year after you last confirmed it. Check it is complete and correct here:\n\n' +
      '{{link}}\n\nThe link works once, until {{linkValidUntil}}. After that, sign in at {{registerUrl}}.\n',
  },
  briefing: {
    key: 'briefing',
    title: 'Conflicts briefing to the chair',
    sentWhen: 'A governance lead emails the conflicts briefing for a meeting to its chair.',
    variables: {
      chairName: v("The chair's name", 'Ann Example'),
      committeeName: v('The committee', 'Primary Care Commissioning Committee'),
      meetingDate: v('The meeting day', '10 June 2026'),
      briefing: v('The briefing itself, as text', 'Item 4: Local incentive scheme …'),
    },
    subject: 'Conflicts briefing: {{committeeName}}, {{meetingDate}}',
    body: 'Dear {{chairName}},\n\nThis is the conflicts of interest briefing for the meeting of {{committeeName}} on {{meetingDate}}. A printable copy is attached.\n\n{{briefing}}',
  },
};

/** The names a template may use inside a block whose items are `items` (plus those of enclosing blocks). */
type Scope = Record<string, Variable>;

interface Problem {
  message: string;
}

/** Every variable name a template uses that its scope does not provide, found by walking its syntax tree. */
function unknownVariables(program: hbs.AST.Program, scopes: Scope[], problems: Problem[]): void {
  const known = (path: hbs.AST.PathExpression): Variable | undefined => {
    if (path.data || path.parts.length === 0) return undefined;
    // Only the innermost scope is `this`; `../name` reaches out one scope per `../`.
    const scope = scopes[scopes.length - 1 - path.depth];
    return scope?.[path.parts[0]];
  };
  const checkPath = (path: hbs.AST.PathExpression) => {
    const found = known(path);
    if (!found || path.parts.length > 1) problems.push({ message: `{{${path.original}}} is not something this email can use` });
  };
  const checkExpression = (expression: hbs.AST.Expression) => {
    if (expression.type === 'PathExpression') checkPath(expression as hbs.AST.PathExpression);
    else if (expression.type === 'SubExpression') problems.push({ message: 'Helpers are not available in email templates' });
  };
  for (const statement of program.body) {
    if (statement.type === 'MustacheStatement') {
      const mustache = statement as hbs.AST.MustacheStatement;
      if (mustache.params.length > 0 || (mustache.hash?.pairs.length ?? 0) > 0) problems.push({ message: 'Helpers are not available in email templates' });
      else checkExpression(mustache.path);
    } else if (statement.type === 'BlockStatement') {
      const block = statement as hbs.AST.BlockStatement;
      const helper = (block.path as hbs.AST.PathExpression).original;
      if (!['if', 'unless', 'each'].includes(helper) || block.params.length !== 1) {
        problems.push({ message: `{{#${helper}}} is not available: use {{#if}}, {{#unless}} or {{#each}} with one variable` });
        continue;
      }
      const subject = block.params[0];
      checkExpression(subject);
      const list = subject.type === 'PathExpression' ? known(subject as hbs.AST.PathExpression) : undefined;
      if (helper === 'each') {
        if (list && !list.items) problems.push({ message: `{{#each ${(subject as hbs.AST.PathExpression).original}}} needs a list` });
        unknownVariables(block.program, [...scopes, list?.items ?? {}], problems);
      } else {
        unknownVariables(block.program, scopes, problems);
      }
      if (block.inverse) unknownVariables(block.inverse, scopes, problems);
    } else if (statement.type === 'PartialStatement' || statement.type === 'PartialBlockStatement' || statement.type === 'DecoratorBlock' || statement.type === 'Decorator') {
      problems.push({ message: 'Partials are not available in email templates' });
    }
  }
}

/** The problems with a template's subject and body, as field errors; none means it may be saved. */
export function templateProblems(definition: TemplateDefinition, input: { subject: string; body: string }): FieldError[] {
  const errors: FieldError[] = [];
  for (const field of ['subject', 'body'] as const) {
    let program: hbs.AST.Program;
    try {
      program = Handlebars.parse(input[field]);
    } catch (error) {
      errors.push({ field, message: `The ${field} does not compile: ${(error as Error).message.split('\n')[0]}` });
      continue;
    }
    const problems: Problem[] = [];
    unknownVariables(program, [definition.variables], problems);
    if (problems.length > 0) {
      const allowed = Object.keys(definition.variables).map((name) => `{{${name}}}`).join(', ');
      errors.push({ field, message: `${problems.map((p) => p.message).join('; ')}. This email can use ${allowed}` });
    }
  }
  return errors;
}

/** Renders a checked template. Emails are plain text, so nothing is HTML-escaped. */
export function renderTemplate(template: { subject: string; body: string }, variables: Record<string, unknown>): { subject: string; text: string } {
  const options = { noEscape: true, strict: true, knownHelpersOnly: true } as const;
  return {
    subject: Handlebars.compile(template.subject, options)(variables).replace(/\s+/g, ' ').trim(),
    text: Handlebars.compile(template.body, options)(variables),
  };
}

/** The variables' examples, for a preview when there is no real data to use. */
export function exampleVariables(definition: TemplateDefinition): Record<string, unknown> {
  return Object.fromEntries(Object.entries(definition.variables).map(([name, variable]) => [name, variable.example]));
}
