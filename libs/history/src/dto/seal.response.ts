import type { Documents } from '@app/access';
import { ApiProperty } from '@nestjs/swagger';
import { SEAL_FORMAT, type Seal, type SealedStream } from '../verify/seal';

export class SealedStreamResponse {
  @ApiProperty() streamId!: string;
  @ApiProperty({ description: 'Events in the stream when sealed' }) length!: number;
  @ApiProperty({ description: "The hash of the stream's last event" }) lastHash!: string;
  @ApiProperty() firstPosition!: number;
  @ApiProperty() lastPosition!: number;
  @ApiProperty({ description: "A chain over the stream's (revision, position) pairs" })
  positionsDigest!: string;
}

export class SealSignerResponse {
  @ApiProperty() keyId!: string;
  @ApiProperty({ description: 'Ed25519 public key' }) publicKey!: string;
  @ApiProperty({ description: 'What an evaluator compares' }) fingerprint!: string;
}

/** `GET /api/history/seal`: keep it outside the system, check it later with `verify --seal`. */
export class SealResponse {
  @ApiProperty({ enum: [SEAL_FORMAT] }) format!: typeof SEAL_FORMAT;
  @ApiProperty({ format: 'date-time' }) sealedAt!: string;
  @ApiProperty({ description: 'Which store was sealed (kind and schema; never a password)' }) store!: string;
  @ApiProperty({ description: 'The highest global position' }) position!: number;
  @ApiProperty() events!: number;
  @ApiProperty({ description: 'A digest over the global order of all events' }) orderDigest!: string;
  @ApiProperty({ type: [SealedStreamResponse] }) streams!: SealedStreamResponse[];
  @ApiProperty({ type: SealSignerResponse }) signer!: SealSignerResponse;
  @ApiProperty({ description: 'Base64 Ed25519 signature over the rest' }) signature!: string;
}

/** What the route returns is what these classes document (checked by `tsc`). */
export type SealedStreamResponseDocumentsView = Documents<SealedStreamResponse, SealedStream>;
export type SealResponseDocumentsView = Documents<SealResponse, Seal>;
