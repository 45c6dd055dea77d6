import {
  Body,
  Controller,
  Get,
  Headers,
  Param,
  Post,
  Res,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import {
  Allow,
  ApiCreate,
  apiPath,
  CommandContext,
  CurrentActor,
  type CurrentActorValue,
  READ_ROLES,
  WriteAnswer,
} from '@app/access';
import { AggregateWriter, CaseLocator, type SendAnswer } from '@app/event-store';
import { type CommandMetadata, ForbiddenError, InvalidInputError, NotFoundError } from '@app/kernel';
import { ATTACHMENT_TYPES, MAX_ATTACHMENT_BYTES, sniffAttachmentType } from '../meeting/attachment-type';
import type { AttachFile } from '../meeting/meeting.commands';
import { meetingDecider } from '../meeting/meeting.decider';
import type { MeetingState } from '../meeting/meeting.state';
import { loadMeeting } from './load-meeting';
import { readsClosedItems } from '../meeting/closed-items.rules';
import { meetingDescriptor } from '../meeting/meeting.descriptor';
import { AttachmentFiles } from './attachment-files';
import { UploadAttachmentDto } from './dto/upload-attachment.dto';

interface UploadedPart {
  buffer: Buffer;
  originalname: string;
  mimetype: string;
  size: number;
}

const TYPES = Object.values(ATTACHMENT_TYPES);

/**
 * Uploaded Bilag (issue 17.3): a PDF, DOCX or XLSX of up to 20 MB, its bytes checked against its
 * declared type, stored once under their SHA-256 (AttachmentFiles); the event names the file by
 * hash, name, size and type. The file is served back with that type, its name and the hash as
 * its entity tag. A closed item's files are for the council only.
 */
@ApiTags('meetings')
@ApiBearerAuth()
@Controller('councils/:councilId/meetings/:meetingId/agenda-items/:itemId/attachments')
export class AgendaAttachmentsController {
  constructor(
    private readonly writer: AggregateWriter,
    private readonly cases: CaseLocator,
    private readonly files: AttachmentFiles,
  ) {}

  @Post()
  @Allow('secretary')
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file'],
      properties: {
        file: { type: 'string', format: 'binary', description: 'PDF, DOCX or XLSX, up to 20 MB' },
        title: { type: 'string', description: "The Bilag's title; the file's name when left out" },
      },
    },
  })
  @ApiCreate({
    summary: 'Upload a file as an attachment (Bilag) of an agenda item',
    description:
      'Multipart, field `file`. 413 over 20 MB; 400 for another type or bytes that do not match the declared type.',
    type: WriteAnswer,
    location: ({ params }, answer) =>
      apiPath(
        'councils',
        params.councilId,
        'meetings',
        params.meetingId,
        'agenda-items',
        params.itemId,
        'attachments',
        answer.id,
      ),
  })
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_ATTACHMENT_BYTES, files: 1 } }))
  async upload(
    @Param('councilId') councilId: string,
    @Param('meetingId') meetingId: string,
    @Param('itemId') itemId: string,
    @UploadedFile() part: UploadedPart | undefined,
    @Body() dto: UploadAttachmentDto,
    @CommandContext() metadata: CommandMetadata,
  ): Promise<SendAnswer> {
    if (!part || part.size === 0)
      throw new InvalidInputError('a file is required (multipart field `file`)', 'file');
    const sniffed = sniffAttachmentType(part.buffer);
    if (sniffed === undefined)
      throw new InvalidInputError(`the file must be one of ${TYPES.join(', ')}`, 'file');
    if (part.mimetype !== sniffed) {
      throw new InvalidInputError(
        `the file's bytes are ${sniffed}, not the declared ${part.mimetype}`,
        'file',
      );
    }
    const name = part.originalname.trim() || 'bilag';
    const file = { sha256: '', name, size: part.size, contentType: sniffed };
    const command: AttachFile = {
      type: 'AttachFile',
      data: { itemId, title: dto.title ?? name, file },
      metadata,
    };
    // Refused before the bytes are stored, so a refusal leaves nothing behind.
    const meeting = await this.load(councilId, meetingId);
    meetingDecider.decide(
      { ...command, data: { ...command.data, file: { ...file, sha256: '0'.repeat(64) } } },
      meeting,
    );
    file.sha256 = await this.files.put(part.buffer);
    const result = await this.writer.send(meetingDescriptor, meetingId, command, { councilId });
    return { id: file.sha256, revision: result.revision };
  }

  @Get(':sha256')
  @Allow(...READ_ROLES)
  @ApiOperation({ summary: "Download an agenda item's uploaded attachment" })
  @ApiProduces(...TYPES)
  @ApiOkResponse({
    description: 'The file, with its type, its name (Content-Disposition) and its SHA-256 as ETag',
    schema: { type: 'string', format: 'binary' },
    headers: {
      ETag: { description: 'The SHA-256 of the bytes', schema: { type: 'string' } },
      'Content-Disposition': { description: 'attachment; filename=…', schema: { type: 'string' } },
    },
  })
  @ApiResponse({ status: 304, description: 'Not modified: If-None-Match named this file' })
  async download(
    @Param('councilId') councilId: string,
    @Param('meetingId') meetingId: string,
    @Param('itemId') itemId: string,
    @Param('sha256') sha256: string,
    @CurrentActor() actor: CurrentActorValue,
    @Headers('if-none-match') ifNoneMatch: string | undefined,
    @Res() response: Response,
  ): Promise<void> {
    const meeting = await this.load(councilId, meetingId);
    const item = meeting.agenda.find((i) => i.itemId === itemId);
    const attached = item?.attachments?.find((a) => a.file?.sha256 === sha256)?.file;
    if (!item || !attached) throw new NotFoundError(`no file ${sha256} on item ${itemId}`);
    if (item.open === false && !readsClosedItems(actor)) {
      throw new ForbiddenError("a closed item's attachments are for the council only");
    }
    const etag = `"${sha256}"`;
    response.setHeader('ETag', etag);
    if (ifNoneMatch?.split(',').some((tag) => tag.trim() === etag)) {
      response.status(304).end();
      return;
    }
    const bytes = await this.files.get(sha256);
    if (!bytes) throw new NotFoundError(`file ${sha256} is not stored`);
    response.setHeader('Content-Type', attached.contentType);
    response.setHeader('Content-Length', String(bytes.length));
    response.setHeader(
      'Content-Disposition',
      `attachment; filename="${attached.name.replace(/[^\x20-\x7e]|["\\]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(attached.name)}`,
    );
    response.status(200).end(bytes);
  }

  private load(councilId: string, meetingId: string): Promise<MeetingState> {
    return loadMeeting(this.cases, councilId, meetingId);
  }
}
