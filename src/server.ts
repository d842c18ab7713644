import path from 'node:path';
import { createApp } from './app';
import { MongooseSessionStore } from './accounts/sessionStore';
import { sharedSessionSecret } from './accounts/sessionSecret';
import { loadConfig } from './config';
import { openAppDatabase } from './db/appDatabase';
import { PersonModel } from './people/person.model';
import { startScheduler } from './rounds/scheduler';
import { servicesFromConfig } from './services';
import { startSaveSweeper } from './shared/finishSaves';
import { loadDemoData, DEMO_ACCOUNTS } from './seed/demoData';
import { logger } from './shared/logger';

async function main(): Promise<void> {
  const config = loadConfig();
  const database = await openAppDatabase(config, { waitForDatabase: true });
  logger().info(`Connected to ${database.description}`);

  if (database.startedEmbedded && config.seedDemo && (await PersonModel.estimatedDocumentCount()) === 0) {
    await loadDemoData(new Date(), { bodyName: config.bodyName, publicUrl: config.publicUrl });
    logger().info('Loaded the demo data (first start on an empty embedded database).');
  }

  const sweeper = startSaveSweeper();
  const services = servicesFromConfig(config, (line) => logger().info(line));
  await services.postman.load();
  const scheduler = startScheduler(services.scheduler, (line) => logger().warn(line));
  const sessionStore = new MongooseSessionStore();
  const app = createApp({
    ...services,
    publicUrl: config.publicUrl,
    sessionSecret: config.sessionSecret ?? (await sharedSessionSecret()),
    sessionStore,
    bodyName: config.bodyName,
    oidc: config.oidc,
    exportsDir: path.join(config.dataDir, 'exports'),
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
    scheduler.stop();
    services.postman.close();
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
