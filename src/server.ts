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
import { logger } from './shared/logger';

async function main(): Promise<void> {
  const config = loadConfig();
  const database = await openAppDatabase(config, { waitForDatabase: true });
  logger().info(`Connected to ${database.description}`);

  if (database.startedEmbedded && config.seedDemo && (await PersonModel.estimatedDocumentCount()) === 0) {
    await loadDemoData();
    logger().info('Loaded the demo data (first start on an empty embedded database).');
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
    oidc: config.oidc,
    exportsDir: path.join(config.dataDir, 'exports'),
    // Without SMTP no email leaves the machine, so the link is logged for whoever is trying the register locally:
    // the one line that carries a token, and only in that mode. Its address is not logged.
    announceSignInLink: config.smtpUrl
      ? undefined
      : (link) => logger().info(`Sign-in link (SMTP_URL is unset, so the email was written to ${outboxDir}): ${link}`),
  });
  const server = app.listen(config.port, config.host, () => {
    logger().info(`The register is running at ${config.publicUrl}`);
    // The demo's fictional accounts, named by role: their addresses are in the README, and no address is logged.
    if (database.startedEmbedded) logger().info(`Demo accounts: ${DEMO_ACCOUNTS.map((a) => a.role).join(', ')} (see the README for their addresses)`);
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
  logger().fatal(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
