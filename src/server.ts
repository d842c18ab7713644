import path from 'node:path';
import mongoose from './db/mongoose';
import { createApp } from './app';
import { MongooseSessionStore } from './accounts/sessionStore';
import { sharedSessionSecret } from './accounts/sessionSecret';
import { loadConfig } from './config';
import { connectWithRetry, redactUri } from './db/connection';
import { startFerretdb, type RunningFerretdb } from './db/ferretdb';
import { createMailer } from './mail/mailer';
import { PersonModel } from './people/person.model';
import { loadDemoData, DEMO_ACCOUNTS } from './seed/demoData';

async function main(): Promise<void> {
  const config = loadConfig();
  let embedded: RunningFerretdb | undefined;
  let uri = config.mongodbUri;
  if (!uri) {
    embedded = await startFerretdb({ cacheDir: config.cacheDir, dataDir: path.join(config.dataDir, 'ferretdb') });
    uri = embedded.uri('coi');
    console.log(`Embedded database (FerretDB) on 127.0.0.1:${embedded.port}, data in ${path.join(config.dataDir, 'ferretdb')}`);
  }
  await connectWithRetry(uri);
  console.log(`Connected to ${redactUri(uri)}`);

  if (embedded && config.seedDemo && (await PersonModel.estimatedDocumentCount()) === 0) {
    await loadDemoData();
    console.log('Loaded the demo data (first start on an empty embedded database).');
  }

  const outboxDir = path.join(config.dataDir, 'outbox');
  const sessionStore = new MongooseSessionStore();
  const app = createApp({
    mailer: createMailer({ smtpUrl: config.smtpUrl, from: config.mailFrom, outboxDir }),
    publicUrl: config.publicUrl,
    sessionSecret: config.sessionSecret ?? (await sharedSessionSecret()),
    sessionStore,
    bodyName: config.bodyName,
    announceSignInLink: config.smtpUrl
      ? undefined
      : (email, link) => console.log(`Sign-in link for ${email} (also written to ${outboxDir}): ${link}`),
  });
  const server = app.listen(config.port, config.host, () => {
    console.log(`The register is running at ${config.publicUrl}`);
    if (embedded) console.log(`Demo accounts: ${DEMO_ACCOUNTS.map((a) => `${a.email} (${a.role})`).join(', ')}`);
  });

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    server.close();
    sessionStore.close();
    await mongoose.disconnect().catch(() => undefined);
    await embedded?.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
