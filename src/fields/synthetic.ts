/** Words by which a name or summary says its data is simulated, so that zero subjects is expected. */
export const SYNTHETIC = /\b(synthetic|simulated|in[- ]silico)\b/i;
