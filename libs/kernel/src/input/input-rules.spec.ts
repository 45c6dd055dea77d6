import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { InvalidInputError } from '../errors/domain-errors';
import { isDuration, requireDuration } from './duration.rule';
import { isId, requireId } from './id.rule';
import { IsDuration, IsId, IsInstant, IsMoney, IsText } from './input-rules.decorators';
import { isInstant, requireInstant } from './instant.rule';
import { isMoney, requireMoney, sumMoney } from './money.rule';
import { INPUT_TABLE } from './input-rules.table';
import { isText, requireText } from './text.rule';

/** The text rule's table is for a 200-character field. */
const TEXT_MAX = 200;

class Probe {
  @IsId() id!: unknown;
  @IsInstant() instant!: unknown;
  @IsText(TEXT_MAX) text!: unknown;
  @IsMoney() money!: unknown;
  @IsDuration() duration!: unknown;
}

const RULES = {
  id: { is: isId, require: requireId },
  instant: { is: isInstant, require: requireInstant },
  text: {
    is: (v: unknown) => isText(v, TEXT_MAX),
    require: (v: unknown, f: string) => requireText(v, f, TEXT_MAX),
  },
  money: { is: isMoney, require: requireMoney },
  duration: { is: isDuration, require: requireDuration },
};

const decoratorAccepts = (rule: keyof typeof RULES, value: unknown): boolean => {
  const probe = plainToInstance(Probe, { [rule]: value });
  return validateSync(probe).every((error) => error.property !== rule);
};

/**
 * Each value of the table is accepted or refused alike by the rule, by the decider's `require…`
 * and by the DTO decorator.
 */
describe('one set of input rules', () => {
  for (const [rule, { accepted, refused }] of Object.entries(INPUT_TABLE)) {
    const { is, require } = RULES[rule as keyof typeof RULES];
    it.each(accepted.map((v) => [v]))(`${rule}: accepts %p in the rule, the decider and the DTO`, (value) => {
      expect(is(value)).toBe(true);
      expect(() => require(value, rule)).not.toThrow();
      expect(decoratorAccepts(rule as keyof typeof RULES, value)).toBe(true);
    });
    it.each(refused.map((v) => [v]))(`${rule}: refuses %p in the rule, the decider and the DTO`, (value) => {
      expect(is(value)).toBe(false);
      expect(() => require(value, rule)).toThrow(InvalidInputError);
      expect(decoratorAccepts(rule as keyof typeof RULES, value)).toBe(false);
    });
  }

  it('names the field in the refusal', () => {
    expect(() => requireId('a~b', 'hearingId')).toThrow(
      expect.objectContaining({ field: 'hearingId', status: 400 }) as Error,
    );
    const [error] = validateSync(
      plainToInstance(Probe, { id: 'a', instant: 'x', text: 'a', money: 1, duration: 'P1D' }),
    );
    expect(error.property).toBe('instant');
    expect(Object.values(error.constraints ?? {})).toEqual([
      'instant must be an RFC 3339 time with an offset, e.g. 2022-01-20T14:00:00+01:00',
    ]);
  });

  it('trims texts at the edge and in the decider alike', () => {
    expect(requireText(' Fase 2 ', 'name')).toBe('Fase 2');
    expect(plainToInstance(Probe, { text: ' Fase 2 ' }).text).toBe('Fase 2');
  });

  it('normalises money to two decimals and sums it exactly', () => {
    expect(requireMoney(1.80000000001, 'salary')).toBe(1.8);
    expect(sumMoney([0.7, 0.1, 0.1])).toBe(0.9);
    expect(sumMoney([1.25, 0.05])).toBe(1.3);
  });
});
