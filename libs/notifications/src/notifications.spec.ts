import { randomBytes } from 'node:crypto';
import { PgSqlClient, type StoredEvent } from '@app/event-store';
import { FixedClock } from '@app/kernel';
import { bodyText, headerOf, SmtpTestServer } from './testing/smtp-test-server';
import { NotificationMailer } from './notification-mailer';
import { listNotifications } from './notifications.query';
import { NotificationsProjection } from './notifications.projection';
import { RecipientDirectory } from './recipient-directory';
import { SmtpMailTransport } from './smtp-mail-transport';

const DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

class Addresses extends RecipientDirectory {
  async emailOf(councilId: string | null, personId: string) {
    return councilId === 'c1' && personId !== 'nomail' ? `${personId}@example.org` : undefined;
  }
}

let position = 0;
function stored(type: string, streamId: string, data: unknown, councilId = 'c1'): StoredEvent {
  position++;
  return {
    id: `evt-${position}`,
    streamId,
    type,
    data,
    metadata: {
      actor: { personId: 'system', role: 'system' },
      councilId,
      correlationId: 'c',
      causationId: 'c',
      recordedAt: '2026-01-19T11:00:00.000Z',
    },
    revision: position,
    position,
    recordedAt: '2026-01-19T11:00:00.000Z',
  };
}

const reminder = (
  streamId: string,
  recipients: string[],
  dueAt = '2026-01-26T11:00:00.000Z',
  councilId = 'c1',
) =>
  stored(
    'RemindersIssued',
    streamId,
    { deadline: 'input', dueAt, remindAt: '2026-01-19T11:00:00.000Z', recipients },
    councilId,
  );

describe('notifications: in-app list and the mail outbox (PostgreSQL, SMTP over TCP)', () => {
  const schema = `hearings_notif_${randomBytes(4).toString('hex')}`;
  const projection = new NotificationsProjection();
  const smtp = new SmtpTestServer();
  const clock = new FixedClock(new Date('2026-01-19T11:00:05Z'));
  let sql: PgSqlClient;
  let mailer: NotificationMailer;
  let transport: SmtpMailTransport;

  beforeAll(async () => {
    sql = await PgSqlClient.connect({ connectionString: DATABASE_URL, schema, max: 2 });
    await sql.transaction((tx) => projection.setup(tx));
    const url = await smtp.start();
    transport = new SmtpMailTransport(url, 2000);
    mailer = new NotificationMailer(sql, transport, new Addresses(), clock, {
      from: 'raadet@example.org',
      maxAttempts: 2,
    });
  });

  afterAll(async () => {
    transport?.close();
    await smtp.stop();
    await sql?.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await sql?.close();
  });

  const apply = (event: StoredEvent) => sql.transaction((tx) => projection.apply(tx, event));

  const hearing = reminder('hearing-h1', ['bo', 'carl']);

  it('keeps one notification per recipient of any aggregate’s RemindersIssued, and nothing else', async () => {
    await apply(hearing);
    await apply(hearing); // a replayed event changes nothing
    await apply(reminder('followUp-f1', ['bo']));
    await apply(stored('HearingOpened', 'hearing-h1', { title: 'x' }));
    await apply(reminder('meeting-m1', ['bo'], '2026-01-26T11:00:00.000Z', 'c2'));

    const bo = await listNotifications(sql, 'bo', 'c1');
    expect(bo.map((n) => [n.streamId, n.category, n.caseId, n.deadline])).toEqual([
      ['followUp-f1', 'followUp', 'f1', 'input'],
      ['hearing-h1', 'hearing', 'h1', 'input'],
    ]);
    expect(bo[1]).toMatchObject({
      dueAt: '2026-01-26T11:00:00.000Z',
      remindAt: '2026-01-19T11:00:00.000Z',
      mail: 'pending',
    });
    expect(await listNotifications(sql, 'carl', 'c1')).toHaveLength(1);
    expect(await listNotifications(sql, 'anna', 'c1')).toEqual([]);
    // Another council's reminders stay with that council.
    expect((await listNotifications(sql, 'bo', 'c2')).map((n) => n.streamId)).toEqual(['meeting-m1']);
  });

  it('mails each reminder once per recipient through SMTP, keyed by event id and recipient', async () => {
    const first = await mailer.sendPending();
    // c2 has no addresses in this directory: that mail is retried, then fails.
    expect(first).toEqual({ sent: 3, failed: 0, retried: 1, expired: 0 });
    expect(smtp.received.map((m) => m.to[0]).sort()).toEqual([
      'bo@example.org',
      'bo@example.org',
      'carl@example.org',
    ]);
    const carlMail = smtp.received.find((m) => m.to[0] === 'carl@example.org')!;
    expect(carlMail.from).toBe('raadet@example.org');
    expect(headerOf(carlMail, 'Message-ID')).toBe('<evt-1.carl@council-engine>');
    expect(headerOf(carlMail, 'Subject')).toBe(
      'Reminder: input deadline 2026-01-26T11:00:00.000Z (hearing-h1)',
    );
    expect(bodyText(carlMail)).toContain('The input deadline of hearing h1 is 2026-01-26T11:00:00.000Z.');

    expect(await mailer.sendPending()).toEqual({ sent: 0, failed: 1, retried: 0, expired: 0 });
    expect(await mailer.sendPending()).toEqual({ sent: 0, failed: 0, retried: 0, expired: 0 });
    // Replaying the reminder (a projection rebuild) queues nothing new.
    await sql.transaction((tx) => projection.reset(tx));
    await apply(hearing);
    expect(await mailer.sendPending()).toEqual({ sent: 0, failed: 0, retried: 0, expired: 0 });
    expect(smtp.received).toHaveLength(3);
    expect((await listNotifications(sql, 'carl', 'c1'))[0].mail).toBe('sent');
  });

  it('does not mail a reminder whose deadline has passed, and retries a refused recipient', async () => {
    await apply(reminder('hearing-h2', ['anna'], '2026-01-19T11:00:00.000Z'));
    expect(await mailer.sendPending()).toEqual({ sent: 0, failed: 0, retried: 0, expired: 1 });

    smtp.rejectRecipients.add('dorte@example.org');
    await apply(reminder('hearing-h3', ['dorte']));
    expect(await mailer.sendPending()).toEqual({ sent: 0, failed: 0, retried: 1, expired: 0 });
    smtp.rejectRecipients.clear();
    expect(await mailer.sendPending()).toEqual({ sent: 1, failed: 0, retried: 0, expired: 0 });
    expect(smtp.received.at(-1)?.to).toEqual(['dorte@example.org']);
  });
});
