import { formatDate } from './dates.ts';

export interface CitableWork {
  title: string;
  titleEn?: string;
  authors?: string[];
  /** The authors' names romanised, for the English citation. */
  authorsEn?: string[];
  outlet?: string;
  /** Absent for the site's own compilations (indicator pages), which have no date of their own. */
  published?: string;
  dateInferred?: boolean;
}

const SITE = { zh: '重庆区县科技政策参考（非官方）', en: 'Chongqing District S&T Policy Reference (unofficial)' };

/**
 * A citation of a text, in Chinese and in English, ending where the URL and the
 * access date go. Nothing is invented: an unknown outlet is said to be unknown,
 * an inferred date is marked.
 */
export function citation(work: CitableWork): { zh: string; en: string } {
  if (!work.published) {
    return {
      zh: `《${work.title}》，${SITE.zh}汇编，`,
      en: `${work.titleEn ? `"${work.titleEn}" (${work.title})` : work.title}. Compiled by ${SITE.en},`,
    };
  }
  const zhAuthors = work.authors?.length ? `${work.authors.join('、')}：` : '';
  const enNames = work.authorsEn ?? work.authors;
  const enAuthors = enNames?.length ? `${enNames.join(', ')}. ` : '';
  const zh = `${zhAuthors}《${work.title}》，${work.outlet ?? '原文未注明刊载媒体'}，${formatDate(work.published, 'zh')}${work.dateInferred ? '（推定）' : ''}。载${SITE.zh}，`;
  const enTitle = work.titleEn ? `"${work.titleEn}" (${work.title})` : `${work.title}`;
  const en = `${enAuthors}${enTitle}. ${work.outlet ?? 'Outlet not stated'}, ${formatDate(work.published, 'en')}${work.dateInferred ? ' (date inferred)' : ''}. In ${SITE.en},`;
  return { zh, en };
}
