import { InvalidInputError, InvalidStateError, requireText } from '@app/kernel';
import type { AttachFile } from './meeting.commands';
import type { MeetingEvent } from './meeting.events';
import type { MeetingState } from './meeting.state';
import { ATTACHMENT_TYPES, MAX_ATTACHMENT_BYTES } from './attachment-type';
import { itemOf } from './minutes.rules';

const TYPES: readonly string[] = Object.values(ATTACHMENT_TYPES);

/**
 * An uploaded file becomes a Bilag of its item: named by its SHA-256, its name, size and type
 * (PDF, DOCX or XLSX, up to 20 MB). The same file on the same item again is no change; approved
 * minutes are frozen, their attachments with them.
 */
export function attachFile(command: AttachFile, state: MeetingState): MeetingEvent[] {
  const { itemId, file } = command.data;
  const item = itemOf(state, itemId);
  const title = requireText(command.data.title, 'title');
  const name = requireText(file?.name, 'file.name');
  if (!/^[0-9a-f]{64}$/.test(file?.sha256 ?? '')) throw new InvalidInputError('not a SHA-256', 'file.sha256');
  if (!TYPES.includes(file.contentType)) {
    throw new InvalidInputError(`the file must be one of ${TYPES.join(', ')}`, 'file');
  }
  if (!Number.isSafeInteger(file.size) || file.size <= 0 || file.size > MAX_ATTACHMENT_BYTES) {
    throw new InvalidInputError(`a file is 1 byte to ${MAX_ATTACHMENT_BYTES} bytes`, 'file');
  }
  if (item.attachments?.some((a) => a.file?.sha256 === file.sha256)) return [];
  if (state.minutesApprovedAt)
    throw new InvalidStateError('the minutes are approved; the attachments are final');
  const data = {
    itemId: item.itemId,
    title,
    file: { sha256: file.sha256, name, size: file.size, contentType: file.contentType },
  };
  return [{ type: 'AgendaItemFileAttached', data }];
}
