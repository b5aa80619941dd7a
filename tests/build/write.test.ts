import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeArtifacts } from '../../src/build/write.js';
import { tempDir } from '../helpers/project.js';

describe('writeArtifacts', () => {
  it('writes new files and replaces old ones, leaving no temporary file', async () => {
    const root = tempDir({ 'a.txt': 'old a' });
    await writeArtifacts(root, [
      { path: 'a.txt', content: 'new a' },
      { path: 'deep/b.bin', content: new Uint8Array([1, 2, 3]) },
    ]);
    expect(readFileSync(path.join(root, 'a.txt'), 'utf8')).toBe('new a');
    expect([...readFileSync(path.join(root, 'deep/b.bin'))]).toEqual([1, 2, 3]);
    expect(readdirSync(root).sort()).toEqual(['a.txt', 'deep']);
  });

  it('restores every file already replaced when a later one fails', async () => {
    const root = tempDir({ 'a.txt': 'old a', 'b.txt': 'old b', 'c/keep': '' });
    writeFileSync(path.join(root, 'a.txt'), 'old a');
    await expect(
      writeArtifacts(root, [
        { path: 'a.txt', content: 'new a' },
        { path: 'b.txt', content: 'new b' },
        { path: 'c', content: 'a folder is in the way' },
      ]),
    ).rejects.toThrow(/Could not write c \(ENOTFILE\); no file was changed/);
    expect(readFileSync(path.join(root, 'a.txt'), 'utf8')).toBe('old a');
    expect(readFileSync(path.join(root, 'b.txt'), 'utf8')).toBe('old b');
    expect(readdirSync(root).sort()).toEqual(['a.txt', 'b.txt', 'c']);
  });
});
