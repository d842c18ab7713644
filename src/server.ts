import path from 'node:path';
import { createApp } from './app';
import { MongooseSessionStore } from './accounts/sessionStore';
import { sharedSessionSecret } from './accounts/sessionSecret';
import { loadConfig } from './config';
import { openAppDatabase } from './db/appDatabase';
import { createMailer } from './mail/mailer';
import { PersonModel } from './people/person.model';
import { startSaveSweeper } from './shared/finishSaves';
import { loadDemoData, DEMO_ACCOUNTS } from './seed/demoData';

async function main(): Promise<void> {
  const config = loadConfig();
  const database = await openAppDatabase(config, { waitForDatabase: true });
  console.log(`Connected to ${database.description}`);

  if (database.startedEmbedded && config.seedDemo && (await PersonModel.estimatedDocumentCount()) === 0) {
    await loadDemoData();
    console.log('Loaded the demo data (first start on an empty embedded database).');
  }

  const sweeper = startSaveSweeper();
  const outboxDir = path.join(config.dataDir, 'outbox');
  const sessionStore = new MongooseSessionStore();
  const app = createApp({
    mailer: createMailer({ smtpUrl: config.smtpUrl, from: config.mailFrom, outboxDir }),
    publicUrl: config.publicUrl,
    sessionSecret: config.sessionSecret ?? (await sharedSessionSecret()),
    sessionStore,
    bodyName: config.bodyName,
    exportsDir: path.join(config.dataDir, 'exports'),
    announceSignInLink: config.smtpUrl
      ? undefined
      : (email, link) => console.log(`Sign-in link for ${email} (also written to ${outboxDir}): ${link}`),
  });
  const server = app.listen(config.port, config.host, () => {
    console.log(`The register is running at ${config.publicUrl}`);
    if (database.startedEmbedded) console.log(`Demo accounts: ${DEMO_ACCOUNTS.map((a) => `${a.email} (${a.role})`).join(', ')}`);
  });

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    server.close();
    sweeper.stop();
    sessionStore.close();
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
