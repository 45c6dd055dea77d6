import type { MessageKey } from './i18n/dictionary';
import { word } from './i18n/language';
import { BudgetCyclePage } from './features/budget/budget-cycle.page';
import { CasePage } from './features/history/case.page';
import { CouncilPage } from './features/council/council.page';
import { FollowUpPage } from './features/follow-ups/follow-up.page';
import { FollowUpsPage } from './features/follow-ups/follow-ups.page';
import { HearingPage } from './features/hearings/hearing.page';
import { HearingsPage } from './features/hearings/hearings.page';
import { MeetingDocumentPage } from './features/meetings/meeting-document.page';
import { MeetingPage } from './features/meetings/meeting.page';
import { MeetingsPage } from './features/meetings/meetings.page';
import { MySessionsPage } from './features/sign-in/my-sessions.page';
import { MemberWaitingPage } from './features/overview/member-waiting.page';
import { OpenHearingPage } from './features/hearings/open-hearing.page';
import { ProposalPage } from './features/budget/proposal.page';
import { ProposalsPage } from './features/budget/proposals.page';
import { ReportPage } from './features/history/report.page';
import { RemindersPage } from './features/overview/reminders.page';
import { SecretaryOverviewPage } from './features/overview/secretary-overview.page';
import { TimelinePage } from './features/history/timeline.page';
import { useApp } from './session/app-context';
import { LanguageSwitch } from './ui/language-switch';
import { href, useRoute } from './ui/router';

const MENUS: Record<string, [MessageKey, string][]> = {
  secretary: [
    ['navOverview', ''],
    ['navHearings', 'hearings'],
    ['navProposals', 'proposals'],
    ['navFollowUps', 'follow-ups'],
    ['navMeetings', 'meetings'],
    ['navTimeline', 'timeline'],
    ['navReminders', 'reminders'],
    ['navCouncil', 'council'],
  ],
  chair: [
    ['navWaiting', ''],
    ['navHearings', 'hearings'],
    ['navProposals', 'proposals'],
    ['navFollowUps', 'follow-ups'],
    ['navMeetings', 'meetings'],
    ['navTimeline', 'timeline'],
    ['navReminders', 'reminders'],
  ],
  member: [
    ['navWaiting', ''],
    ['navHearings', 'hearings'],
    ['navProposals', 'proposals'],
    ['navFollowUps', 'follow-ups'],
    ['navMeetings', 'meetings'],
    ['navTimeline', 'timeline'],
    ['navReminders', 'reminders'],
  ],
  evaluator: [
    ['navTimeline', ''],
    ['navHearings', 'hearings'],
    ['navProposals', 'proposals'],
    ['navFollowUps', 'follow-ups'],
    ['navMeetings', 'meetings'],
    ['navReport', 'report'],
    ['navReminders', 'reminders'],
  ],
};

function HomePage({ role }: { role: string }) {
  if (role === 'secretary') return <SecretaryOverviewPage />;
  if (role === 'member' || role === 'chair') return <MemberWaitingPage />;
  return <TimelinePage />;
}

function Page({ route, role }: { route: string[]; role: string }) {
  const { t } = useApp();
  const [first, second, third] = route;
  if (!first) return <HomePage role={role} />;
  if (first === 'hearings' && second === 'new') return <OpenHearingPage />;
  if (first === 'hearings' && second) return <HearingPage id={second} />;
  if (first === 'hearings') return <HearingsPage />;
  if (first === 'proposals' && second) return <ProposalPage id={second} />;
  if (first === 'proposals') return <ProposalsPage />;
  if (first === 'budget-cycles' && second) return <BudgetCyclePage id={second} />;
  if (first === 'follow-ups' && second) return <FollowUpPage id={second} />;
  if (first === 'follow-ups') return <FollowUpsPage />;
  if (first === 'meetings' && second && (third === 'agenda' || third === 'minutes'))
    return <MeetingDocumentPage id={second} kind={third} />;
  if (first === 'meetings' && second) return <MeetingPage id={second} />;
  if (first === 'meetings') return <MeetingsPage />;
  if (first === 'timeline') return <TimelinePage />;
  if (first === 'cases' && second && third) return <CasePage kind={second} id={third} />;
  if (first === 'report') return <ReportPage />;
  if (first === 'reminders') return <RemindersPage />;
  if (first === 'council') return <CouncilPage />;
  if (first === 'sessions') return <MySessionsPage />;
  return <p>{t('notFound')}</p>;
}

export function AppShell() {
  const { t, claims, council, personName, language, setLanguage, signOut, bySession } = useApp();
  const route = useRoute();
  const menu = MENUS[claims.role] ?? [];
  const current = route[0] ?? '';
  return (
    <div class="page">
      <a
        class="skip"
        href="#main"
        onClick={(e) => (e.preventDefault(), document.getElementById('main')?.focus())}
      >
        ↓ {t('appName')}
      </a>
      <header class="topbar">
        <a class="brand" href="#/">
          {council.name}
        </a>
        <p class="who" data-testid="who-am-i">
          <span class="visually-hidden">{t('signedInAs')} </span>
          {t('whoAmI', {
            name: personName(claims.sub),
            role: word(t, 'role', claims.role),
            council: council.name,
          })}
        </p>
        <LanguageSwitch t={t} language={language} setLanguage={setLanguage} />
        {bySession && (
          <a href={href('sessions')} aria-current={current === 'sessions' ? 'page' : undefined}>
            {t('navSessions')}
          </a>
        )}
        <button type="button" class="link" onClick={() => signOut()}>
          {t('signOut')}
        </button>
      </header>
      {menu.length > 0 && (
        <nav aria-label={t('nav')}>
          <ul>
            {menu.map(([label, path]) => (
              <li key={path}>
                <a href={href(...(path ? [path] : []))} aria-current={current === path ? 'page' : undefined}>
                  {t(label)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <main id="main" tabIndex={-1}>
        <Page route={route} role={claims.role} />
      </main>
    </div>
  );
}
