import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';

/** What the sent høringssvar says, gathered from the hearing and the council's record. */
export interface SentResponse {
  councilName: string;
  timeZone: string;
  title: string;
  issuingBody: string;
  recipient: string;
  submittedAt: string;
  text: string;
  approvals: { name: string; answer: 'pending' | 'approved' | 'objected'; comment?: string }[];
  signedOffBy?: string;
  objectedBy: string[];
}

/** The heading on the page and in the document, once sent (issue 19, item 5). */
export const SENT_HEADING = 'Afgivet høringssvar';

const ANSWER = { approved: 'godkendt', objected: 'gjorde indsigelse', pending: 'svarede ikke' } as const;

/** Danish date as the council's calendar has it, e.g. "6. december 2026". */
export function councilDate(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat('da-DK', { timeZone, dateStyle: 'long' }).format(new Date(iso));
}

/** The approvals as sentences, one a line: who approved, who objected and why, who signed off. */
export function approvalLines(sent: SentResponse): string[] {
  const lines = sent.approvals.map(
    (a) => `${a.name}: ${ANSWER[a.answer]}${a.comment ? ` – ${a.comment}` : ''}`,
  );
  if (sent.signedOffBy) {
    const despite = sent.objectedBy.length ? ` trods indsigelse fra ${sent.objectedBy.join(', ')}` : '';
    lines.push(`Endeligt godkendt af formanden, ${sent.signedOffBy}${despite}`);
  }
  return lines;
}

/**
 * The høringssvar as sent, as a Word document (DOCX, made with `docx`): the council as sender,
 * the date it was sent, the recipient, what it answers, the text, and the approvals behind it.
 */
export function hearingResponseDocx(sent: SentResponse): Promise<Buffer> {
  const plain = (text: string) => new Paragraph({ children: [new TextRun(text)] });
  const doc = new Document({
    creator: sent.councilName,
    title: `${SENT_HEADING}: ${sent.title}`,
    styles: { default: { document: { run: { font: 'Calibri', size: 24 } } } },
    sections: [
      {
        children: [
          new Paragraph({
            alignment: AlignmentType.RIGHT,
            children: [new TextRun({ text: sent.councilName, bold: true })],
          }),
          new Paragraph({
            alignment: AlignmentType.RIGHT,
            children: [new TextRun(councilDate(sent.submittedAt, sent.timeZone))],
          }),
          plain(`Til: ${sent.recipient}`),
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(SENT_HEADING)] }),
          plain(`Vedrørende: ${sent.title} (${sent.issuingBody})`),
          ...sent.text.split(/\n+/).map(plain),
          new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('Godkendelser')] }),
          ...approvalLines(sent).map(
            (line) => new Paragraph({ bullet: { level: 0 }, children: [new TextRun(line)] }),
          ),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
