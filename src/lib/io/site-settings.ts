import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../errors.ts';
import { publicAddress, siteSettingsSchema } from '../schemas/site-settings.ts';
import { readYaml } from './yaml-records.ts';

export const SITE_SETTINGS_FILE = 'site.yaml';

/**
 * The public address the build uses: SITE_URL when set (so a host's build
 * settings override the repository's), else `url:` in site.yaml, else none.
 * A bad value throws an InputError naming the setting (file:line for the file).
 */
export function siteAddress(root: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const fromEnv = env.SITE_URL?.trim();
  if (fromEnv) {
    const parsed = publicAddress.safeParse(fromEnv);
    if (!parsed.success) throw new InputError('SITE_URL', parsed.error.issues.map((issue) => issue.message).join('; '));
    return parsed.data;
  }
  const file = join(root, SITE_SETTINGS_FILE);
  if (!existsSync(file)) return undefined;
  return readYaml(SITE_SETTINGS_FILE, readFileSync(file, 'utf8'), siteSettingsSchema).value.url;
}
