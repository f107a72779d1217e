import type { Locale } from './locale.ts';

// Fixed names rather than Intl: output must not depend on the ICU data of the machine that builds.
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Format a publication date written YYYY, YYYY-MM or YYYY-MM-DD for display, without inventing precision. */
export function formatDate(date: string, locale: Locale): string {
  const [year, month, day] = date.split('-').map(Number);
  if (locale === 'zh') return `${year}年${month ? `${month}月` : ''}${day ? `${day}日` : ''}`;
  // A month past December has no name, and is left out like a missing one.
  const monthName = month ? MONTHS[month - 1] : '';
  return [day, monthName, year].filter(Boolean).join(' ');
}

/** Dates of different precision sort by their earliest possible day, most recent first. */
export function compareDatesDesc(a: string, b: string): number {
  return a < b ? 1 : a > b ? -1 : 0;
}

/** An ISO 8601 period for readers: 2023-01/2023-09 → 2023年1—9月 / Jan–Sep 2023; 2021/2025 → 2021—2025年 / 2021–2025. */
export function formatPeriod(period: string, locale: Locale): string {
  const [from = '', to] = period.split('/');
  if (!to) return formatDate(from, locale);
  const [y1, m1] = from.split('-');
  const [y2, m2] = to.split('-');
  if (!m1 || !m2) return locale === 'zh' ? `${y1}—${y2}年` : `${y1}–${y2}`;
  if (y1 === y2) {
    if (locale === 'zh') return `${y1}年${Number(m1)}—${Number(m2)}月`;
    return `${SHORT_MONTHS[Number(m1) - 1]}–${SHORT_MONTHS[Number(m2) - 1]} ${y1}`;
  }
  return `${formatDate(from, locale)}—${formatDate(to, locale)}`;
}
