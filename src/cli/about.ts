/** What the tools say of themselves in machine-read reports (SARIF): their version and where they live. */
import packageJson from '../../package.json' with { type: 'json' };

export const VERSION: string = packageJson.version;

/**
 * The repository's page, as GitHub Actions names it (GITHUB_SERVER_URL and GITHUB_REPOSITORY), or
 * the package's homepage; nothing when neither is known, rather than an address made up.
 */
export function informationUri(env: Readonly<Record<string, string | undefined>>): { informationUri?: string } {
  if (env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY) return { informationUri: `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}` };
  const homepage = (packageJson as { homepage?: string }).homepage;
  return homepage === undefined ? {} : { informationUri: homepage };
}
