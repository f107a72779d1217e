import { feedResponse } from '../site-data/feed.ts';

/** The Chinese Atom feed of the reports and plan pages. */
export const GET = () => feedResponse('zh');
