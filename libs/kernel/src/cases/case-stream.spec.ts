import { caseStreamId, councilStreamId, legacyCaseStreamId, parseStreamId } from './case-stream';

describe('stream ids', () => {
  it('puts a case inside its council, and reads it back', () => {
    expect(caseStreamId('hearing', 'c-1', 'h-1')).toBe('hearing-c-1~h-1');
    expect(parseStreamId('hearing-c-1~h-1')).toEqual({ category: 'hearing', councilId: 'c-1', id: 'h-1' });
  });

  it('reads a stream written before the namespace as a case without a council in its name', () => {
    expect(legacyCaseStreamId('budgetProposal', 'p-1')).toBe('budgetProposal-p-1');
    expect(parseStreamId('budgetProposal-p-1')).toEqual({ category: 'budgetProposal', id: 'p-1' });
  });

  it('names the council in a council stream', () => {
    expect(councilStreamId('udsatte-raad')).toBe('council-udsatte-raad');
    expect(parseStreamId('council-udsatte-raad')).toEqual({
      category: 'council',
      councilId: 'udsatte-raad',
      id: 'udsatte-raad',
    });
  });

  it('keeps the same id in two councils apart', () => {
    expect(caseStreamId('meeting', 'a', 'm1')).not.toBe(caseStreamId('meeting', 'b', 'm1'));
  });
});
