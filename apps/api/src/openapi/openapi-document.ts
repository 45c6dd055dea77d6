import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { ProblemDetails } from '@app/access';
import { BEARER, completeDocument } from './complete-document';

/** The document served at `/docs-json`: what clients are generated from (docs/api-contract.md). */
export function createOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Council engine')
    .setDescription('Hearings, budget proposals and follow-ups of advisory councils, every step an event.')
    .setVersion('0.1.0')
    .setLicense('UNLICENSED', '')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' }, BEARER)
    .build();
  return completeDocument(SwaggerModule.createDocument(app, config, { extraModels: [ProblemDetails] }));
}
