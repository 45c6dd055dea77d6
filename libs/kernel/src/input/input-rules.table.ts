/**
 * The input rules as one table of values each rule accepts and refuses: the kernel's spec checks
 * the rules, the deciders' `require…` and the DTO decorators against it, and
 * `test/input-rules.e2e-spec.ts` sends it to a route of every feature. Texts are for a field of
 * at most 200 characters.
 */
export const INPUT_TABLE = {
  id: {
    accepted: ['a', 'seed.002', 'h-1', 'm_anna', 'udsatte-hovedstaden', 'x'.repeat(100), 'A9'],
    refused: ['', 'a~b', 'a/b', 'a:b', 'a b', ' a', '-a', 'a-', '.a', 'a.', '_a', 'æble', 'x'.repeat(101), 7],
  },
  instant: {
    accepted: [
      '2022-01-20T14:00:00+01:00',
      '2022-01-20T13:00:00Z',
      '2022-01-20T13:00:00.5Z',
      '2022-01-20T13:00:00.123-05:30',
      '2024-02-29T00:00:00Z',
    ],
    refused: [
      '2022-01-20T14:00:00+0100',
      '2022-01-20T14:00:00',
      '2022-01-20T14:00+01:00',
      '2022-01-20',
      '2022-01-20T13:00:00.1234567890Z',
      '2022-02-30T00:00:00Z',
      '2023-02-29T00:00:00Z',
      '2022-13-01T00:00:00Z',
      '2022-01-20T24:00:00Z',
      '2022-01-20T13:00:60Z',
      '2022-01-20 13:00:00Z',
      'tomorrow',
      1642683600000,
    ],
  },
  text: {
    accepted: ['Høring', ' Fase 2 ', 'x'.repeat(200)],
    refused: ['', '   ', '\n\t', 'x'.repeat(201), 42, ['a']],
  },
  money: {
    accepted: [0, 1.8, 0.05, 2.25, 1_000_000, 12],
    refused: [-0.1, 1.234, 1e-7, 1e300, 1.7e307, 1_000_000.01, Infinity, NaN, '1.8', null],
  },
  duration: {
    accepted: ['P7D', 'P3M', 'PT2S', 'P1Y2M3DT4H5M6S', 'P1W', 'P10Y'],
    refused: ['P0D', 'PT0S', 'P0Y0M', 'P11Y', 'P99999999999Y', 'P', '7D', 'P-1D', 'soon', 7],
  },
} as const;
