import { eventSentence } from './event-sentence';
import { plainSentenceContext } from './plain-sentence-context';

describe('sentences as the API says them', () => {
  const reminder = {
    recipients: ['anna', 'bo', 'ole'],
    deadline: 'input',
    dueAt: '2026-01-20T12:00:00.000Z',
  };

  it('names people by id, joins them in the language and says the deadline in its words', () => {
    expect(eventSentence('da', 'hearings', 'RemindersIssued', reminder, plainSentenceContext('da'))).toBe(
      'mindede anna, bo og ole om fristen "Inputfrist" 2026-01-20T12:00:00.000Z',
    );
    expect(eventSentence('en', 'hearings', 'RemindersIssued', reminder, plainSentenceContext('en'))).toBe(
      'reminded anna, bo and ole of the deadline "Input deadline" on 2026-01-20T12:00:00.000Z',
    );
  });

  it('writes amounts in million DKK with a decimal comma in Danish', () => {
    expect(plainSentenceContext('da').amount(1.9)).toBe('1,9');
    expect(plainSentenceContext('en').amount(1.9)).toBe('1.9');
  });

  it('knows no sentence for an event type it has not been given', () => {
    expect(eventSentence('da', 'hearings', 'SomethingNew', {}, plainSentenceContext('da'))).toBeUndefined();
  });
});
