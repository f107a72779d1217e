import { feedResponse } from '../../site-data/feed.ts';

/** The English Atom feed of the translated reports and plan pages. */
export const GET = () => feedResponse('en');
