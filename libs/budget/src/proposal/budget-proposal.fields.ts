import { InvalidInputError, isMoney, requireId, requireMoney, requireText, sumMoney } from '@app/kernel';

/** Seed 002: "Anfør, hvilket område initiativet vedrører (finansieringsmæssigt)". */
export const FINANCING_AREAS = ['health-fund', 'regional-development-fund', 'social-area'] as const;
export type FinancingArea = (typeof FINANCING_AREAS)[number];

/** One row of seed 002's table "Initiativets konsekvenser – økonomi, personale og tid". */
export interface CostLine {
  year: number;
  /** "Løn til evt. nye årsværk", million DKK. */
  salary: number;
  /** "Øvrig drift", million DKK. */
  operations: number;
  /** "Etableringsudgifter", million DKK. */
  establishment: number;
  /** "Årsværk": full-time equivalents, a head count, never part of the money total. */
  fte: number;
}

export interface DerivedFromLink {
  kind: 'hearing' | 'meeting-item';
  id: string;
  /** The agenda item when `kind` is `meeting-item` (`id` is then the meeting). */
  itemId?: string;
}

/** The council's own text of the form (seed 002); the administration's remarks are kept apart. */
export interface ProposalFields {
  title: string;
  proposedBy: string;
  problem: string;
  solution: string;
  financingArea: FinancingArea;
  costs: CostLine[];
  agreementText?: string;
  sdgs: number[];
  overlaps: string[];
  derivedFrom: DerivedFromLink[];
  /** The committee the proposal is meant for, so reminders and missed deadlines can name it. */
  committee?: string;
  /** Issue 18.4: the areas or municipalities the proposal concerns (seed 004), each once. */
  areas?: string[];
}

export type FieldName = keyof ProposalFields;
export const FIELD_NAMES: readonly FieldName[] = [
  'title',
  'proposedBy',
  'problem',
  'solution',
  'financingArea',
  'costs',
  'agreementText',
  'sdgs',
  'overlaps',
  'derivedFrom',
  'committee',
  'areas',
];
/** What a draft cannot be without (issue 5's creation body). */
export const REQUIRED_FIELDS: readonly FieldName[] = [
  'title',
  'proposedBy',
  'problem',
  'solution',
  'financingArea',
  'costs',
];

/** Full-time equivalents are a head count, not money, but bounded and written the same way. */
function requireFte(value: unknown, field: string): number {
  if (!isMoney(value))
    throw new InvalidInputError(`${field} must be a head count from 0 with at most two decimals`, field);
  return Math.round(value * 100) / 100;
}

function costs(value: unknown): CostLine[] {
  if (!Array.isArray(value) || value.length === 0) {
    throw new InvalidInputError('costs must list at least one year', 'costs');
  }
  const lines = value.map((raw: unknown, i): CostLine => {
    const line = (raw ?? {}) as Record<string, unknown>;
    const year = line.year;
    if (typeof year !== 'number' || !Number.isInteger(year) || year < 2000 || year > 2200) {
      throw new InvalidInputError('year must be a whole year', `costs[${i}].year`);
    }
    return {
      year,
      salary: requireMoney(line.salary ?? 0, `costs[${i}].salary`),
      operations: requireMoney(line.operations ?? 0, `costs[${i}].operations`),
      establishment: requireMoney(line.establishment ?? 0, `costs[${i}].establishment`),
      fte: requireFte(line.fte ?? 0, `costs[${i}].fte`),
    };
  });
  const years = lines.map((l) => l.year);
  if (new Set(years).size !== years.length) throw new InvalidInputError('a year is listed twice', 'costs');
  return lines.sort((a, b) => a.year - b.year);
}

function sdgs(value: unknown): number[] {
  // The UN Sustainable Development Goals are numbered 1 to 17 (seed 002: "verdensmål nr. 3 … 10").
  if (!Array.isArray(value) || !value.every((n) => Number.isInteger(n) && n >= 1 && n <= 17)) {
    throw new InvalidInputError('sdgs must be goal numbers from 1 to 17', 'sdgs');
  }
  return [...new Set(value as number[])].sort((a, b) => a - b);
}

function ids(value: unknown, field: string): string[] {
  if (!Array.isArray(value)) throw new InvalidInputError(`${field} must be a list of ids`, field);
  return [...new Set(value.map((id, i) => requireId(id, `${field}[${i}]`)))];
}

function derivedFrom(value: unknown): DerivedFromLink[] {
  if (!Array.isArray(value)) throw new InvalidInputError('derivedFrom must be a list', 'derivedFrom');
  return value.map((raw: unknown, i) => {
    const link = (raw ?? {}) as Record<string, unknown>;
    const field = `derivedFrom[${i}]`;
    if (link.kind !== 'hearing' && link.kind !== 'meeting-item') {
      throw new InvalidInputError('kind must be hearing or meeting-item', `${field}.kind`);
    }
    const id = requireId(link.id, `${field}.id`);
    if (link.kind === 'meeting-item') {
      return { kind: link.kind, id, itemId: requireId(link.itemId, `${field}.itemId`) };
    }
    if (link.itemId !== undefined) throw new InvalidInputError('only a meeting item has an itemId', field);
    return { kind: link.kind, id };
  });
}

function areas(value: unknown): string[] {
  if (!Array.isArray(value) || value.length > 20)
    throw new InvalidInputError('areas must be a list of at most 20 areas', 'areas');
  return [...new Set(value.map((a, i) => requireText(a, `areas[${i}]`, 200)))];
}

/** Validates and normalises one field's new value; throws InvalidInputError naming the field. */
export function normaliseField(field: FieldName, value: unknown, proposalId?: string): unknown {
  switch (field) {
    case 'title':
    case 'proposedBy':
    case 'committee':
      return requireText(value, field, 300);
    case 'problem':
    case 'solution':
    case 'agreementText':
      return requireText(value, field);
    case 'financingArea':
      if (!FINANCING_AREAS.includes(value as FinancingArea)) {
        throw new InvalidInputError(`financingArea must be one of ${FINANCING_AREAS.join(', ')}`, field);
      }
      return value;
    case 'costs':
      return costs(value);
    case 'sdgs':
      return sdgs(value);
    case 'overlaps': {
      const list = ids(value, field);
      if (proposalId !== undefined && list.includes(proposalId)) {
        throw new InvalidInputError('a proposal does not overlap with itself', field);
      }
      return list;
    }
    case 'derivedFrom':
      return derivedFrom(value);
    case 'areas':
      return areas(value);
    default:
      throw new InvalidInputError(`unknown field ${String(field)}`, String(field));
  }
}

export interface CostLineView extends CostLine {
  /** salary + operations + establishment; computed, never typed (seed 002's "Samlet udgift"). */
  total: number;
}

export function withTotals(lines: CostLine[]): CostLineView[] {
  return lines.map((l) => ({ ...l, total: sumMoney([l.salary, l.operations, l.establishment]) }));
}

export function totalByYear(lines: CostLine[]): Record<string, number> {
  return Object.fromEntries(withTotals(lines).map((l) => [String(l.year), l.total]));
}

/** Structural equality for field values (plain JSON), so an unchanged field records nothing. */
export function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
