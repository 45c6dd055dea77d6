import type { Hearing } from '../../api/api-types';
import { useApp } from '../../session/app-context';
import { ActionStatus } from '../../ui/status';
import { useAction } from '../../ui/use-async';
import { saveDownload } from '../../ui/save-download';

/**
 * Issue 19, item 5: once sent, the draft is the council's høringssvar, and the page says so
 * ("Afgivet høringssvar", not "Udkast 1"). It downloads as a Word document (the API makes it) and
 * prints as one: the print stylesheet leaves out the menu and the buttons, and Chromium's "Save
 * as PDF" makes the PDF.
 */
export function SentResponse({ hearing }: { hearing: Hearing }) {
  const { t, api, councilPath } = useApp();
  const download = useAction();
  const submission = hearing.submission!;
  const draft = hearing.drafts.find((d) => d.version === submission.draftVersion) ?? hearing.currentDraft;
  const save = () =>
    download.run(async () => {
      const path = councilPath(`/hearings/${encodeURIComponent(hearing.id)}/response.docx`);
      saveDownload(
        await api.blob(path, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'),
        `hoeringssvar-${hearing.id}.docx`,
      );
    });
  return (
    <section aria-labelledby="sent-title" data-testid="sent-response">
      <h2 id="sent-title">{t('sentResponse')}</h2>
      {draft && <blockquote class="draft-text">{draft.text}</blockquote>}
      <div class="actions">
        <button type="button" onClick={() => void save()} disabled={download.busy}>
          {t('downloadDocx')}
        </button>
        <button type="button" onClick={() => window.print()}>
          {t('printPdf')}
        </button>
      </div>
      <ActionStatus action={{ ...download, done: false }} />
    </section>
  );
}
