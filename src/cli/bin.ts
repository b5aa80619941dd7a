#!/usr/bin/env node
import { main } from './main.js';
import { EXIT, processIo } from './io.js';

main(process.argv.slice(2), processIo()).then(
  (code) => {
    process.exitCode = code;
  },
  () => {
    process.exitCode = EXIT.usage;
  },
);
