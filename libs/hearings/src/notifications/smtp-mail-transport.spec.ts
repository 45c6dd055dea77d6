import { SmtpTestServer } from '../testing/smtp-test-server';
import { formatMessage, SmtpMailTransport } from './smtp-mail-transport';

const mail = {
  from: 'raadet@example.org',
  to: 'bo@example.org',
  subject: 'Påmindelse: høringsfrist',
  text: 'Æ ø å',
  messageId: 'e1.bo@x',
};

describe('SmtpMailTransport (over TCP to an in-process server)', () => {
  const server = new SmtpTestServer();
  let url: string;
  beforeAll(async () => {
    url = await server.start();
  });
  afterAll(() => server.stop());

  it('delivers with AUTH PLAIN when the URL has credentials, UTF-8 subject and body intact', async () => {
    const withAuth = url.replace('smtp://', 'smtp://user:s%40cret@');
    await new SmtpMailTransport(withAuth, 2000).send(mail);
    expect(server.logins).toEqual(['user:s@cret']);
    const [received] = server.received;
    expect(received).toMatchObject({ from: 'raadet@example.org', to: ['bo@example.org'] });
    expect(received.data).toContain(`Subject: =?UTF-8?B?${Buffer.from(mail.subject).toString('base64')}?=`);
    const body = received.data.split('\r\n\r\n')[1];
    expect(Buffer.from(body.replace(/\r\n/g, ''), 'base64').toString()).toBe('Æ ø å');
  });

  it('fails on a refused recipient, a header injection, or a URL that is not SMTP', async () => {
    server.rejectRecipients.add('nobody@example.org');
    await expect(
      new SmtpMailTransport(url, 2000).send({ ...mail, to: 'nobody@example.org' }),
    ).rejects.toThrow(/550/);
    await expect(
      new SmtpMailTransport(url, 2000).send({ ...mail, to: 'bo@example.org\r\nRCPT TO:<x@y>' }),
    ).rejects.toThrow(/not a mail address/);
    expect(() => new SmtpMailTransport('http://example.org')).toThrow(/smtp/);
    expect(() => formatMessage({ ...mail, subject: 'a\r\nBcc: x@y' })).not.toThrow();
    expect(formatMessage({ ...mail, subject: 'a\r\nBcc: x@y' })).toContain('Subject: a Bcc: x@y\r\n');
  });

  it('fails when nothing listens', async () => {
    await expect(new SmtpMailTransport('smtp://127.0.0.1:1', 1000).send(mail)).rejects.toThrow();
  });
});
