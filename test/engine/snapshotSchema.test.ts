import fs from 'node:fs';
import { expect } from 'chai';
import { validateSnapshot } from '../../src/engine';
import { ISO_DATE_PATTERN } from '../../src/engine/dates';
import {
  COMMISSIONING_LEVELS,
  COMMITTEE_TYPES,
  DECISION_KINDS,
  DECLARATION_TYPES,
  GIFT_KINDS,
  HELD_BY,
  MEMBER_CATEGORIES,
  MEMBER_ROLES,
  OFFICE_PATTERN,
  ORGANISATION_KINDS,
  PARTICIPATION_ACTIONS,
} from '../../src/engine/types';
import { SNAPSHOT_SCHEMA_FILE, SNAPSHOT_VALIDATOR_FILE } from '../../src/schemas/files';
import { snapshotValidatorSource } from '../../src/schemas/snapshotValidator';
import { cleanBody, icbBody } from './fixtures';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const schema = JSON.parse(fs.readFileSync(SNAPSHOT_SCHEMA_FILE, 'utf8')) as any;
const defs = schema.definitions;

function problems(input: unknown): { path: string; message: string }[] {
  const result = validateSnapshot(input);
  return result.ok ? [] : result.errors;
}

describe('the published snapshot schema', () => {
  it('when the compiled validator is compared with the schema, then it is the one the schema compiles to (npm run schema:compile)', () => {
    expect(fs.readFileSync(SNAPSHOT_VALIDATOR_FILE, 'utf8')).to.equal(snapshotValidatorSource());
  });

  it("when its vocabularies and patterns are compared with the engine's, then they are the same", () => {
    const withoutNull = (values: unknown[]) => values.filter((v) => v !== null);
    expect(defs.organisation.properties.kind.enum).to.deep.equal([...ORGANISATION_KINDS]);
    expect(defs.committee.properties.type.enum).to.deep.equal([...COMMITTEE_TYPES]);
    expect(withoutNull(defs.committee.properties.commissioningLevel.enum)).to.deep.equal([...COMMISSIONING_LEVELS]);
    expect(defs.memberCategory.enum).to.deep.equal([...MEMBER_CATEGORIES]);
    expect(defs.memberRole.enum).to.deep.equal([...MEMBER_ROLES]);
    expect(defs.declaration.properties.type.enum).to.deep.equal([...DECLARATION_TYPES]);
    expect(withoutNull(defs.declaration.properties.heldBy.enum)).to.deep.equal([...HELD_BY]);
    expect(defs.gift.properties.kind.enum).to.deep.equal([...GIFT_KINDS]);
    expect(defs.item.properties.participation.items.properties.action.enum).to.deep.equal([...PARTICIPATION_ACTIONS]);
    expect(defs.decision.properties.kind.enum).to.deep.equal([...DECISION_KINDS]);
    expect([defs.date.pattern, defs.optionalDate.pattern]).to.deep.equal([ISO_DATE_PATTERN.source, ISO_DATE_PATTERN.source]);
    expect([defs.office.pattern, defs.optionalOffice.pattern, defs.requirement.properties.id.pattern]).to.deep.equal(Array(3).fill(OFFICE_PATTERN.source));
  });

  it('when ids are empty or listed twice, numbers are not whole, or a version is unknown, then each is named with its path', () => {
    const s = cleanBody() as unknown as Record<string, unknown> & { people: { id: string }[]; meetings: { present: string[] }[]; committees: { quorum: unknown }[] };
    s.snapshotVersion = 2;
    s.people[0].id = '';
    s.meetings[0].present.push(s.meetings[0].present[0]);
    s.committees[0].quorum = { minimumVoting: 2.5 };
    expect(problems(s)).to.deep.include.members([
      { path: 'snapshotVersion', message: 'must be [1]' },
      { path: 'people[0].id', message: 'is not allowed to be empty' },
      { path: 'committees[0].quorum.minimumVoting', message: 'must be an integer' },
      { path: `meetings[0].present[${s.meetings[0].present.length - 1}]`, message: `"${s.meetings[0].present[0]}" is listed more than once` },
    ]);
  });

  it("when a quorum's requirements have untrimmed labels or a max below their min, then those are named as rule packs name them", () => {
    const s = icbBody() as unknown as { committees: { quorum: unknown }[] };
    s.committees[0].quorum = { present: [{ id: 'execs', label: ' executives', min: 1 }, { id: 'nonexecs', label: 'non-executives', min: 3, max: 2 }] };
    expect(problems(s)).to.deep.equal([
      { path: 'committees[0].quorum.present[0].label', message: 'must not have leading or trailing whitespace' },
      { path: 'committees[0].quorum.present[1].max', message: 'must not be less than min (3)' },
    ]);
  });
});
