/**
 * Progress on stderr while links are checked: a bar redrawn in place on a terminal, one plain
 * line per settled link elsewhere (CI logs, pipes).
 */
import type { Io } from '../cli/io.js';
import type { LinkResult } from './verdict.js';

export interface Progress {
  tick(result: LinkResult): void;
  done(): void;
}

const WIDTH = 24;

export function createProgress(io: Pick<Io, 'stderr' | 'env'>, total: number): Progress {
  const stream = io.stderr;
  let settled = 0;
  const counts = { ok: 0, warn: 0, broken: 0 };
  if (stream.isTTY === true && !io.env.CI) {
    let drawnAt = 0;
    const draw = () => {
      const filled = total === 0 ? WIDTH : Math.round((settled / total) * WIDTH);
      stream.write(
        `\r\x1b[K[${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${settled}/${total}  ${counts.broken} broken, ${counts.warn} could not tell`,
      );
    };
    return {
      tick(result) {
        settled++;
        counts[result.verdict]++;
        const now = Date.now();
        if (now - drawnAt >= 100 || settled === total) {
          drawnAt = now;
          draw();
        }
      },
      done: () => stream.write('\r\x1b[K'),
    };
  }
  const width = String(total).length;
  return {
    tick(result) {
      settled++;
      stream.write(`[${String(settled).padStart(width)}/${total}] ${result.verdict.padEnd(6)} ${result.url}  ${result.reason}\n`);
    },
    done() {},
  };
}
