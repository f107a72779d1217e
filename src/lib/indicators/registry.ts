import { parse } from 'yaml';
import { z } from 'zod';
import { InputError } from '../errors.ts';
import { readYaml } from '../io/yaml-records.ts';
import { splitFrontmatter } from '../mdx/read.ts';
import {
  indicatorsSchema,
  provisionalIndicatorSchema,
  type Indicator as RegisteredIndicator,
  type ProvisionalIndicator,
} from '../schemas/indicators.ts';

/** An indicator of content/indicators.yaml, or one a plan's table row made (`provisional`). */
export type Indicator = RegisteredIndicator & { provisional?: true };
export type { ProvisionalIndicator };

export function parseIndicators(file: string, text: string): Indicator[] {
  return readYaml(file, text, indicatorsSchema).value;
}

/**
 * A provisional indicator in the registry's shape. It has no English name: the Chinese stands in for it (and pages
 * mark it as Chinese), and its definition says that no person has defined it.
 */
export function provisionalAsIndicator(p: ProvisionalIndicator): Indicator {
  return {
    id: p.id,
    name: p.name,
    nameEn: p.name,
    unit: p.unit,
    unitEn: p.unit,
    tableRow: p.tableRow,
    definition: `规划指标表中的一行，尚未列入指标目录（content/indicators.yaml），由程序自动生成，未经人工定义：“${p.tableRow}”。`,
    definitionEn: `A row of a plan's indicator table that is not yet in the indicator register (content/indicators.yaml); made automatically and not defined by a person: "${p.tableRow}".`,
    provisional: true,
  };
}

const inFrontmatter = z.looseObject({ provisionalIndicators: z.array(provisionalIndicatorSchema).optional() });

/** The provisional indicators a generated Chinese page lists in its frontmatter (none when it lists none). */
export function provisionalIndicatorsIn(file: string, mdx: string): ProvisionalIndicator[] {
  const yaml = splitFrontmatter(mdx)?.yaml;
  // Most pages list none: parsing every page's frontmatter to find that out cost 25 s a build at 10,000 texts.
  if (yaml === undefined || !yaml.includes('provisionalIndicators')) return [];
  const parsed = inFrontmatter.safeParse(parse(yaml, { version: '1.1' }));
  if (!parsed.success) throw new InputError(file, `provisionalIndicators: ${parsed.error.issues[0]?.message ?? ''}`);
  return parsed.data.provisionalIndicators ?? [];
}
