/** The governance lead's home: what needs doing today, drawn from every area. */
import type { CurrentUser } from '../accounts/access';
import { getRun, recentRuns } from '../compliance/compliance.service';
import { approvalsAwaitingCount } from '../declarations/giftApprovals.service';
import { meetingBriefing } from '../decisions/briefing.service';
import { breachRegister } from '../decisions/breaches.service';
import { failedEmails } from '../mail/sendLog.service';
import { derived } from '../readModel/derived';
import { progressOf } from '../rounds/rounds.service';
import { roundFacts } from '../rounds/roundFacts';

const UPCOMING_MEETINGS = 3;
const SHOWN = 5;

async function latestCheck() {
  const [latest] = await recentRuns(1);
  if (!latest) return null;
  const { run, previous, diff } = await getRun(String(latest._id));
  return { run, hadPrevious: !!previous, newFindings: diff.new.slice(0, SHOWN), newCount: diff.new.length };
}

/** What every governance lead's home shows from the register on a day, worked out again only after a save. */
const fromTheRegister = derived(async (store, today: string) => {
  const facts = roundFacts(store);
  const round = facts.rounds.find((r) => r.status === 'open') ?? facts.rounds.find((r) => r.status === 'scheduled') ?? null;
  const upcoming = store
    .all('meeting')
    .filter((m) => String(m.date) >= today)
    .sort((a, b) => String(a.date).localeCompare(String(b.date)))
    .slice(0, UPCOMING_MEETINGS);
  const [breaches, check, briefings] = await Promise.all([
    breachRegister({ status: 'open' }),
    latestCheck(),
    Promise.all(upcoming.map(async (m) => (await meetingBriefing(m._id)).briefing)),
  ]);
  return {
    round,
    progress: round ? progressOf(round, facts, today) : null,
    openBreaches: breaches.breaches.slice(0, SHOWN),
    openBreachCount: breaches.breaches.length,
    briefings,
    check,
  };
});

export async function governanceHome(viewer: CurrentUser, today: string) {
  const [shared, failed, approvalsAwaiting] = await Promise.all([fromTheRegister(today), failedEmails(), approvalsAwaitingCount(viewer)]);
  return { ...shared, failedEmails: failed, approvalsAwaiting };
}
