/**
 * Declaration round benchmark (not a mocha test): `npm run bench:rounds`.
 *
 * A body of 6,000 decision-making staff (300 committees of 20) on a fresh embedded database; a governance
 * lead opens a round for all of them. A separate process runs the scheduler, as the app would, sending
 * through a local SMTP server in this process: it reports how fast the opening emails went, its peak memory,
 * and then what a scheduler tick costs with nothing due. Targets: at least 50 emails a second, under 250 MB,
 * a tick under 20 ms.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { Types } from 'mongoose';
import { SMTPServer } from 'smtp-server';
import { connectDatabase, disconnectDatabase } from '../../src/db/connection';
import { CommitteeModel } from '../../src/committees/committee.model';
import { MembershipModel } from '../../src/committees/membership.model';
import { projectRoot } from '../../src/paths';
import { PersonModel } from '../../src/people/person.model';
import { freshEmbeddedDatabase } from './benchApp';

const PEOPLE = Number(process.env.BENCH_PEOPLE ?? 6000);
const PER_COMMITTEE = 20;
const TARGETS = { emailsPerSecond: 50, peakMB: 250, tickMs: 20 };

export interface WorkerReport {
  emails: number;
  seconds: number;
  peakMB: number;
  idleTickMs: { median: number; max: number };
}

/** Writes the people and their seats as records, straight into their collections (the register as it would stand). */
async function writeBody(): Promise<void> {
  const now = new Date();
  const stamp = { version: 1, createdAt: now, updatedAt: now };
  const people = Array.from({ length: PEOPLE }, (_, i) => ({
    _id: new Types.ObjectId(),
    name: `Member ${i + 1}`,
    email: `member${i + 1}@bench.invalid`,
    role: 'member',
    jobTitle: null,
    decisionMaking: false,
    decisionMakingReason: null,
    lineManagerEmail: i % 3 === 0 ? `manager${i % 50}@bench.invalid` : null,
    ...stamp,
  }));
  const committees = Array.from({ length: PEOPLE / PER_COMMITTEE }, (_, i) => ({
    _id: new Types.ObjectId(),
    name: `Committee ${i + 1}`,
    organisationIds: [],
    type: 'other',
    commissioningLevel: 'delegated',
    rulePack: 'nhs-pccc-2017',
    quorum: null,
    ...stamp,
  }));
  const memberships = people.map((person, i) => ({
    _id: new Types.ObjectId(),
    committeeId: String(committees[Math.floor(i / PER_COMMITTEE)]._id),
    personId: String(person._id),
    category: 'lay',
    role: 'member',
    voting: true,
    from: '2020-04-01',
    to: null,
    ...stamp,
  }));
  for (const [model, docs] of [
    [PersonModel, people],
    [CommitteeModel, committees],
    [MembershipModel, memberships],
  ] as const) {
    for (let i = 0; i < docs.length; i += 1000) await model.collection.insertMany(docs.slice(i, i + 1000) as never[]);
  }
}

async function main(): Promise<void> {
  const database = await freshEmbeddedDatabase('rounds');
  const uri = database.uri;
  let received = 0;
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData: (stream, _session, callback) => {
      stream.resume();
      stream.on('end', () => {
        received += 1;
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  const smtpPort = (smtp.server.address() as { port: number }).port;
  try {
    await connectDatabase(uri);
    await writeBody();
    await disconnectDatabase();

    const worker = spawn(process.execPath, [path.join(projectRoot, 'dist', 'test', 'bench', 'roundsWorker.js')], {
      env: { ...process.env, MONGODB_URI: uri, SMTP_URL: `smtp://127.0.0.1:${smtpPort}`, MAIL_MODE: 'live', BENCH_PEOPLE: String(PEOPLE) },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    worker.stdout.on('data', (chunk) => (output += chunk));
    const code = await new Promise<number | null>((resolve) => worker.once('exit', resolve));
    if (code !== 0) throw new Error(`the scheduler process failed (exit ${code})`);
    const report = JSON.parse(output) as WorkerReport;

    const perSecond = report.emails / report.seconds;
    console.log(`Opening a declaration round for ${PEOPLE.toLocaleString('en-GB')} people, sent through a local SMTP server (embedded database):`);
    console.log(`  emails sent:        ${report.emails.toLocaleString('en-GB')} (the SMTP server received ${received.toLocaleString('en-GB')})`);
    console.log(`  time:               ${report.seconds.toFixed(1)} s from opening to the last email`);
    console.log(`  emails per second:  ${perSecond.toFixed(0)}  (target at least ${TARGETS.emailsPerSecond}; ratio ${(perSecond / TARGETS.emailsPerSecond).toFixed(2)})`);
    console.log(`  peak memory:        ${report.peakMB.toFixed(0)} MB  (target under ${TARGETS.peakMB}; ratio ${(report.peakMB / TARGETS.peakMB).toFixed(2)})`);
    console.log(`  tick, nothing due:  median ${report.idleTickMs.median.toFixed(1)} ms, max ${report.idleTickMs.max.toFixed(1)} ms  (target under ${TARGETS.tickMs}; ratio ${(report.idleTickMs.median / TARGETS.tickMs).toFixed(2)})`);
    const met = perSecond >= TARGETS.emailsPerSecond && report.peakMB < TARGETS.peakMB && report.idleTickMs.median < TARGETS.tickMs && received === report.emails && report.emails === PEOPLE;
    console.log(`Targets ${met ? 'met' : 'NOT met'}.`);
    if (!met) process.exitCode = 1;
  } finally {
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
    await database.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
