import { EventStore } from '@app/event-store';
import { caseStreamId } from '@app/kernel';
import type { TestApp } from './test-app';

type Role = 'secretary' | 'chair' | 'member' | 'evaluator';

/** Requests to one council's API as one person in one role, by path under `/api/councils/:id`. */
export function councilApi(t: TestApp, councilId: string, personId: string, role: Role) {
  const auth = t.auth(t.token({ personId, role, councilId }));
  const path = (p: string) => `/api/councils/${councilId}${p}`;
  return {
    post: (p: string, body: object) => t.http.post(path(p)).set(auth).send(body),
    put: (p: string, body: object) => t.http.put(path(p)).set(auth).send(body),
    get: (p: string) => t.http.get(path(p)).set(auth),
  };
}

/**
 * A meeting's events but the reminders (which fire by themselves while a suite runs), and a check
 * that a request is refused with `status` and changes none of them. `app` is read when used, so
 * a suite may call this before its `beforeAll` starts the app.
 */
export function meetingEvents(app: () => TestApp, councilId: string) {
  const events = async (meetingId: string) =>
    (
      await app()
        .app.get(EventStore)
        .readStream(caseStreamId('meeting', councilId, meetingId))
    ).filter((e) => e.type !== 'RemindersIssued');
  const refused = async <R extends { status: number }>(
    meetingId: string,
    request: () => Promise<R>,
    status: number,
  ): Promise<R> => {
    const before = (await events(meetingId)).length;
    const answer = await request();
    expect(answer.status).toBe(status);
    expect(await events(meetingId)).toHaveLength(before);
    return answer;
  };
  return { events, refused };
}
