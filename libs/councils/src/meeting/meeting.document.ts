import { WITHHELD } from './closed-items.rules';
import type { meetingView } from './meeting.view';

type View = ReturnType<typeof meetingView>;
export type MeetingDocumentKind = 'agenda' | 'minutes';

export interface DocumentContext {
  councilName: string;
  timeZone: string;
  /** Person id to name; an id without a name is shown as it is. */
  names: Map<string, string>;
  /** The path under which the items' uploaded files are served (`…/meetings/:id/agenda-items`). */
  filesPath?: string;
  /** On the agenda: earlier meetings' action points still open, listed until done. */
  openActionPoints?: {
    text: string;
    owner: string;
    ownerNamed?: boolean;
    ownerOrganisation?: string | null;
    dueAt: string | null;
  }[];
  /** A joint meeting: the other councils' open items, each council's after this council's own. */
  otherCouncils?: { name: string; agenda: View['agenda'] }[];
}

/** `withheld`: a closed item shown to a reader outside the council (closed-items.rules). */
type Item = View['agenda'][number] & { withheld?: true };

/** The sections of an item in the region's layout (seed 003), in its order, with the view's field. */
const SECTIONS: [string, keyof View['agenda'][number]][] = [
  ['Resumé', 'summary'],
  ['Indstilling', 'recommendation'],
  ['Sagsfremstilling', 'presentation'],
  ['Økonomi', 'economy'],
  ['Tidligere beslutninger', 'previousDecisions'],
];

/**
 * The agenda or the minutes as the region writes them (seed 003), in Danish Markdown: a header
 * with date, time, place and participants, a table of contents, then per item its number,
 * "(Åben)", title, Sags ID, Dok ID and sections; the minutes add Beslutning and Fraværende. An
 * empty section shows "." as the region's minutes do.
 */
export function meetingMarkdown(view: View, kind: MeetingDocumentKind, context: DocumentContext): string {
  const name = (id: string) => context.names.get(id) ?? id;
  // A named owner from the region (issue 17) is printed as written, with her organisation.
  const ownerName = (p: { owner: string; ownerNamed?: boolean; ownerOrganisation?: string | null }) =>
    p.ownerNamed ? [p.owner, p.ownerOrganisation].filter(Boolean).join(', ') : name(p.owner);
  const lines: string[] = [];
  const approved = view.minutes.approved;
  const heading = kind === 'agenda' ? 'DAGSORDEN' : approved ? 'REFERAT' : 'UDKAST TIL REFERAT';
  lines.push(
    `# ${heading} ${context.councilName}${view.startsAt ? ` d. ${day(view.startsAt, context.timeZone)}` : ''}`,
    '',
  );
  if (view.cancelled) lines.push(`**Mødet er aflyst:** ${view.cancelled.reason}`, '');
  lines.push(
    `Mødedato: ${view.startsAt ? when(view.startsAt, view.endsAt, context.timeZone) : 'Dato og tidspunkt følger'}  `,
  );
  if (view.place) lines.push(`Mødested: ${view.place}  `);
  if (view.online) lines.push(`Online: ${view.online}  `);
  const participants = [...view.attendance.present, ...view.attendance.absent.map((a) => a.personId)];
  if (participants.length > 0) lines.push(`Mødedeltagere: ${participants.map(name).join(', ')}  `);
  // The letter after each absent name, as the region prints it: (F) with notice, (V) without.
  const letterOf = new Map(view.attendance.absent.map((a) => [a.personId, a.letter]));
  const absentName = (id: string) => `${name(id)}${letterOf.has(id) ? ` (${letterOf.get(id)})` : ''}`;
  if (kind === 'minutes' && view.attendance.absent.length > 0) {
    lines.push(`Fraværende: ${view.attendance.absent.map((a) => absentName(a.personId)).join(', ')}  `);
  }
  if (view.attendance.guests.length > 0) {
    const guests = view.attendance.guests.map((g) =>
      [g.name, g.organisation, g.role].filter((part) => part !== undefined).join(', '),
    );
    lines.push(`Gæster: ${guests.join('; ')}  `);
  }
  const open = context.openActionPoints ?? [];
  if (open.length > 0) {
    lines.push('', '## Åbne opfølgningspunkter fra tidligere møder', '');
    for (const p of open) {
      lines.push(
        `- ${p.text} (${ownerName(p)}${p.dueAt ? `, frist ${day(p.dueAt, context.timeZone)}` : ''})`,
      );
    }
  }
  const others = context.otherCouncils ?? [];
  // A joint meeting's items are numbered on each council's own agenda: the others' are named by council.
  const label = (council: string | undefined, item: Item) =>
    council === undefined ? `${item.number}` : `${council} ${item.number}`;
  const parts: [string | undefined, Item[]][] = [
    [undefined, view.agenda],
    ...others.map((o): [string, Item[]] => [o.name, o.agenda]),
  ];
  lines.push('', '## Indholdsfortegnelse', '');
  for (const [council, items] of parts) {
    if (council !== undefined && items.length > 0) lines.push('', `Punkter fra ${council}:`, '');
    for (const item of items) lines.push(`${label(council, item)}. ${item.title}`);
  }
  for (const [council, items] of parts) {
    for (const item of items) {
      itemLines(lines, item, label(council, item), kind, {
        absentName,
        // Another council's uploaded files are served under its own address, not this council's.
        filesPath: council === undefined ? context.filesPath : undefined,
      });
    }
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

/** One item in the region's layout: number, "(Åben)", title, Sags ID, Dok ID, sections, Bilag. */
function itemLines(
  lines: string[],
  item: Item,
  number: string,
  kind: MeetingDocumentKind,
  context: { absentName: (id: string) => string; filesPath: string | undefined },
): void {
  const { absentName } = context;
  lines.push('', `## Punkt ${number}: ${item.title}`, '');
  lines.push(`${number} (${item.open ? 'Åben' : 'Lukket'}) ${item.title}`, '');
  if (item.withheld) {
    lines.push(`${WITHHELD}: punktet og dets bilag er kun for rådet.`, '');
    return;
  }
  if (item.caseId) lines.push(`Sags ID: ${item.caseId}  `);
  if (item.documentId) lines.push(`Dok ID: ${item.documentId}  `);
  if (item.presenters.length > 0) {
    lines.push(
      `Oplæg: ${item.presenters.map((p) => [p.name, p.organisation].filter(Boolean).join(', ')).join('; ')}  `,
    );
  }
  for (const [title, field] of SECTIONS) section(lines, title, item[field] as string | null);
  if (kind === 'minutes') {
    const decision = item.postponed ? `Punktet blev udsat: ${item.postponed.reason}` : item.decision;
    section(lines, 'Beslutning', decision);
    section(lines, 'Fraværende', item.absent.map(absentName).join('\n') || null);
    for (const correction of item.corrections) {
      lines.push(`*Rettet efter godkendelsen: ${correction.reason}*`, '');
    }
  }
  const attachments = item.attachments.map((a) => {
    const file =
      a.file &&
      context.filesPath !== undefined &&
      `${context.filesPath}/${item.id}/attachments/${a.file.sha256}`;
    const link = a.url ?? (file || undefined);
    return `- ${link ? `[${a.title}](${link})` : a.title}${a.documentId ? ` (Dok ID ${a.documentId})` : ''}`;
  });
  section(lines, 'Bilag', attachments.join('\n') || null);
}

function section(lines: string[], title: string, text: string | null | undefined): void {
  lines.push(`### ${title}`, '', text && text.trim() !== '' ? text : '.', '');
}

function day(instant: string, timeZone: string): string {
  return new Intl.DateTimeFormat('da-DK', { timeZone, day: '2-digit', month: '2-digit', year: 'numeric' })
    .format(new Date(instant))
    .replace(/\./g, '-');
}

function when(startsAt: string, endsAt: string | null, timeZone: string): string {
  const date = new Intl.DateTimeFormat('da-DK', {
    timeZone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(new Date(startsAt));
  const time = (at: string) =>
    new Intl.DateTimeFormat('da-DK', { timeZone, hour: '2-digit', minute: '2-digit' }).format(new Date(at));
  return `${date} kl. ${time(startsAt)}${endsAt ? `-${time(endsAt)}` : ''}`;
}
