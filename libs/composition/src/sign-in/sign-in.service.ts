import {
  Inject,
  Injectable,
  Logger,
  Optional,
  ServiceUnavailableException,
  type OnModuleDestroy,
} from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import {
  isHeldOffice,
  placeHeldBy,
  SessionLookup,
  sessionPrincipal,
  takesRoleFromRecord,
  type Principal,
} from '@app/access';
import { MailTransport, SmtpMailTransport } from '@app/notifications';
import { Clock, NotFoundError, SystemClock } from '@app/kernel';
import { CouncilDirectory } from '@app/councils';
import { PlacesByAddress, placesIn, type HeldPlace } from './places-by-address';
import { SIGN_IN_OPTIONS, type SignInOptions } from './sign-in-options';
import { SignInStore, type Redemption } from './sign-in-store';

/** Links, sessions and flows are deleted a day after they ended (docs/sign-in.md). */
export const PRUNE_AFTER_MS = 86_400_000;

/** What a refused link says, so the page can tell the person what to do next. */
export const LINK_REFUSALS: Record<Exclude<Redemption, { principal: Principal }>['refused'], string> = {
  unknown: 'this sign-in link is not known; ask for a new one',
  used: 'this sign-in link has already been used; ask for a new one',
  expired: 'this sign-in link has expired; ask for a new one',
};

/**
 * Sign-in by an e-mailed, single-use link, and the sessions it starts. Only the record's people
 * get a link; anyone else gets the same answer and no mail (see the controller).
 */
@Injectable()
export class SignInService extends SessionLookup implements OnModuleDestroy {
  private readonly logger = new Logger('SignIn');
  private readonly clock: Clock;
  private readonly transport?: MailTransport;
  private ownTransport?: SmtpMailTransport;

  constructor(
    @Inject(SIGN_IN_OPTIONS) private readonly options: SignInOptions,
    private readonly store: SignInStore,
    private readonly places: PlacesByAddress,
    private readonly councils: CouncilDirectory,
    @Optional() @Inject(Clock) clock?: Clock,
    @Optional() @Inject(MailTransport) transport?: MailTransport,
  ) {
    super();
    this.clock = clock ?? new SystemClock();
    if (transport) this.transport = transport;
    else if (options.smtpUrl) this.transport = this.ownTransport = new SmtpMailTransport(options.smtpUrl);
  }

  onModuleDestroy(): void {
    this.ownTransport?.close();
  }

  /** Mails a link for each place the address holds; nothing at all for an address the record does not know. */
  async request(email: string, pageOrigin: string): Promise<void> {
    for (const place of await this.places.of(email)) await this.sendLink(place, email, pageOrigin, 'sign-in');
  }

  /** The secretary's invitation: a link to the member's address in the record. */
  async invite(councilId: string, personId: string, pageOrigin: string): Promise<void> {
    // The secretary is told, not answered 202 for a mail that can never leave.
    if (!this.transport)
      throw new ServiceUnavailableException('no invitation can be mailed: SMTP_URL is not set');
    const council = await this.councils.get(councilId);
    const member = council.members.find((m) => m.personId === personId);
    if (!member) throw new NotFoundError(`${personId} is not a member of council ${councilId}`);
    const place = placesIn(council, member.email).find((p) => p.principal.personId === personId);
    if (!place) throw new NotFoundError(`${personId} is not a member of council ${councilId}`);
    await this.sendLink(place, member.email, pageOrigin, 'invitation');
  }

  async complete(
    secret: string,
  ): Promise<{ secret: string; principal: Principal; expiresAt: string } | string> {
    const now = this.clock.now();
    const redeemed = await this.store.redeemLink(secret, now);
    if ('refused' in redeemed) return LINK_REFUSALS[redeemed.refused];
    const session = await this.store.startSession(redeemed.principal, now, this.options.sessionTtlMs);
    // Each sign-in clears away what ended long ago, so the tables stay the size of a day's use.
    await this.store.prune(now, PRUNE_AFTER_MS).catch((error: unknown) => {
      this.logger.warn(
        `old sign-in rows not pruned: ${error instanceof Error ? error.message : String(error)}`,
      );
    });
    const expiresAt = new Date(now.getTime() + this.options.sessionTtlMs).toISOString();
    return { secret: session, principal: await this.asNow(redeemed.principal), expiresAt };
  }

  principalOf(sessionSecret: string): Promise<Principal | undefined> {
    return this.store.sessionOf(sessionSecret, this.clock.now());
  }

  /**
   * Who the session speaks for now, for the pages (`GET /api/sign-in/session`): its person and
   * council, with the role the council's record gives the person at this moment, as the guard
   * reads it on every request (issue 19). A page loaded after an election shows the chair's pages.
   */
  async currentOf(sessionSecret: string): Promise<Principal | undefined> {
    const session = await this.principalOf(sessionSecret);
    return session && this.asNow(session);
  }

  /**
   * The session with the role the record gives its person now. Someone who holds no place any
   * more is answered as the session began: the page's first request then gets the guard's 403
   * `not_in_office`, and the page ends the session and says why.
   */
  private async asNow(session: Principal): Promise<Principal> {
    if (!takesRoleFromRecord(session)) return session;
    const holders = await this.councils.holders(session.councilId!);
    const resolved = holders && sessionPrincipal(session, holders);
    return resolved && 'principal' in resolved ? resolved.principal : session;
  }

  end(sessionSecret: string): Promise<void> {
    return this.store.endSession(sessionSecret, this.clock.now());
  }

  /** Each live session with the role it acts in now (all are the one person in the one council). */
  async sessionsOf(person: Pick<Principal, 'personId' | 'councilId'>, currentSecret?: string) {
    const sessions = await this.store.liveSessions(person, this.clock.now(), currentSecret);
    const holders = person.councilId ? await this.councils.holders(person.councilId) : undefined;
    const place = holders && placeHeldBy(person.personId, holders);
    return sessions.map((s) =>
      place && isHeldOffice(s.role as Principal['role']) ? { ...s, role: place } : s,
    );
  }

  endAll(person: Pick<Principal, 'personId' | 'councilId'>): Promise<number> {
    return this.store.endAll(person, this.clock.now());
  }

  private async sendLink(place: HeldPlace, to: string, pageOrigin: string, kind: 'sign-in' | 'invitation') {
    if (!this.transport) {
      this.logger.warn('SMTP_URL is not set: no sign-in link can be mailed');
      return;
    }
    const secret = await this.store.createLink(place.principal, this.clock.now(), this.options.linkTtlMs);
    // The secret goes after `#`, so it never reaches a server log or a Referer header.
    const link = `${this.options.publicUrl ?? pageOrigin}/#/log-ind/${secret}`;
    const minutes = Math.round(this.options.linkTtlMs / 60_000);
    const role = { chair: 'formand', member: 'medlem', secretary: 'sekretær' }[
      place.principal.role as string
    ];
    const opening =
      kind === 'invitation'
        ? `Du er inviteret til ${place.councilName}s sider som ${role}.`
        : `Du har bedt om at logge ind på ${place.councilName}s sider som ${role}.`;
    await this.transport.send({
      from: this.options.from,
      to,
      subject: kind === 'invitation' ? `Invitation: ${place.councilName}` : `Log ind: ${place.councilName}`,
      text: [
        `Kære ${place.name}`,
        '',
        opening,
        `Følg linket for at logge ind. Det virker én gang og i ${minutes} minutter:`,
        '',
        link,
        '',
        'Har du ikke bedt om det, kan du se bort fra denne mail.',
      ].join('\n'),
      messageId: `sign-in.${randomUUID()}@council-engine`,
    });
  }
}
