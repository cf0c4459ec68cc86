import { describe, expect, it } from 'vitest';
import { boardId, tenantId } from '../../src/domain/ids.js';
import { signDownload, verifyDownload } from '../../src/services/download-links.js';

const grant = {
  kind: 'attendance.csv' as const,
  tenantId: tenantId('t1'),
  boardId: boardId('b1'),
  aadObjectId: 'aad-1',
};
const now = new Date('2026-11-23T09:00:00Z');
const SECRET = 'secret-secret-secret-secret-secret-1';

describe('download links', () => {
  it('verify while fresh and expire after 15 minutes', () => {
    const token = signDownload(grant, SECRET, now);
    expect(verifyDownload(token, SECRET, new Date(now.getTime() + 14 * 60_000))).toMatchObject(
      grant,
    );
    expect(verifyDownload(token, SECRET, new Date(now.getTime() + 16 * 60_000))).toBeUndefined();
  });

  it.each([
    ['another secret', (t: string) => t, 'another-secret-another-secret-000'],
    [
      'a changed payload',
      (t: string) =>
        `${Buffer.from(JSON.stringify({ ...grant, boardId: 'b2', expires: 9e9 })).toString('base64url')}.${t.split('.')[1]}`,
      SECRET,
    ],
    ['a cut signature', (t: string) => t.slice(0, -3), SECRET],
    ['no signature', (t: string) => t.split('.')[0]!, SECRET],
    ['extra parts', (t: string) => `${t}.x`, SECRET],
    ['garbage', () => 'not-a-token', SECRET],
  ])('refuse %s', (_name, mangle, secret) => {
    expect(verifyDownload(mangle(signDownload(grant, SECRET, now)), secret, now)).toBeUndefined();
  });
});
