import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const HEADINGS = {
  '#': HeadingLevel.HEADING_1,
  '##': HeadingLevel.HEADING_2,
  '###': HeadingLevel.HEADING_3,
} as const;

/**
 * The agenda or the minutes as a Word document (secretariats work in Word): drawn from the very
 * lines of the Markdown document (`meetingMarkdown`), so the two carry the region's layout alike
 * and cannot drift apart. Headings stay headings, list lines bullets, a link its title with its
 * address, an italic note italic; Markdown's line-break spaces go.
 */
export function meetingDocx(markdown: string, meta: { title: string; creator: string }): Promise<Buffer> {
  const paragraphs: Paragraph[] = [];
  for (const raw of markdown.split('\n')) {
    const line = raw.trimEnd();
    if (line === '') continue;
    const heading = /^(#{1,3}) (.*)$/.exec(line);
    if (heading) {
      const level = HEADINGS[heading[1] as keyof typeof HEADINGS];
      paragraphs.push(new Paragraph({ heading: level, children: [new TextRun(plain(heading[2]))] }));
    } else if (line.startsWith('- ')) {
      paragraphs.push(new Paragraph({ bullet: { level: 0 }, children: [new TextRun(plain(line.slice(2)))] }));
    } else if (/^\*[^*].*\*$/.test(line)) {
      paragraphs.push(
        new Paragraph({ children: [new TextRun({ text: plain(line.slice(1, -1)), italics: true })] }),
      );
    } else {
      paragraphs.push(new Paragraph({ children: boldRuns(line) }));
    }
  }
  const doc = new Document({
    creator: meta.creator,
    title: meta.title,
    styles: { default: { document: { run: { font: 'Calibri', size: 22 } } } },
    sections: [{ children: paragraphs }],
  });
  return Packer.toBuffer(doc);
}

/** `[title](address)` as "title (address)"; the rest as written. */
function plain(text: string): string {
  return text.replace(/\[([^\]]*)\]\(([^)]*)\)/g, '$1 ($2)');
}

/** `**Mødet er aflyst:** …` keeps its bold lead. */
function boldRuns(line: string): TextRun[] {
  return plain(line)
    .split(/(\*\*[^*]+\*\*)/)
    .filter((part) => part !== '')
    .map((part) =>
      part.startsWith('**') && part.endsWith('**')
        ? new TextRun({ text: part.slice(2, -2), bold: true })
        : new TextRun(part),
    );
}
