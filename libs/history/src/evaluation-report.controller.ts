import { Controller, Get, Headers, Inject, Optional, Param, Query, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiExtraModels,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import { Clock, SystemClock } from '@app/kernel';
import { Allow, READ_ROLES } from '@app/access';
import { EvaluationReportQueryDto, type ReportFormat } from './dto/evaluation-report-query.dto';
import { EvaluationReportResponse } from './dto/evaluation-report.response';
import type { EvaluationReport } from './report/evaluation-report';
import { EvaluationReportService } from './report/evaluation-report.service';
import { reportToCsv, reportToMarkdown } from './report/report-formats';
import { reportPeriod } from './report/report-period';
import { ApiAcceptLanguage, answerLanguage, type LanguageResponse } from './language/answer-language';

/** `?format=` wins; otherwise the first of csv / markdown / json the Accept header names. */
export function reportFormat(format: ReportFormat | undefined, accept: string | undefined): ReportFormat {
  if (format) return format;
  const wanted = (accept ?? '').toLowerCase();
  const at = (type: string) => {
    const i = wanted.indexOf(type);
    return i === -1 ? Infinity : i;
  };
  const csv = at('text/csv');
  const md = at('text/markdown');
  const json = Math.min(at('application/json'), at('*/*'));
  if (csv < md && csv < json) return 'csv';
  if (md < csv && md < json) return 'md';
  return 'json';
}

const EPOCH = new Date(0).toISOString();

@ApiTags('history')
@ApiBearerAuth()
@Controller('councils/:councilId/evaluation-report')
@Allow(...READ_ROLES)
export class EvaluationReportController {
  constructor(
    @Inject(EvaluationReportService) private readonly reports: EvaluationReportService,
    // The app's clock where it has one (tests set it), else the system's.
    @Optional() @Inject(Clock) private readonly clock: Clock = new SystemClock(),
  ) {}

  @Get()
  @ApiOperation({ summary: "The council's figures for a period, from its events alone (seed 004)" })
  @ApiExtraModels(EvaluationReportResponse)
  @ApiOkResponse({
    description: 'The report as JSON, or as CSV or Markdown by ?format= or Accept',
    content: {
      'application/json': { schema: { $ref: getSchemaPath(EvaluationReportResponse) } },
      'text/csv': { schema: { type: 'string' } },
      'text/markdown': { schema: { type: 'string' } },
    },
  })
  @ApiAcceptLanguage()
  async report(
    @Param('councilId') councilId: string,
    @Query() query: EvaluationReportQueryDto,
    @Headers('accept') accept: string | undefined,
    @Headers('accept-language') acceptLanguage: string | undefined,
    @Res({ passthrough: true }) response: LanguageResponse,
  ): Promise<EvaluationReport | string> {
    // A council with no record here has no events either: its report is empty whatever the zone.
    const calendar = (await this.reports.calendar(councilId)) ?? { timeZone: 'UTC', beganAt: EPOCH };
    const councils =
      query.includePredecessors === 'true' ? await this.reports.lineage(councilId) : [councilId];
    // With its predecessors, "when the council began" is when the first of them began.
    const began = await Promise.all(councils.slice(1).map((id) => this.reports.calendar(id)));
    const beganAt = [calendar.beganAt, ...began.flatMap((c) => (c ? [c.beganAt] : []))].sort()[0];
    const period = reportPeriod(query, { ...calendar, beganAt }, this.clock.now());
    const report = await this.reports.report(councilId, period, councils, calendar.timeZone);
    const format = reportFormat(query.format, accept);
    if (format === 'csv') {
      response.setHeader('Content-Type', 'text/csv; charset=utf-8');
      return reportToCsv(report, answerLanguage(acceptLanguage, response));
    }
    if (format === 'md') {
      response.setHeader('Content-Type', 'text/markdown; charset=utf-8');
      return reportToMarkdown(report, answerLanguage(acceptLanguage, response));
    }
    return report;
  }
}
