// The words of one's own sessions (issue 19, item 1) and the admin's rebuild of the reminders
// from the log (issue 19, item 2), Danish and English side by side.
export const sessionWordsDa = {
  navSessions: 'Mine sessioner',
  sessionsTitle: 'Mine sessioner',
  sessionsIntro:
    'Hver browser, du er logget ind i med et link fra mailen, er en session. Den udløber af sig selv; her kan du afslutte dem alle, fx efter en mistet telefon.',
  sessionsNone: 'Ingen aktive sessioner.',
  sessionStarted: 'Startet',
  sessionExpires: 'Udløber',
  sessionThisOne: 'denne browser',
  endAllSessions: 'Log ud alle steder',
  confirmEndAllSessions: 'Bekræft: log ud alle steder',
  endAllSessionsWarning:
    'Alle dine sessioner i rådet afsluttes, også denne. Du skal logge ind igen med et nyt link.',
  allSessionsEnded: 'Du er logget ud alle steder ({count} sessioner afsluttet).',
  reconcileTitle: 'Påmindelser og frister',
  reconcileIntro:
    'Har Redis mistet sine data, genopbygger dette alle ventende frister og påmindelser ud fra hændelsesloggen. Det kan køres igen uden skade.',
  reconcileDeadlines: 'Genopbyg påmindelser fra loggen',
  reconcileDone:
    'Genopbygget: {added} tilføjet, {removed} fjernet, {late} for sent og sendt nu, {skipped} sprunget over, {busy} i gang, {retried} sendt igen, {outdated} ældre version, {streams} sager gennemgået.',
  reconcileHealthOk: 'Alle planlagte job findes nu i køen.',
  reconcileHealthMissing: '{missing} af {indexed} planlagte job mangler stadig i køen.',
};

export const sessionWordsEn: Record<keyof typeof sessionWordsDa, string> = {
  navSessions: 'My sessions',
  sessionsTitle: 'My sessions',
  sessionsIntro:
    'Each browser you signed in to by a mailed link is a session. It expires by itself; here you can end them all, say after a lost phone.',
  sessionsNone: 'No live sessions.',
  sessionStarted: 'Started',
  sessionExpires: 'Expires',
  sessionThisOne: 'this browser',
  endAllSessions: 'Sign out everywhere',
  confirmEndAllSessions: 'Confirm: sign out everywhere',
  endAllSessionsWarning:
    'All your sessions in the council end, this one too. You will sign in again with a new link.',
  allSessionsEnded: 'You are signed out everywhere ({count} sessions ended).',
  reconcileTitle: 'Reminders and deadlines',
  reconcileIntro:
    'If Redis lost its data, this rebuilds every pending deadline and reminder from the event log. Running it again does no harm.',
  reconcileDeadlines: 'Rebuild reminders from the log',
  reconcileDone:
    'Rebuilt: {added} added, {removed} removed, {late} late and sent now, {skipped} skipped, {busy} running, {retried} sent again, {outdated} older version, {streams} cases read.',
  reconcileHealthOk: 'Every scheduled job is in the queue now.',
  reconcileHealthMissing: '{missing} of {indexed} scheduled jobs are still missing from the queue.',
};
