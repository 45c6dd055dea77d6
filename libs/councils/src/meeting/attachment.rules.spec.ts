import { deciderSpec, InvalidInputError, InvalidStateError, NotFoundError } from '@app/kernel';
import { by } from '../testing/metadata';
import { scheduledMeeting } from '../testing/meeting-fixtures';
import type { AttachFile } from './meeting.commands';
import { meetingDecider } from './meeting.decider';
import type { MeetingEvent } from './meeting.events';
import { ATTACHMENT_TYPES } from './attachment-type';

const spec = deciderSpec(meetingDecider);
const scheduled = scheduledMeeting();
const item: MeetingEvent = {
  type: 'AgendaItemAdded',
  data: { itemId: '2', title: 'Orientering om Social Sundhed' },
};
const file = {
  sha256: 'a'.repeat(64),
  name: 'statusnotat.pdf',
  size: 120_000,
  contentType: ATTACHMENT_TYPES.pdf,
};
const attach = (data: Partial<AttachFile['data']> = {}): AttachFile => ({
  type: 'AttachFile',
  data: { itemId: '2', title: 'Statusnotat', file, ...data },
  metadata: by('sofie', 'secretary', '2026-01-20T09:00:00Z'),
});
const attached: MeetingEvent = {
  type: 'AgendaItemFileAttached',
  data: { itemId: '2', title: 'Statusnotat', file },
};

describe('uploaded attachments (Bilag) by reference', () => {
  it('records the file by hash, name, size and type; the same file again is no change', () => {
    spec.given([scheduled, item]).when(attach()).then([attached]);
    spec.given([scheduled, item, attached]).when(attach()).then([]);
  });
  it('refuses another type, an empty or too large file, a bad hash (400), an unknown item (404)', () => {
    spec
      .given([scheduled, item])
      .when(attach({ file: { ...file, contentType: 'text/html' } }))
      .thenThrows(InvalidInputError);
    spec
      .given([scheduled, item])
      .when(attach({ file: { ...file, size: 0 } }))
      .thenThrows(InvalidInputError);
    spec
      .given([scheduled, item])
      .when(attach({ file: { ...file, size: 20 * 1024 * 1024 + 1 } }))
      .thenThrows(InvalidInputError);
    spec
      .given([scheduled, item])
      .when(attach({ file: { ...file, sha256: 'x' } }))
      .thenThrows(InvalidInputError);
    spec
      .given([scheduled, item])
      .when(attach({ itemId: '9' }))
      .thenThrows(NotFoundError);
  });
  it('keeps the attachments of approved minutes as they are (409)', () => {
    const decided: MeetingEvent = {
      type: 'AgendaItemDecided',
      data: { itemId: '2', decision: 'Taget til efterretning', absent: [] },
    };
    const approved: MeetingEvent = {
      type: 'MinutesApproved',
      data: { approvedBy: 'rene', approvedAt: '2026-02-01T09:00:00Z' },
    };
    spec.given([scheduled, item, decided, approved]).when(attach()).thenThrows(InvalidStateError);
  });
});
