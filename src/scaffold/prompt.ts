/** Questions on a terminal or from piped answers, one line per answer. */
import { createInterface } from 'node:readline';

export interface Prompter {
  /** The next answer, or undefined when input has ended. */
  ask(question: string): Promise<string | undefined>;
  close(): void;
}

export function createPrompter(input: NodeJS.ReadableStream, output: { write(text: string): unknown }): Prompter {
  const lines = createInterface({ input, crlfDelay: Infinity, terminal: false });
  // Buffer lines as they arrive: piped answers can come before their question is asked.
  const iterator = lines[Symbol.asyncIterator]();
  return {
    async ask(question) {
      output.write(question);
      const next = await iterator.next();
      return next.done ? undefined : String(next.value);
    },
    close: () => lines.close(),
  };
}
