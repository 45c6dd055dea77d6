import { Module } from '@nestjs/common';
import { HearingResponseDocumentController } from './hearing-response-document.controller';

/** Documents made from the record (issue 19, item 5): the sent høringssvar as DOCX. */
@Module({ controllers: [HearingResponseDocumentController] })
export class DocumentsModule {}
