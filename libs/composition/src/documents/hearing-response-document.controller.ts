import { Controller, Get, Param, Res } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { ApiBearerAuth, ApiConflictResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Allow, READ_ROLES, PROBLEM_CONTENT_TYPE } from '@app/access';
import { CouncilsController } from '@app/councils';
import { HearingsController } from '@app/hearings';
import { InvalidStateError, NotFoundError } from '@app/kernel';
import { hearingResponseDocx, type SentResponse } from './hearing-response.document';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * Issue 19, item 5: the høringssvar as it was sent, as a document to file or forward. Read from
 * the hearing's and the council's own routes (names as the record has them now).
 */
@ApiTags('hearings')
@ApiBearerAuth()
@Controller('councils/:councilId/hearings/:hearingId/response.docx')
export class HearingResponseDocumentController {
  constructor(private readonly modules: ModuleRef) {}

  @Get()
  @Allow(...READ_ROLES)
  @ApiOperation({
    summary: 'The sent høringssvar as a Word document: council, date, recipient, text, approvals',
  })
  @ApiOkResponse({
    description: 'The DOCX file',
    content: { [DOCX]: { schema: { type: 'string', format: 'binary' } } },
  })
  @ApiConflictResponse({
    description: 'The hearing has not been sent: there is no høringssvar yet',
    content: { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: '#/components/schemas/ProblemDetails' } } },
  })
  async docx(
    @Param('councilId') councilId: string,
    @Param('hearingId') hearingId: string,
    @Res() res: Response,
  ): Promise<void> {
    const [hearing, council] = await Promise.all([
      this.modules.get(HearingsController, { strict: false }).get(councilId, hearingId),
      this.modules.get(CouncilsController, { strict: false }).get(councilId),
    ]);
    // The controller answered 404 for a hearing that does not exist; this narrows its view's type.
    if (hearing.exists !== undefined) throw new NotFoundError(`hearing ${hearingId} not found`);
    const submission = hearing.submission;
    const draft = hearing.drafts?.find((d) => d.version === submission?.draftVersion);
    if (!submission || !draft)
      throw new InvalidStateError(`hearing ${hearingId} has not been sent`, 'not_submitted');
    const names = new Map<string, string>();
    for (const s of council.secretaries) if (s.name) names.set(s.personId, s.name);
    for (const m of council.members) names.set(m.personId, m.name);
    const name = (id: string) => names.get(id) ?? id;
    const sent: SentResponse = {
      councilName: council.name,
      timeZone: council.timeZone,
      title: hearing.title!,
      issuingBody: hearing.issuingBody!,
      recipient: submission.recipient,
      submittedAt: submission.submittedAt,
      text: draft.text,
      approvals: (hearing.approval?.answers ?? []).map((a) => ({ ...a, name: name(a.personId) })),
      signedOffBy: hearing.signOff && name(hearing.signOff.signedOffBy),
      objectedBy: (hearing.signOff?.objections ?? []).map(name),
    };
    const file = await hearingResponseDocx(sent);
    res.setHeader('Content-Type', DOCX);
    res.setHeader('Content-Disposition', `attachment; filename="hoeringssvar-${hearingId}.docx"`);
    res.send(file);
  }
}
