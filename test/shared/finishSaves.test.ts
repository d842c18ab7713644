import { expect } from 'chai';
import { Types } from 'mongoose';
import { appendAuditEvent, SYSTEM_ACTOR } from '../../src/audit/auditLog';
import { OrganisationModel } from '../../src/organisations/organisation.model';
import { finishInterruptedSaves } from '../../src/shared/finishSaves';
import { plainState, versionHistory, versionKey } from '../../src/shared/versionedRecords';
import { clearDatabase, useDatabase } from '../support/database';
import { anOrganisation } from '../support/factories';

/** Commits version 1 of an organisation the way a save does, and stops before writing its record. */
async function commitWithoutRecord(name: string): Promise<{ id: string; seq: number }> {
  const at = new Date();
  const id = new Types.ObjectId().toHexString();
  const after = plainState(new OrganisationModel({ _id: id, name, kind: 'provider', aliases: [], supplier: false, version: 1, createdAt: at, updatedAt: at }).toObject());
  const { seq } = await appendAuditEvent(
    { actor: SYSTEM_ACTOR, action: 'organisation.created', recordType: 'organisation', recordId: id, before: null, after },
    { commitKey: versionKey('organisation', id, 1), at },
  );
  return { id, seq };
}

describe('The sweep that finishes interrupted saves', () => {
  useDatabase();

  it('when a save committed its event and stopped, then the sweep writes its record and history', async () => {
    const { id } = await commitWithoutRecord('Interrupted Ltd');
    expect(await OrganisationModel.findById(id).lean()).to.equal(null);
    await finishInterruptedSaves(0);
    expect(await OrganisationModel.findById(id).lean()).to.include({ name: 'Interrupted Ltd', version: 1 });
    expect((await versionHistory('organisation', id)).map((v) => v.version)).to.deep.equal([1]);
  });

  it('when the database is emptied, then a save this process finished before does not stand in for the save that now has its number', async () => {
    await anOrganisation({ name: 'Finished before the database was emptied' });
    await clearDatabase();
    const { id, seq } = await commitWithoutRecord('Interrupted after it was emptied');
    expect(seq).to.equal(1);
    await finishInterruptedSaves(0);
    expect(await OrganisationModel.findById(id).lean()).to.include({ name: 'Interrupted after it was emptied' });
  });
});
