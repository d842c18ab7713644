import { expect } from 'chai';
import { appendAuditEvent, SYSTEM_ACTOR } from '../../src/audit/auditLog';
import { OrganisationModel } from '../../src/organisations/organisation.model';
import { RecordStore } from '../../src/readModel/recordStore';
import { updateVersioned, versionKey } from '../../src/shared/versionedRecords';
import { useDatabase } from '../support/database';
import { anOrganisation } from '../support/factories';

describe('The register in memory, following the audit trail', () => {
  useDatabase();

  it('when records exist before it loads, then it holds them as their saved state', async () => {
    const surgery = await anOrganisation({ name: 'Riverside Surgery', odsCode: 'M81001' });
    const store = await new RecordStore().fresh();
    expect(store.get('organisation', surgery.id)).to.include({ name: 'Riverside Surgery', odsCode: 'M81001', version: 1 });
    expect(store.all('organisation')).to.have.length(1);
  });

  it('when another instance saves after it loaded, then the next read sees the save at once', async () => {
    const surgery = await anOrganisation({ name: 'Riverside Surgery' });
    const reader = await new RecordStore().fresh();
    await updateVersioned(OrganisationModel, 'organisation', surgery.id, 1, { name: 'Riverside Medical Centre' }, SYSTEM_ACTOR);
    await anOrganisation({ name: 'Hillside Surgery' });
    await reader.fresh();
    expect(reader.get('organisation', surgery.id)).to.include({ name: 'Riverside Medical Centre', version: 2 });
    expect(reader.all('organisation').map((o) => o.name)).to.have.members(['Riverside Medical Centre', 'Hillside Surgery']);
  });

  it('when a save committed but its record was never written, then the store still shows it, from its event', async () => {
    const surgery = await anOrganisation({ name: 'Riverside Surgery' });
    const store = await new RecordStore().fresh();
    const after = { ...store.get('organisation', surgery.id)!, name: 'Renamed in the event only', version: 2 };
    await appendAuditEvent(
      { actor: SYSTEM_ACTOR, action: 'organisation.updated', recordType: 'organisation', recordId: surgery.id, before: null, after },
      { commitKey: versionKey('organisation', surgery.id, 2) },
    );
    expect((await OrganisationModel.findById(surgery.id).lean())?.name).to.equal('Riverside Surgery');
    await store.fresh();
    expect(store.get('organisation', surgery.id)).to.include({ name: 'Renamed in the event only', version: 2 });
    expect(await new RecordStore().fresh().then((s) => s.get('organisation', surgery.id)?.name)).to.equal('Renamed in the event only');
  });

  it('when a field is left out, then the store does not hold it, and completing a record reads it from the collection or from its event', async () => {
    const loaded = await anOrganisation({ name: 'Riverside Surgery', aliases: ['Riverside Practice'] });
    const store = await new RecordStore(undefined, { organisation: ['aliases'] }).fresh();
    expect(store.get('organisation', loaded.id)).to.include({ name: 'Riverside Surgery' }).and.not.have.property('aliases');
    expect(await store.complete('organisation', loaded.id)).to.include({ name: 'Riverside Surgery' }).and.deep.include({ aliases: ['Riverside Practice'] });

    // Saved after the store loaded, and committed by its event only: its record was never written.
    const after = { ...(await store.complete('organisation', loaded.id))!, aliases: ['Riverside GP'], version: 2 };
    await appendAuditEvent(
      { actor: SYSTEM_ACTOR, action: 'organisation.updated', recordType: 'organisation', recordId: loaded.id, before: null, after },
      { commitKey: versionKey('organisation', loaded.id, 2) },
    );
    await store.fresh();
    expect(store.get('organisation', loaded.id)).to.include({ version: 2 }).and.not.have.property('aliases');
    expect(await store.complete('organisation', loaded.id)).to.deep.include({ version: 2, aliases: ['Riverside GP'] });
    expect(await store.complete('organisation', 'no-such-id')).to.equal(undefined);
  });

  it('when many reads arrive together, then they share lookups and all see the latest save', async () => {
    const surgery = await anOrganisation({ name: 'Riverside Surgery' });
    const store = await new RecordStore().fresh();
    await updateVersioned(OrganisationModel, 'organisation', surgery.id, 1, { name: 'Version two' }, SYSTEM_ACTOR);
    const names = await Promise.all(Array.from({ length: 20 }, () => store.fresh().then((s) => s.get('organisation', surgery.id)?.name)));
    expect(new Set(names)).to.deep.equal(new Set(['Version two']));
    expect(store.seq).to.equal(2);
  });
});
