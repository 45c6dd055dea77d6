import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ACCESS_ROLES, type AccessRole, type Documents, type Principal } from '@app/access';

/** A 202's body: what was accepted, in words (the same whatever the address, see the route). */
export class AcceptedResponse {
  @ApiProperty() message!: string;
}

/** Who a session speaks for. */
export class PrincipalResponse {
  @ApiProperty() personId!: string;
  @ApiProperty({ enum: ACCESS_ROLES }) role!: AccessRole;
  @ApiPropertyOptional({ description: 'Absent for an admin' }) councilId?: string;
}

/** `POST /api/sign-in/complete`: the session is in the HttpOnly cookie; this says whose it is. */
export class SignedInResponse extends PrincipalResponse {
  @ApiProperty({ format: 'date-time' }) expiresAt!: string;
}

/** `GET /api/sign-in/session`: every field absent (`{}`) when the browser has no live session. */
export class SessionResponse {
  @ApiPropertyOptional() personId?: string;
  @ApiPropertyOptional({
    enum: ACCESS_ROLES,
    description:
      "The role the council's record gives the person now, not the one the session began with (that one when the person holds no place any more: the next request is refused)",
  })
  role?: AccessRole;
  @ApiPropertyOptional() councilId?: string;
}

export class LiveSessionResponse {
  @ApiProperty({ description: "The role it acts in now, as the council's record gives it" }) role!: string;
  @ApiProperty({ format: 'date-time' }) startedAt!: string;
  @ApiProperty({ format: 'date-time' }) expiresAt!: string;
  @ApiProperty({ description: 'The session this request came with' }) current!: boolean;
}

export class EndedSessionsResponse {
  @ApiProperty({ description: 'How many live sessions were ended' }) ended!: number;
}

/** What the routes return is what these classes document (checked by `tsc`). */
export type PrincipalResponseDocumentsView = Documents<PrincipalResponse, Principal>;
export type SessionResponseDocumentsView = Documents<SessionResponse, Partial<Principal>>;

export class OidcMethodResponse {
  @ApiProperty({ description: "The provider's name, for the button: “Log ind med <name>”" }) name!: string;
}

/** `GET /api/sign-in/methods`: besides the mailed link (always offered), the region's provider when configured. */
export class SignInMethodsResponse {
  @ApiPropertyOptional({ type: OidcMethodResponse }) oidc?: OidcMethodResponse;
}
