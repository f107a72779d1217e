import { z } from 'zod';
import { fields } from './yaml-fields.ts';

/**
 * The public address of the site: an absolute http(s) URL of the host, without
 * a path (a sub-path goes in BASE_PATH), query or #fragment. Normalised to its
 * origin, `https://host:port`.
 */
export const publicAddress = z
  .string({ error: 'must be an absolute http(s) URL such as https://policy.example.net' })
  .trim()
  .transform((value, ctx) => {
    const url = URL.parse(value);
    const fail = (why: string) => {
      ctx.addIssue({ code: 'custom', message: `${why} (got ${JSON.stringify(value)})` });
      return z.NEVER;
    };
    if (!url || !/^https?:$/.test(url.protocol))
      return fail('must be an absolute http(s) URL such as https://policy.example.net');
    if (url.search || url.hash || value.includes('?') || value.includes('#'))
      return fail('must have no ?query or #fragment');
    if (url.username || url.password) return fail('must not carry a user name or password');
    if (url.pathname !== '/') return fail('must be the host only: put a sub-path in BASE_PATH');
    return url.origin;
  });

/** site.yaml at the root of the repository: settings of the deployed site, all optional. */
export const siteSettingsSchema = z.preprocess(
  (value) => value ?? {},
  fields({ url: publicAddress.optional() }, 'must be a mapping, e.g. url: https://policy.example.net'),
);
export type SiteSettings = z.output<typeof siteSettingsSchema>;
