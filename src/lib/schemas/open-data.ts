import { z } from 'zod';
import { ISO_PERIOD_PATTERN, observationKindSchema, observationStatusSchema } from './vocabulary.ts';

/**
 * Records of the open data (data/figures.json, data/indicators.json and their
 * CSVs). The descriptions document each field: the published JSON Schemas and
 * the data page are generated from them (src/lib/data/schemas.ts), and the CSV
 * columns follow the order of the fields here.
 */
const isoPeriod = z.string().regex(ISO_PERIOD_PATTERN);

export const figureDataSchema = z.strictObject({
  id: z
    .string()
    .describe('Stable id: page key, paragraph id and position, e.g. qijiang-2022-high-tech-zone.p22.2. 稳定编号。'),
  source: z.string().describe('Id of the source text (sources/<id>.txt). 原始文本编号。'),
  page: z
    .string()
    .describe(
      'URL of the paragraph, relative to the site root, ending in its #anchor. 所在段落的网址（相对站点根目录）。',
    ),
  anchor: z.string().describe("The figure's own anchor on that page (#fig-p22-2). 数字本身的锚点。"),
  district: z.string().describe('District the page reports on. 区县。'),
  value: z
    .number()
    .describe('The number as written, without its multiplier: 3.5 for 3.5亿元. 数值（按原文，不含“万”“亿”）。'),
  high: z.number().nullable().describe('Upper end of a range (10 for 5至10年), else null. 区间上限。'),
  unit: z
    .string()
    .describe(
      'Unit as written, with its multiplier: 亿元, 家, %, 个百分点, 件/万人. Empty when the text lost it. 单位（按原文）。',
    ),
  raw: z.string().describe('The exact span of text. 原文片段。'),
  label: z.string().describe('What is counted or measured, as phrased in the text. 统计对象。'),
  qualifier: z
    .array(z.string())
    .describe(
      'Qualifiers: 目标, 累计, 新增, 同比增长, 增长, 占比, 约, 近, 超过, 不低于, 余, 多, 以上, 左右, 前. In CSV, joined with ";". 限定词。',
    ),
  period: isoPeriod.describe(
    'The time the figure refers to, ISO 8601: 2021, 2023-03, 2023-01/2023-09, 2021/2025. 所指时期。',
  ),
  sentence: z.string().describe('The whole Chinese sentence it stands in. 所在句子。'),
  page_title: z.string().describe('Title of the page. 页面标题。'),
  published: z
    .string()
    .describe('Publication date of the source text (YYYY, YYYY-MM or YYYY-MM-DD; may be inferred). 原文刊发时间。'),
});

export const figuresDataSchema = z.array(figureDataSchema).meta({
  title: 'Figures',
  description:
    'Every quantitative figure in the Chinese source texts, with where it stands. 文中出现的每一个数字及其出处。',
});

export const observationDataSchema = z.strictObject({
  indicator: z.string().describe('Indicator id (indicators/<id>/). 指标编号。'),
  indicator_name: z.string().describe('Chinese name of the indicator. 指标名称。'),
  indicator_name_en: z.string().describe('English name of the indicator. 指标英文名称。'),
  district: z.string().describe('District. 区县。'),
  period: isoPeriod.describe('The time observed, ISO 8601. 所指时期。'),
  kind: observationKindSchema.describe(
    "actual: a level at a time; cumulative: a running total; increase: a rise over the period; growth-rate: a rate of growth; change: a change in percentage points; ratio: a multiple of an earlier value; baseline and target: a plan's starting value and goal. 类型：实际值、累计、新增、增速、百分点变化、倍数、基期值、目标值。",
  ),
  status: observationStatusSchema.describe(
    'reviewed: checked by a person; proposed: matched automatically, not yet reviewed. 核对状态：reviewed 为人工核对；proposed 为自动匹配，未经人工核对。',
  ),
  raw: z.string().describe('The figure as written in the text, with any bound (超过100家). 原文写法。'),
  value: z.number().describe('The number as written. 原文数值。'),
  unit: z.string().describe('Unit as written. 原文单位。'),
  value_in_indicator_unit: z
    .number()
    .nullable()
    .describe(
      "The value in the indicator's unit (2268万元 → 0.2268 亿元), or null where units do not convert (rates). 换算为指标单位的数值。",
    ),
  indicator_unit: z.string().describe("The indicator's unit. 指标单位。"),
  qualifier: z.array(z.string()).describe('Qualifiers of the figure (see figures). 限定词。'),
  definition: z
    .string()
    .nullable()
    .describe(
      "How this measure differs from the indicator's definition, if it does; such values are flagged, not compared. 口径说明。",
    ),
  definition_en: z.string().nullable().describe('The definition note in English. 口径说明（英文）。'),
  figure: z.string().describe('Id of the figure in data/figures.json. 对应数字编号。'),
  page: z.string().describe('URL of the paragraph, relative to the site root. 出处段落。'),
  anchor: z
    .string()
    .describe(
      "The figure's own anchor on that page (#fig-p22-2): the site links the value there. 数字本身的锚点（本站的出处链接指向这里）。",
    ),
  source: z.string().describe('Id of the source text. 原始文本编号。'),
  published: z.string().describe('Publication date of the source text. 原文刊发时间。'),
});

export const observationsDataSchema = z.array(observationDataSchema).meta({
  title: 'Indicator observations',
  description:
    'Observations of the canonical indicators, each pointing to the figure it was read from. 指标观测值，均指向原文数字。',
});

/** One figure in the open data. */
export type FigureData = z.infer<typeof figureDataSchema>;
/** One indicator observation in the open data. */
export type ObservationData = z.infer<typeof observationDataSchema>;
