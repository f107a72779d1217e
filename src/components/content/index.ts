// The components generated MDX pages may use (see src/lib/mdx/body.ts).
import Box from './Box.astro';
import Byline from './Byline.astro';
import Caption from './Caption.astro';
import Corr from './Corr.astro';
import Fig from './Fig.astro';
import Li from './Li.astro';
import List from './List.astro';
import P from './P.astro';
import PrintResidue from './PrintResidue.astro';
import Table from './Table.astro';
import Tn from './Tn.astro';

export const contentComponents = { Box, Byline, Caption, Corr, Fig, Li, List, P, PrintResidue, Table, Tn };
