import { unified } from '@astrojs/markdown-remark';
import remarkCjkFriendly from 'remark-cjk-friendly';
import remarkCjkFriendlyGfmStrikethrough from 'remark-cjk-friendly-gfm-strikethrough';
import rehypeGlossaryTerms from './rehype-glossary-terms.ts';
import rehypeJsxHeadings from './rehype-jsx-headings.ts';
import remarkSourceUrls from './remark-source-urls.ts';

/**
 * CommonMark emphasis fails next to Chinese punctuation (`**“引号加粗”**然后`); the first two plugins fix it.
 * The third ends a bare address's link where the URL ends, not at the next space.
 */
export const remarkPlugins = [remarkCjkFriendly, remarkCjkFriendlyGfmStrikethrough, remarkSourceUrls];
export const rehypePlugins = [rehypeJsxHeadings];

/**
 * The Markdown/MDX processor for the site. Astro 7's default Rust processor
 * silently ignores remark plugins, so this is the unified one. SmartyPants
 * would rewrite the source texts' quotes and dashes, so it is off. Glossary
 * terms link to the glossary page, under the site's base path.
 */
export const markdownProcessor = (options: { base: string } = { base: '/' }) =>
  unified({ remarkPlugins, rehypePlugins: [...rehypePlugins, [rehypeGlossaryTerms, options]], smartypants: false });
