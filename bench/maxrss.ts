/**
 * Preload for measuring peak memory where GNU time is missing: `node --import maxrss.js script`
 * writes the process's maximum resident set size (KiB) to the file named by BENCH_MAXRSS_FILE as
 * it exits. It reads no other input and changes nothing else about the run.
 */
import { writeFileSync } from 'node:fs';

const file = process.env.BENCH_MAXRSS_FILE;
if (file !== undefined && file !== '') {
  process.on('exit', () => {
    writeFileSync(file, `${process.resourceUsage().maxRSS}\n`);
  });
}
