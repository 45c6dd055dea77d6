import { applyDecorators } from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import { languageOf, type SentenceLanguage } from '@app/event-sentences';

/** The part of Express's response the language of an answer needs. */
export interface LanguageResponse {
  setHeader(name: string, value: string): void;
  vary(field: string): unknown;
}

/**
 * The language of an answer with sentences in it: Danish when the reader's `Accept-Language`
 * prefers it, else English. The answer says which (`Content-Language`) and that it depends on the
 * header (`Vary`), so a cache never gives a Danish reader the English page.
 */
export function answerLanguage(
  acceptLanguage: string | undefined,
  response: LanguageResponse,
): SentenceLanguage {
  const language = languageOf(acceptLanguage);
  response.setHeader('Content-Language', language);
  response.vary('Accept-Language');
  return language;
}

/** The header in the OpenAPI document of every route that answers in the reader's language. */
export const ApiAcceptLanguage = () =>
  applyDecorators(
    ApiHeader({
      name: 'Accept-Language',
      required: false,
      description: 'Danish (`da`) or English (`en`, the default): the language of the descriptions',
      schema: { type: 'string', example: 'da' },
    }),
  );
