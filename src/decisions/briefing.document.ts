/**
 * The conflicts briefing as a document: headings, paragraphs and lists in reading order.
 * The email's plain text and the printable PDF are both drawn from this one outline, so
 * they always say the same thing; the web page renders the briefing with its own markup.
 */
import { formatPounds } from '../shared/money';
import { describeQuorum, longDate, type Briefing, type BriefingItem, type ConflictedMember, type ItemQuorum, type QuorumTest } from '../engine';
import { DECISION_KINDS, labelOf, MEMBER_CATEGORIES, MEMBERSHIP_ROLES } from '../shared/vocabulary';

export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'facts'; rows: [label: string, value: string][] };

/**
 * Whether an item stays quorate, in the words and colour every page and the PDF use, so a tag never
 * disagrees with the sentences under it.
 */
export function quorumStatus(quorum: ItemQuorum): { text: string; tag: 'green' | 'red' } {
  if (!quorum.quorateNow) return { text: 'Not quorate, even before anyone withdraws', tag: 'red' };
  if (!quorum.quorateAfterWithdrawal) return { text: 'Not quorate once the members with an interest withdraw', tag: 'red' };
  return { text: 'Quorate once the members with an interest withdraw', tag: 'green' };
}

/** "At least 4 voting members, of whom lay, executive and NHS England members are a majority, with the chair or vice-chair present." */
export function quorumRule(test: QuorumTest | null): string {
  return test ? describeQuorum(test) : 'The rule pack sets no quorum for this committee.';
}

/** Who comes, in words: the basis the quorum figures rest on. */
export function attendanceBasis(briefing: Briefing): string {
  return briefing.attendance.basis === 'expected'
    ? 'Nobody is recorded as present yet, so every member of the committee on the meeting date is expected.'
    : 'The members recorded as present.';
}

/** "Ann Example (Lay member, Chair)", "Hana Watch (Healthwatch, Member, non-voting)". */
export function memberLabel(member: { name: string; category: string; role: string; voting: boolean }): string {
  const parts = [labelOf(MEMBER_CATEGORIES, member.category), labelOf(MEMBERSHIP_ROLES, member.role), ...(member.voting ? [] : ['non-voting'])];
  return `${member.name} (${parts.join(', ')})`;
}

/** "Affects Example Surgery and every GP practice of NHS South Worcestershire CCG." */
export function affectedText(item: BriefingItem): string {
  const names = item.decision.affectedOrganisations.map((o) => o.name);
  if (item.decision.allPracticesOf) names.push(`every GP practice of ${item.decision.allPracticesOf.name}`);
  return names.length > 0 ? `Affects ${names.join('; ')}.` : 'Names no organisation it affects.';
}

function interestLines(member: ConflictedMember): string[] {
  return member.interests.map((interest) => {
    const held = interest.heldThrough ? `, held through ${interest.heldThrough}` : '';
    const what = interest.description ? `${interest.description} ` : '';
    const action = interest.actionTaken ? ` Declared action: ${interest.actionTaken}` : ' No action to manage it was declared.';
    return `${what}(${interest.organisation ?? 'an unnamed organisation'}${held}; declared ${longDate(interest.declaredOn)}).${action}`;
  });
}

function itemBlocks(item: BriefingItem): Block[] {
  const { decision } = item;
  const blocks: Block[] = [
    { kind: 'heading', level: 2, text: item.title },
    {
      kind: 'facts',
      rows: [
        ['Proposed decision', decision.title],
        ['Kind', labelOf(DECISION_KINDS, decision.kind)],
        ['Value', decision.valueGBP === null ? 'Not given' : formatPounds(decision.valueGBP)],
        ['Organisations', affectedText(item)],
      ],
    },
    { kind: 'heading', level: 3, text: 'Members with an interest' },
  ];
  if (item.conflicted.length === 0) blocks.push({ kind: 'paragraph', text: 'Nobody holds an interest in the organisations this decision affects.' });
  for (const member of item.conflicted) {
    blocks.push({ kind: 'paragraph', text: `${memberLabel(member)}: ${member.advice}` }, { kind: 'list', items: interestLines(member) });
  }
  if (item.nameMatches.length > 0) {
    blocks.push(
      { kind: 'heading', level: 3, text: 'Possible name matches to check' },
      { kind: 'list', items: item.nameMatches.map((m) => `${memberLabel(m)} declared an interest in '${m.declaredName}'. ${m.advice}`) },
    );
  }
  if (item.quorum) blocks.push({ kind: 'heading', level: 3, text: 'Quorum once they withdraw' }, { kind: 'paragraph', text: `${quorumStatus(item.quorum).text}.` }, { kind: 'list', items: item.quorum.reasons });
  if (item.guidance.length > 0) blocks.push({ kind: 'heading', level: 3, text: 'What the guidance says' }, { kind: 'list', items: item.guidance.map((g) => g.text) });
  return blocks;
}

export function briefingOutline(briefing: Briefing, bodyName: string): Block[] {
  const { meeting } = briefing;
  return [
    { kind: 'heading', level: 1, text: `Conflicts briefing: ${meeting.committeeName}, ${longDate(meeting.date)}` },
    {
      kind: 'facts',
      rows: [
        ['Body', bodyName],
        ['Committee', meeting.committeeName],
        ['Meeting', longDate(meeting.date)],
        ['Attendance', attendanceBasis(briefing)],
        ['Quorum', quorumRule(briefing.quorumTest)],
      ],
    },
    { kind: 'heading', level: 2, text: briefing.attendance.basis === 'expected' ? 'Expected to attend' : 'Present' },
    briefing.attendance.members.length > 0 ? { kind: 'list', items: briefing.attendance.members.map(memberLabel) } : { kind: 'paragraph', text: 'Nobody.' },
    { kind: 'heading', level: 2, text: 'Summary' },
    { kind: 'list', items: briefing.summary.sentences },
    ...briefing.items.flatMap(itemBlocks),
  ];
}

/** The outline as plain text, for the email body. */
export function briefingText(briefing: Briefing, bodyName: string): string {
  const underline: Record<1 | 2 | 3, string> = { 1: '=', 2: '-', 3: '' };
  return briefingOutline(briefing, bodyName)
    .map((block) => {
      switch (block.kind) {
        case 'heading':
          return underline[block.level] ? `${block.text}\n${underline[block.level].repeat(block.text.length)}` : `${block.text}:`;
        case 'paragraph':
          return block.text;
        case 'list':
          return block.items.map((item) => `  - ${item}`).join('\n');
        case 'facts':
          return block.rows.map(([label, value]) => `${label}: ${value}`).join('\n');
      }
    })
    .join('\n\n')
    .concat('\n');
}
