import { createHash } from 'node:crypto';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { ReadModelSql, setUpSchema } from '@app/event-store';

/**
 * The bytes of uploaded attachments, content-addressed by SHA-256 and stored once, in a table of
 * the read-model database (PGlite under DATA_DIR, or PostgreSQL): every API process sees them,
 * and a file uploaded twice, or attached to two items, is one row. The table is not a projection
 * (the bytes are not in the log, only their hash, name, size and type are), so a read-model rebuild
 * leaves it alone, and a backup of the installation takes it with the events.
 */
@Injectable()
export class AttachmentFiles implements OnModuleInit {
  constructor(private readonly sql: ReadModelSql) {}

  async onModuleInit(): Promise<void> {
    await setUpSchema(this.sql, async (tx) => {
      await tx.query(`CREATE TABLE IF NOT EXISTS councils_attachment_files (
        sha256     text        PRIMARY KEY,
        content    bytea       NOT NULL,
        size       integer     NOT NULL,
        stored_at  timestamptz NOT NULL DEFAULT now()
      )`);
    });
  }

  /** Stores the bytes (once) and answers their SHA-256, in hex. */
  async put(bytes: Buffer): Promise<string> {
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    await this.sql.query(
      `INSERT INTO councils_attachment_files (sha256, content, size) VALUES ($1, $2, $3)
       ON CONFLICT (sha256) DO NOTHING`,
      [sha256, bytes, bytes.length],
    );
    return sha256;
  }

  async get(sha256: string): Promise<Buffer | undefined> {
    const { rows } = await this.sql.query<{ content: Uint8Array }>(
      'SELECT content FROM councils_attachment_files WHERE sha256 = $1',
      [sha256],
    );
    return rows[0] && Buffer.from(rows[0].content);
  }
}
