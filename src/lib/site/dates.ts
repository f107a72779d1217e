/** Format a publication date written YYYY, YYYY-MM or YYYY-MM-DD for display, without inventing precision. */
export function formatDate(date: string, locale: 'zh' | 'en'): string {
  const [year, month, day] = date.split('-').map(Number);
  if (locale === 'zh') return `${year}年${month ? `${month}月` : ''}${day ? `${day}日` : ''}`;
  const monthName = month ? new Date(Date.UTC(2000, month - 1, 1)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' }) : '';
  return [day, monthName, year].filter(Boolean).join(' ');
}

/** Dates of different precision sort by their earliest possible day, most recent first. */
export function compareDatesDesc(a: string, b: string): number {
  return a < b ? 1 : a > b ? -1 : 0;
}
