import type { SentenceLanguage } from '@app/event-sentences';
import type { EvaluationReport } from './evaluation-report';

type Scalar = string | number | boolean | null;

/** The row name of an array element: the first identifying field it has. */
function label(item: Record<string, unknown>, index: number): string {
  const parts = ['personId', 'organisation', 'year', 'budgetYear', 'meetingId', 'followUpId', 'indicator']
    .filter((k) => item[k] !== undefined && item[k] !== null)
    .map((k) => String(item[k]));
  return parts.length > 0 ? parts.join(' / ') : String(index);
}

/** `[ 'hearings.inputs.byMember[m-anna].inputs', 2 ]` for every figure, in report order. */
export function flattenReport(value: unknown, path = ''): [string, Scalar][] {
  if (value === null || typeof value !== 'object') return [[path, value as Scalar]];
  if (Array.isArray(value)) {
    if (value.every((v) => typeof v !== 'object' || v === null)) return [[path, value.join(' ')]];
    return value.flatMap((v, i) => flattenReport(v, `${path}[${label(v as Record<string, unknown>, i)}]`));
  }
  return Object.entries(value).flatMap(([k, v]) => flattenReport(v, path ? `${path}.${k}` : k));
}

/**
 * A spreadsheet runs a cell that starts with `=`, `+`, `-` or `@` (or a tab or CR before one) as a
 * formula, so an organisation named `+SUM(1,2)` would compute in the evaluator's sheet (OWASP "CSV
 * injection"). Such a text is prefixed with `'`, which every spreadsheet shows as text. Figures
 * are numbers the report computed, so a negative median stays a number.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

function csvCell(value: Scalar): string {
  const raw = value === null ? '' : String(value);
  const text = typeof value === 'string' && FORMULA_START.test(raw) ? `'${raw}` : raw;
  return /[",\n\r\t]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The words of the exports in each language. A figure keeps its name (`hearings.submitted`): it is
 * the report's JSON path, which a spreadsheet or script that reads the export keys on.
 */
const WORDS = {
  en: {
    header: 'metric,value',
    title: (council: string) => `Evaluation report: council ${council}`,
    period: (from: string, to: string, events: number) =>
      `Period ${from} to ${to} (end exclusive), from ${events} recorded events.`,
    columns: '| figure | value |',
    none: '(none)',
    sections: {
      hearings: 'Hearings',
      budgetProposals: 'Budget proposals',
      followUps: 'Follow-ups',
      meetings: 'Meetings',
      reminders: 'Reminders issued',
      deadlines: 'Deadlines missed',
      council: 'The council',
      perYear: 'Per year, attendance and areas',
    },
    includes: (councils: string) => `Includes the history of the councils it succeeds: ${councils}.`,
  },
  da: {
    header: 'nøgletal,værdi',
    title: (council: string) => `Evalueringsrapport: rådet ${council}`,
    period: (from: string, to: string, events: number) =>
      `Perioden ${from} til ${to} (slutningen ikke medregnet), ud fra ${events} registrerede hændelser.`,
    columns: '| nøgletal | værdi |',
    none: '(ingen)',
    sections: {
      hearings: 'Høringer',
      budgetProposals: 'Budgetforslag',
      followUps: 'Opfølgninger',
      meetings: 'Møder',
      reminders: 'Udsendte påmindelser',
      deadlines: 'Overskredne frister',
      council: 'Rådet',
      perYear: 'År for år, fremmøde og områder',
    },
    includes: (councils: string) => `Omfatter historikken for de råd, det efterfølger: ${councils}.`,
  },
} satisfies Record<SentenceLanguage, unknown>;

/** One figure a line (`metric,value`), for a spreadsheet. */
export function reportToCsv(report: EvaluationReport, language: SentenceLanguage = 'en'): string {
  return (
    [WORDS[language].header, ...flattenReport(report).map(([k, v]) => `${csvCell(k)},${csvCell(v)}`)].join(
      '\r\n',
    ) + '\r\n'
  );
}

/** Markdown renders inline HTML, so a name like `<img onerror=…>` is written as text. */
function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function mdCell(value: unknown): string {
  if (value === null || value === undefined) return '–';
  const text = Array.isArray(value) ? value.join(', ') : String(value);
  return escapeHtml(text)
    .replace(/\|/g, '\\|')
    .replace(/\r?\n|\r/g, ' ');
}

const isTable = (value: unknown): value is Record<string, unknown>[] =>
  Array.isArray(value) && value.some((v) => typeof v === 'object' && v !== null);

/**
 * A row's nested objects as columns of their own (`hearings.received`); lists of values stay one
 * cell; lists of rows (a year's attendance by member) go to `nested`, each a table of its own.
 */
function flattenRow(
  row: Record<string, unknown>,
  nested: [string, Record<string, unknown>[]][],
  prefix = '',
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (isTable(value)) nested.push([name, value]);
    else if (value !== null && typeof value === 'object' && !Array.isArray(value))
      Object.assign(out, flattenRow(value as Record<string, unknown>, nested, name));
    else out[name] = value;
  }
  return out;
}

/**
 * A table of rows, its columns those of every row (a year without hearings by some origin still
 * lines up with one that has them), then a table for each list a row holds, named by the row.
 */
function markdownTable(out: string[], name: string, rows: Record<string, unknown>[], none: string): void {
  out.push('', `### ${mdCell(name)}`, '');
  if (rows.length === 0) {
    out.push(none);
    return;
  }
  const nested: [string, Record<string, unknown>[]][] = [];
  const flat = rows.map((row, i) => {
    const lists: [string, Record<string, unknown>[]][] = [];
    const cells = flattenRow(row, lists);
    for (const [key, list] of lists) nested.push([`${name}[${label(row, i)}].${key}`, list]);
    return cells;
  });
  const columns = [...new Set(flat.flatMap((row) => Object.keys(row)))];
  out.push(`| ${columns.map(mdCell).join(' | ')} |`, `|${columns.map(() => '---').join('|')}|`);
  for (const row of flat) out.push(`| ${columns.map((c) => mdCell(row[c])).join(' | ')} |`);
  for (const [nestedName, list] of nested) markdownTable(out, nestedName, list, none);
}

/** Headings per section, a table of its figures, and a table for each of its lists. */
export function reportToMarkdown(report: EvaluationReport, language: SentenceLanguage = 'en'): string {
  const words = WORDS[language];
  const out = [
    `# ${words.title(escapeHtml(report.councilId))}`,
    '',
    words.period(report.period.from, report.period.to, report.events),
  ];
  if (report.includes?.length) out.push('', words.includes(report.includes.map(escapeHtml).join(', ')));
  for (const [section, title] of Object.entries(words.sections)) {
    const figures = report[
      section as keyof typeof words.sections & keyof EvaluationReport
    ] as unknown as Record<string, unknown>;
    if (!figures) continue; // a report read back from before the section existed
    const scalars: [string, Scalar][] = [];
    const tables: [string, Record<string, unknown>[]][] = [];
    for (const [key, value] of Object.entries(figures)) {
      if (isTable(value)) {
        tables.push([key, value]);
      } else if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
        for (const [k, v] of Object.entries(value)) {
          if (isTable(v)) {
            tables.push([`${key}.${k}`, v]);
          } else scalars.push(...flattenReport(v, `${key}.${k}`));
        }
      } else scalars.push([key, value as Scalar]);
    }
    out.push('', `## ${title}`, '', words.columns, '|---|---|');
    for (const [k, v] of scalars) out.push(`| ${mdCell(k)} | ${mdCell(v)} |`);
    for (const [name, rows] of tables) markdownTable(out, name, rows, words.none);
  }
  return `${out.join('\n')}\n`;
}
