/** The file types an agenda attachment may have (issue 17: the region's Bilag are PDF, DOCX or XLSX). */
export const ATTACHMENT_TYPES = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;
export type AttachmentType = (typeof ATTACHMENT_TYPES)[keyof typeof ATTACHMENT_TYPES];

/** Issue 17: up to 20 MB a file. */
export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;

/**
 * What the bytes are, whatever the upload declared: a PDF begins with `%PDF-`; DOCX and XLSX are
 * ZIP archives whose entry names (stored uncompressed) include `word/` or `xl/`. Anything else is
 * not taken, so a renamed executable is refused however it is labelled.
 */
export function sniffAttachmentType(bytes: Uint8Array): AttachmentType | undefined {
  const head = Buffer.from(bytes.subarray(0, 5)).toString('latin1');
  if (head === '%PDF-') return ATTACHMENT_TYPES.pdf;
  if (!head.startsWith('PK\u0003\u0004')) return undefined;
  const names = Buffer.from(bytes).toString('latin1');
  if (names.includes('word/document.xml')) return ATTACHMENT_TYPES.docx;
  if (names.includes('xl/workbook.xml')) return ATTACHMENT_TYPES.xlsx;
  return undefined;
}
