import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Two cores: forks keep memory predictable and isolate the CLI tests that chdir or spawn.
    pool: 'forks',
    testTimeout: 20_000,
  },
});
