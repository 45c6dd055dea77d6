import type { ArgumentsHost } from '@nestjs/common';
import { PayloadTooLargeError, UnavailableError } from '@app/kernel';
import { DomainErrorFilter } from './domain-error.filter';

function answer(error: unknown): { status: number; body: Record<string, unknown> } {
  const sent = { status: 0, body: {} as Record<string, unknown> };
  const response = {
    headersSent: false,
    status(code: number) {
      sent.status = code;
      return this;
    },
    type() {
      return this;
    },
    json(body: Record<string, unknown>) {
      sent.body = body;
      return this;
    },
  };
  const host = {
    switchToHttp: () => ({ getResponse: () => response, getRequest: () => ({ originalUrl: '/api/x' }) }),
  } as unknown as ArgumentsHost;
  new DomainErrorFilter().catch(error, host);
  return sent;
}

describe('DomainErrorFilter', () => {
  it("an append over KurrentDB's maximum size is a 413 naming the limit, not a 500", () => {
    const { status, body } = answer(
      new PayloadTooLargeError(
        "The events for hearing-1 exceed KurrentDB's maximum append size of 1048576 bytes",
        'append_too_large',
      ),
    );
    expect(status).toBe(413);
    expect(body).toMatchObject({ status: 413, title: 'Content Too Large', code: 'append_too_large' });
    expect(body.detail).toContain('1048576');
  });

  it('an unreachable store is a 503', () => {
    expect(answer(new UnavailableError('KurrentDB is unreachable')).status).toBe(503);
  });
});
