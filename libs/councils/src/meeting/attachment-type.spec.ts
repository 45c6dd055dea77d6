import { ATTACHMENT_TYPES, sniffAttachmentType } from './attachment-type';

const zipWith = (entry: string) =>
  Buffer.concat([Buffer.from('PK\u0003\u0004', 'latin1'), Buffer.alloc(26), Buffer.from(entry, 'latin1')]);

describe('sniffAttachmentType', () => {
  it('knows a PDF by its signature and DOCX and XLSX by their entries', () => {
    expect(sniffAttachmentType(Buffer.from('%PDF-1.7\n…'))).toBe(ATTACHMENT_TYPES.pdf);
    expect(sniffAttachmentType(zipWith('[Content_Types].xml word/document.xml'))).toBe(ATTACHMENT_TYPES.docx);
    expect(sniffAttachmentType(zipWith('xl/workbook.xml'))).toBe(ATTACHMENT_TYPES.xlsx);
  });
  it('takes nothing else: another ZIP, a text, an executable, an empty file', () => {
    expect(sniffAttachmentType(zipWith('ppt/presentation.xml'))).toBeUndefined();
    expect(sniffAttachmentType(Buffer.from('Dagsorden'))).toBeUndefined();
    expect(sniffAttachmentType(Buffer.from('MZ\u0090\u0000', 'latin1'))).toBeUndefined();
    expect(sniffAttachmentType(new Uint8Array())).toBeUndefined();
  });
});
