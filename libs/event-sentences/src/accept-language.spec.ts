import { languageOf } from './accept-language';

describe('the language of an answer, from Accept-Language', () => {
  it.each([
    [undefined, 'en'],
    ['', 'en'],
    ['da', 'da'],
    ['da-DK', 'da'],
    ['DA-dk,en;q=0.5', 'da'],
    ['en-GB,da;q=0.8', 'en'],
    ['en;q=0.3, da;q=0.9', 'da'],
    ['da;q=0, en', 'en'],
    ['sv, da;q=0.7', 'da'],
    ['sv, *;q=0.5', 'en'],
    ['de', 'en'],
    ['da;q=abc', 'en'],
  ])('%p answers in %p', (header, language) => {
    expect(languageOf(header)).toBe(language);
  });
});
