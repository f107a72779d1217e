/**
 * The licence of what this site makes: its data, charts and translations. The
 * source texts are not ours and stay their publishers'. One declaration, used
 * by the footer, the data pages, chart images, embed pages and JSON-LD.
 */
export const SITE_LICENCE = {
  id: 'CC-BY-4.0',
  name: 'CC BY 4.0',
  url: 'https://creativecommons.org/licenses/by/4.0/',
  covers: {
    zh: '本站整理的数据、图表和英文译文',
    en: "This site's data, charts and English translations",
  },
  sourceTexts: {
    zh: '原文版权归原发布单位所有。',
    en: 'The source texts remain the copyright of their publishers.',
  },
} as const;
