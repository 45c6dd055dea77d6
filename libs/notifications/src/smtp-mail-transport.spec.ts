import { bodyText, headerOf, SmtpTestServer } from './testing/smtp-test-server';
import { SmtpMailTransport } from './smtp-mail-transport';

const mail = {
  from: 'raadet@example.org',
  to: 'bo@example.org',
  subject: 'Påmindelse: høringsfrist',
  text: 'Æ ø å',
  messageId: 'e1.bo@council-engine',
};

describe('SmtpMailTransport (nodemailer to an in-process smtp-server)', () => {
  const server = new SmtpTestServer();
  let url: string;
  const transports: SmtpMailTransport[] = [];
  const transport = (smtpUrl = url, timeoutMs = 2000) => {
    const made = new SmtpMailTransport(smtpUrl, timeoutMs);
    transports.push(made);
    return made;
  };
  beforeAll(async () => {
    url = await server.start();
  });
  afterAll(async () => {
    for (const t of transports) t.close();
    await server.stop();
  });

  it('delivers, logging in when the URL has credentials, with the Message-ID and UTF-8 intact', async () => {
    await transport(url.replace('smtp://', 'smtp://user:s%40cret@')).send(mail);
    expect(server.logins).toEqual(['user:s@cret']);
    const [received] = server.received;
    expect(received).toMatchObject({ from: 'raadet@example.org', to: ['bo@example.org'] });
    expect(headerOf(received, 'Message-ID')).toBe('<e1.bo@council-engine>');
    expect(bodyText(received).trim()).toBe('Æ ø å');
  });

  it('fails on a refused recipient, an address with a line break, or a URL that is not SMTP', async () => {
    server.rejectRecipients.add('nobody@example.org');
    await expect(transport().send({ ...mail, to: 'nobody@example.org' })).rejects.toThrow(/550/);
    await expect(transport().send({ ...mail, to: 'bo@example.org\r\nBcc: x@y' })).rejects.toThrow(
      /not a mail address/,
    );
    expect(() => new SmtpMailTransport('http://example.org')).toThrow(/smtp/);
  });

  it('fails when nothing listens', async () => {
    await expect(transport('smtp://127.0.0.1:1', 1000).send(mail)).rejects.toThrow();
  });
});
