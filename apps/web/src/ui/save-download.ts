/**
 * Saves a file the API made (a Word document, Markdown, an uploaded Bilag) under `name`: fetched
 * with the token first, since a plain link would go without it.
 */
export function saveDownload(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
