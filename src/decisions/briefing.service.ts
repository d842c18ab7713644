import { randomUUID } from 'node:crypto';
/**
 * The governance lead's conflicts briefing for a meeting: read the meeting's part of the register as it is
 * now, judge it on the meeting date with the engine, and send it to the committee's chair.
 */
import { appendAuditEvent, type Actor } from '../audit/auditLog';
import { SnapshotProblemsError } from '../compliance/compliance.service';
import { packLibrary } from '../rulePacks/library';
import { meetingSnapshot, snapshotItemId } from '../compliance/snapshotBuilder';
import { briefMeeting, isActiveOn, longDate, validateSnapshot, type Briefing, type BriefingItem, type Snapshot } from '../engine';
import type { Postman } from '../mail/postman';
import { NotFoundError } from '../shared/errors';
import { briefingText } from './briefing.document';
import { briefingPdf, pdfBytes } from './briefing.pdf';
import { derived } from '../readModel/derived';
import { storedRecord } from '../registers/recordSource';

export interface BriefingChair {
  personId: string;
  name: string;
  email: string | null;
}

export interface MeetingBriefing {
  briefing: Briefing;
  /** Who chairs the committee on the meeting date (present or not): the briefing is for them. */
  chair: BriefingChair | null;
}

const isObjectId = (id: string) => /^[0-9a-f]{24}$/i.test(id);

function chairOn(snapshot: Snapshot, committeeId: string, date: string): BriefingChair | null {
  const seat = snapshot.committees.find((c) => c.id === committeeId)?.members.find((m) => m.role === 'chair' && isActiveOn(m, date));
  const person = seat && snapshot.people.find((p) => p.id === seat.personId);
  return person ? { personId: person.id, name: person.name, email: person.email || null } : null;
}

/** The briefing for a meeting and its committee's chair. Unknown meeting: NotFoundError. */
export function meetingBriefing(meetingId: string): Promise<MeetingBriefing> {
  return briefingOf(meetingId.toLowerCase());
}

/** Kept until the next save. */
const briefingOf = derived(async (store, meetingId: string): Promise<MeetingBriefing> => {
  const meeting = isObjectId(meetingId) ? storedRecord(store, 'meeting', meetingId) : undefined;
  if (!meeting) throw new NotFoundError('The meeting');
  const { packs } = await packLibrary();
  const snapshot = meetingSnapshot(store, meeting);
  const validation = validateSnapshot(snapshot, { packs });
  if (!validation.ok) throw new SnapshotProblemsError(validation.errors);
  return {
    // The stored id, not the one asked for: an id in capitals finds the meeting but is not the snapshot's id.
    briefing: briefMeeting(validation.snapshot, packs, String(meeting._id)),
    chair: chairOn(validation.snapshot, meeting.committeeId, meeting.date),
  };
});

/**
 * The briefing's reading of one agenda item: who holds an interest in what it affects, and who only possibly
 * does by name. The participation form and the meeting page show this, so they say what the briefing says.
 */
export async function briefedItem(meetingId: string, itemId: string): Promise<BriefingItem | undefined> {
  return (await meetingBriefing(meetingId)).briefing.items.find((item) => item.itemId === snapshotItemId(meetingId, itemId));
}

/** A file name for the PDF: "conflicts-briefing-2015-07-08.pdf". */
export function briefingFileName(briefing: Briefing): string {
  return `conflicts-briefing-${briefing.meeting.date}.pdf`;
}

/** `delivered`: the mail server took it; otherwise it waits in the send log to be tried again (or mail is off). */
export type EmailOutcome = { sent: true; delivered: boolean; chair: BriefingChair & { email: string } } | { sent: false; message: string };

/**
 * Emails the briefing to the committee's chair, with the PDF attached, and audits it. With no
 * chair (or none with an email address) on the meeting date, nothing is sent and the message says why.
 */
export async function emailBriefing({ briefing, chair }: MeetingBriefing, actor: Actor, postman: Postman, bodyName: string): Promise<EmailOutcome> {
  const { committeeName, date } = briefing.meeting;
  if (!chair) {
    return { sent: false, message: `${committeeName} has no chair on ${longDate(date)}, so the briefing was not sent. Record who chairs the committee, then send it again.` };
  }
  if (!chair.email) return { sent: false, message: `${chair.name}, the chair, has no email address, so the briefing was not sent.` };

  const status = await postman.send({
    key: `briefing:${briefing.meeting.id}:${randomUUID()}`,
    template: 'briefing',
    to: chair.email,
    personId: chair.personId,
    variables: { chairName: chair.name, committeeName, meetingDate: longDate(date), briefing: briefingText(briefing, bodyName) },
    attachments: [{ filename: briefingFileName(briefing), content: await pdfBytes(briefingPdf(briefing, bodyName)), contentType: 'application/pdf' }],
  });
  await appendAuditEvent({
    actor,
    action: 'briefing.emailed',
    recordType: 'meeting',
    recordId: briefing.meeting.id,
    before: null,
    after: {
      to: { personId: chair.personId, name: chair.name, email: chair.email },
      meetingDate: date,
      attendance: briefing.attendance.basis,
      summary: briefing.summary,
    },
  });
  return { sent: true, delivered: status === 'sent', chair: { ...chair, email: chair.email } };
}
