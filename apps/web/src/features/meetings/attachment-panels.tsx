import { useState } from 'preact/hooks';
import type { AgendaItem } from '../../api/api-types';
import { numberFormat } from '../../format/number-format';
import { useApp } from '../../session/app-context';
import { Field } from '../../ui/fields';
import { saveDownload } from '../../ui/save-download';
import { ActionStatus } from '../../ui/status';
import { useAction } from '../../ui/use-async';

/**
 * An item's Bilag (seed 003): a title with the region's Dok ID, a link, or an uploaded file,
 * fetched with the reader's token and saved under its own name.
 */
export function AttachmentList({ item, filesPath }: { item: AgendaItem; filesPath: string }) {
  const { t, api, language } = useApp();
  const download = useAction();
  const kilobytes = (bytes: number) => `${numberFormat(language)(Math.max(1, Math.round(bytes / 1024)))} kB`;
  if (!item.attachments.length) return null;
  const fileUrl = (sha256: string) =>
    `${filesPath}/${encodeURIComponent(item.id)}/attachments/${encodeURIComponent(sha256)}`;
  return (
    <div data-testid="attachments">
      <strong>{t('attachmentsLabel')}:</strong>
      <ul>
        {item.attachments.map((a, i) => (
          <li key={i}>
            {a.url ? <a href={a.url}>{a.title}</a> : a.title}
            {a.documentId && (
              <span class="muted">
                {' '}
                · {t('documentId')} {a.documentId}
              </span>
            )}
            {a.file && (
              <>
                {' '}
                <button
                  type="button"
                  class="link"
                  disabled={download.busy}
                  onClick={() => {
                    const file = a.file!;
                    void download.run(async () =>
                      saveDownload(await api.blob(fileUrl(file.sha256), file.contentType), file.name),
                    );
                  }}
                >
                  {t('downloadFile', { name: a.file.name, size: kilobytes(a.file.size) })}
                </button>
              </>
            )}
          </li>
        ))}
      </ul>
      <ActionStatus action={{ ...download, done: false }} />
    </div>
  );
}

/**
 * The secretary uploads a PDF, DOCX or XLSX of up to 20 MB as an item's Bilag. The API checks the
 * bytes against the declared type and refuses the rest; the page sends what was chosen.
 */
export function UploadAttachmentPanel({
  item,
  filesPath,
  done,
}: {
  item: AgendaItem;
  filesPath: string;
  done(): void;
}) {
  const { t, api } = useApp();
  const action = useAction();
  const [title, setTitle] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const id = `upload-${item.id}`;
  const submit = async (e: Event) => {
    e.preventDefault();
    const form = new FormData();
    if (file) form.append('file', file, file.name);
    if (title.trim()) form.append('title', title.trim());
    const path = `${filesPath}/${encodeURIComponent(item.id)}/attachments`;
    if (await action.run(() => api.upload(path, form))) done();
  };
  return (
    <details>
      <summary>{t('uploadAttachment', { title: item.title })}</summary>
      <form onSubmit={submit}>
        <div class="field">
          <label for={`${id}-file`}>{t('attachmentFile')}</label>
          <input
            id={`${id}-file`}
            name={`${id}-file`}
            type="file"
            accept=".pdf,.docx,.xlsx,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-describedby={`${id}-hint`}
            onChange={(e) => setFile((e.target as HTMLInputElement).files?.[0] ?? null)}
          />
          <small id={`${id}-hint`} class="muted">
            {t('attachmentFileHint')}
          </small>
        </div>
        <Field id={`${id}-title`} label={t('attachmentTitleOptional')} value={title} onValue={setTitle} />
        <button type="submit" disabled={action.busy}>
          {t('uploadAttachmentButton')}
        </button>
        <ActionStatus action={action} />
      </form>
    </details>
  );
}
