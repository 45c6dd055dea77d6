import { useApp } from '../../session/app-context';
import { href } from '../../ui/router';
import { saveDownload } from '../../ui/save-download';
import { ActionStatus } from '../../ui/status';
import { useAction } from '../../ui/use-async';
import type { MeetingDocumentKind } from './meeting-document.page';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * The agenda and the minutes as the secretariat sends them: a Word document (secretariats work in
 * Word), Markdown, and a page to print (or save as PDF), each made from the same meeting.
 */
export function MeetingDownloads({ meetingId, kinds }: { meetingId: string; kinds: MeetingDocumentKind[] }) {
  const { t, api, councilPath } = useApp();
  const download = useAction();
  const save = (kind: MeetingDocumentKind, format: 'docx' | 'md') =>
    download.run(async () => {
      const path = councilPath(`/meetings/${encodeURIComponent(meetingId)}/${kind}?format=${format}`);
      const blob = await api.blob(path, format === 'docx' ? DOCX : 'text/markdown');
      saveDownload(blob, `${kind === 'agenda' ? 'dagsorden' : 'referat'}-${meetingId}.${format}`);
    });
  return (
    <div class="actions no-print" data-testid="meeting-downloads">
      {kinds.map((kind) => {
        const what = t(kind === 'agenda' ? 'theAgenda' : 'theMinutes');
        return (
          <p key={kind}>
            <button type="button" disabled={download.busy} onClick={() => void save(kind, 'docx')}>
              {t('downloadWord', { what })}
            </button>{' '}
            <button type="button" disabled={download.busy} onClick={() => void save(kind, 'md')}>
              {t('downloadMd', { what })}
            </button>{' '}
            {kinds.length > 1 ? (
              <a class="button" href={href('meetings', meetingId, kind)}>
                {t('printWhat', { what })}
              </a>
            ) : (
              <button type="button" onClick={() => window.print()}>
                {t('printWhat', { what })}
              </button>
            )}
          </p>
        );
      })}
      <ActionStatus action={{ ...download, done: false }} />
    </div>
  );
}
