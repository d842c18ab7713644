/**
 * `npm run seed`: loads the demo register into an empty database (MONGODB_URI, or the embedded
 * FerretDB the app uses). A database that already holds people is left alone.
 * Exit codes: 0 loaded or nothing to do, 1 failure, 2 bad configuration.
 */
import { ConfigError, loadConfig, type Config } from '../config';
import { openAppDatabase } from '../db/appDatabase';
import { CommitteeModel } from '../committees/committee.model';
import { MembershipModel } from '../committees/membership.model';
import { ConfirmationModel } from '../declarations/confirmation.model';
import { DeclarationModel } from '../declarations/declaration.model';
import { GiftModel } from '../declarations/gift.model';
import { OrganisationModel } from '../organisations/organisation.model';
import { PersonModel } from '../people/person.model';
import { DEMO_ACCOUNTS, loadDemoData } from './demoData';

async function seed(config: Config): Promise<void> {
  const database = await openAppDatabase(config);
  const where = database.description;
  try {

    const people = await PersonModel.countDocuments({});
    if (people > 0) {
      const demoPeople = await PersonModel.countDocuments({ email: { $in: DEMO_ACCOUNTS.map((a) => a.email) } });
      console.log(
        demoPeople > 0
          ? `The demo data is already loaded in ${where}; nothing written.`
          : `The database (${where}) is in use (it holds ${people} people); the demo data was not loaded.`,
      );
      return;
    }

    const started = Date.now();
    await loadDemoData(new Date(), { bodyName: config.bodyName, publicUrl: config.publicUrl });
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const counts = {
      organisations: await OrganisationModel.countDocuments({}),
      people: await PersonModel.countDocuments({}),
      committees: await CommitteeModel.countDocuments({}),
      memberships: await MembershipModel.countDocuments({}),
      declarations: await DeclarationModel.countDocuments({}),
      confirmations: await ConfirmationModel.countDocuments({}),
      'gifts and hospitality': await GiftModel.countDocuments({}),
    };
    const summary = Object.entries(counts).map(([label, count]) => `${count} ${label}`);
    console.log(`Loaded the demo data into ${where} in ${seconds} s: ${summary.join(', ')}.`);
    console.log('Demo accounts (sign in by emailed link):');
    for (const account of DEMO_ACCOUNTS) console.log(`  ${account.email}  ${account.name} (${account.role})`);
  } finally {
    await database.close();
  }
}

async function main(): Promise<number> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      return 2;
    }
    throw error;
  }
  await seed(config);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`Could not load the demo data: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
