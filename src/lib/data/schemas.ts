/**
 * JSON Schemas (draft 2020-12) of the open data. The data page renders its field
 * documentation from these descriptions, so the two cannot drift apart.
 */
const isoPeriod = {
  type: 'string',
  pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?(/\\d{4}(-\\d{2}(-\\d{2})?)?)?$',
};

export const figureSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'figures.schema.json',
  title: 'Figures',
  description: 'Every quantitative figure in the Chinese source texts, with where it stands. 文中出现的每一个数字及其出处。',
  type: 'array',
  items: {
    type: 'object',
    additionalProperties: false,
    required: ['id', 'source', 'page', 'anchor', 'district', 'value', 'high', 'unit', 'raw', 'label', 'qualifier', 'period', 'sentence', 'page_title', 'published'],
    properties: {
      id: { type: 'string', description: 'Stable id: page key, paragraph id and position, e.g. qijiang-2022-high-tech-zone.p22.2. 稳定编号。' },
      source: { type: 'string', description: 'Id of the source text (sources/<id>.txt). 原始文本编号。' },
      page: { type: 'string', description: 'URL of the paragraph, relative to the site root, ending in its #anchor. 所在段落的网址（相对站点根目录）。' },
      anchor: { type: 'string', description: 'The figure\'s own anchor on that page (#fig-p22-2). 数字本身的锚点。' },
      district: { type: 'string', description: 'District the page reports on. 区县。' },
      value: { type: 'number', description: 'The number as written, without its multiplier: 3.5 for 3.5亿元. 数值（按原文，不含“万”“亿”）。' },
      high: { type: ['number', 'null'], description: 'Upper end of a range (10 for 5至10年), else null. 区间上限。' },
      unit: { type: 'string', description: 'Unit as written, with its multiplier: 亿元, 家, %, 个百分点, 件/万人. Empty when the text lost it. 单位（按原文）。' },
      raw: { type: 'string', description: 'The exact span of text. 原文片段。' },
      label: { type: 'string', description: 'What is counted or measured, as phrased in the text. 统计对象。' },
      qualifier: { type: 'array', items: { type: 'string' }, description: 'Qualifiers: 目标, 累计, 新增, 同比增长, 增长, 占比, 约, 近, 超过, 不低于, 余, 多, 以上, 左右, 前. In CSV, joined with ";". 限定词。' },
      period: { ...isoPeriod, description: 'The time the figure refers to, ISO 8601: 2021, 2023-03, 2023-01/2023-09, 2021/2025. 所指时期。' },
      sentence: { type: 'string', description: 'The whole Chinese sentence it stands in. 所在句子。' },
      page_title: { type: 'string', description: 'Title of the page. 页面标题。' },
      published: { type: 'string', description: 'Publication date of the source text (YYYY, YYYY-MM or YYYY-MM-DD; may be inferred). 原文刊发时间。' },
    },
  },
} as const;

export const observationSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'indicators.schema.json',
  title: 'Indicator observations',
  description: 'Observations of the canonical indicators, each pointing to the figure it was read from. 指标观测值，均指向原文数字。',
  type: 'array',
  items: {
    type: 'object',
    additionalProperties: false,
    required: ['indicator', 'indicator_name', 'indicator_name_en', 'district', 'period', 'kind', 'raw', 'value', 'unit', 'value_in_indicator_unit', 'indicator_unit', 'qualifier', 'definition', 'figure', 'page', 'source', 'published'],
    properties: {
      indicator: { type: 'string', description: 'Indicator id (indicators/<id>/). 指标编号。' },
      indicator_name: { type: 'string', description: 'Chinese name of the indicator. 指标名称。' },
      indicator_name_en: { type: 'string', description: 'English name of the indicator. 指标英文名称。' },
      district: { type: 'string', description: 'District. 区县。' },
      period: { ...isoPeriod, description: 'The time observed, ISO 8601. 所指时期。' },
      kind: { enum: ['actual', 'cumulative', 'increase', 'growth-rate', 'baseline', 'target'], description: 'actual: a level at a time; cumulative: a running total; increase: a rise over the period; growth-rate: a rate of growth; baseline and target: a plan\'s starting value and goal. 类型：实际值、累计、新增、增速、基期值、目标值。' },
      raw: { type: 'string', description: 'The figure as written in the text, with any bound (超过100家). 原文写法。' },
      value: { type: 'number', description: 'The number as written. 原文数值。' },
      unit: { type: 'string', description: 'Unit as written. 原文单位。' },
      value_in_indicator_unit: { type: ['number', 'null'], description: 'The value in the indicator\'s unit (2268万元 → 0.2268 亿元), or null where units do not convert (rates). 换算为指标单位的数值。' },
      indicator_unit: { type: 'string', description: 'The indicator\'s unit. 指标单位。' },
      qualifier: { type: 'array', items: { type: 'string' }, description: 'Qualifiers of the figure (see figures). 限定词。' },
      definition: { type: ['string', 'null'], description: 'How this measure differs from the indicator\'s definition, if it does; such values are flagged, not compared. 口径说明。' },
      figure: { type: 'string', description: 'Id of the figure in data/figures.json. 对应数字编号。' },
      page: { type: 'string', description: 'URL of the paragraph, relative to the site root. 出处段落。' },
      source: { type: 'string', description: 'Id of the source text. 原始文本编号。' },
      published: { type: 'string', description: 'Publication date of the source text. 原文刊发时间。' },
    },
  },
} as const;

/** Column order of the CSV files: the schema's property order. */
export const figureColumns = Object.keys(figureSchema.items.properties) as (keyof typeof figureSchema.items.properties)[];
export const observationColumns = Object.keys(observationSchema.items.properties) as (keyof typeof observationSchema.items.properties)[];
