/**
 * The carry-over's refusals (libs/composition carry-over, the kernel's carry-over rule) as the API
 * words them, said in Danish on the Rådet page (issue 19). Here, not beside the file: the web
 * app's own tsconfig has no test types. refusal-words.ts is plain TypeScript, so ts-jest takes it.
 */
import { refusalText } from '../apps/web/src/format/refusal-words';

describe('refusalText: carrying a case over', () => {
  it('names the predecessor and the case a 400 is about', () => {
    const text = refusalText(
      {
        status: 400,
        code: 'invalid_input',
        fields: {
          caseId: ['caseId: council region-sj has no follow-up f-1'],
          fromCouncilId: ['fromCouncilId: council oest does not succeed council region-x'],
        },
      },
      'da',
    );
    expect(text?.fields.map((f) => `${f.label}: ${f.message}`)).toEqual([
      'Sags-ID: region-sj har ingen opfølgning f-1',
      'Forgængerråd: rådet efterfølger ikke region-x',
    ]);
  });

  it.each([
    [
      'council region-sj takes its own writes until 2027-01-01; carry its cases over from then',
      'region-sj arbejder selv med sine sager til 2027-01-01; de kan overføres derefter',
    ],
    ['this council already has a hearing h-1', 'Rådet har allerede sin egen sag h-1'],
    [
      'hearing h-1: only an open hearing is carried over; this one is submitted',
      'Kun en åben høring kan overføres',
    ],
  ])('says the 409 "%s" in Danish', (message, danish) => {
    expect(refusalText({ status: 409, code: 'invalid_state', message }, 'da')?.detail).toBe(danish);
  });
});

describe('refusalText: who approves the minutes (issue 17)', () => {
  it.each([
    [
      'a secretary does not approve the minutes on her own: the chair in office approves them, or name the meeting that approved them (byMeeting)',
      'Sekretæren godkender ikke selv referatet: det gør den siddende formand, eller angiv mødet, der godkendte det',
    ],
    [
      'meeting m-2026-03-05 has not been held; it approves the minutes at or after it',
      'Mødet m-2026-03-05 er ikke holdt endnu',
    ],
  ])('says "%s" in Danish', (message, danish) => {
    expect(refusalText({ status: 403, code: 'forbidden', message }, 'da')?.detail).toBe(danish);
  });
});
