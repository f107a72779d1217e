import { z } from 'zod';

/**
 * Patterns and word lists shared by several schemas, declared once here so an
 * input, a page's frontmatter and the open data cannot disagree about them.
 */

/** Ids of sources, pages, indicators and glossary terms: lowercase ASCII words joined by hyphens. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Ids of figures: `<page key>.<passage id>.<n>`, e.g. `qijiang-2022-high-tech-zone.p22.2`. */
export const FIGURE_ID_PATTERN = /^[a-z0-9.-]+$/;

/** A publication date: YYYY, YYYY-MM or YYYY-MM-DD. */
export const DATE_PATTERN = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/** An ISO 8601 period: a date, or two joined by a slash (2021, 2023-01/2023-09). Built from a string so its source has no escaped slash. */
export const ISO_PERIOD_PATTERN = new RegExp('^\\d{4}(-\\d{2}(-\\d{2})?)?(/\\d{4}(-\\d{2}(-\\d{2})?)?)?$');

export const SOURCE_KINDS = ['report', 'plan'] as const;

/**
 * Where an English page stands: `reviewed` once it has been re-read in full against the Chinese and the findings
 * fixed; `draft` until then (a scaffold, or a page pre-filled from the translation memory).
 */
export const REVIEW_STATES = ['reviewed', 'draft'] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];

/** What a registered name (content/entities.yaml) names; the register is grouped by these, in this order. */
export const ENTITY_KINDS = ['place', 'organisation', 'company', 'document', 'programme', 'product', 'person'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];
export type SourceKind = (typeof SOURCE_KINDS)[number];

/**
 * What an indicator observation measures. `change` is a change in percentage points (提高0.3个百分点) and `ratio`
 * a multiple of an earlier value (是2015年的4.3倍): neither is ever a level.
 */
export const OBSERVATION_KINDS = [
  'actual',
  'cumulative',
  'increase',
  'growth-rate',
  'change',
  'ratio',
  'baseline',
  'target',
] as const;
export type ObservationKind = (typeof OBSERVATION_KINDS)[number];

export const observationKindSchema = z.enum(OBSERVATION_KINDS);

/**
 * Whether a person has checked an observation: `reviewed` ones come from
 * content/observations.yaml or from a 表 row named in content/indicators.yaml;
 * `proposed` ones were matched by the machine and are shown as such.
 */
export const OBSERVATION_STATUSES = ['reviewed', 'proposed'] as const;
export type ObservationStatus = (typeof OBSERVATION_STATUSES)[number];

export const observationStatusSchema = z.enum(OBSERVATION_STATUSES);

/**
 * The 26 districts and 12 counties of Chongqing, as the metadata writes them:
 * the short name, without 区 or 县 (綦江, not 綦江区), except 忠县, which is
 * called by its full name. With the English names the English pages use.
 */
export const CHONGQING_DISTRICTS: readonly { zh: string; en: string }[] = [
  // districts (区)
  { zh: '万州', en: 'Wanzhou' },
  { zh: '黔江', en: 'Qianjiang' },
  { zh: '涪陵', en: 'Fuling' },
  { zh: '渝中', en: 'Yuzhong' },
  { zh: '大渡口', en: 'Dadukou' },
  { zh: '江北', en: 'Jiangbei' },
  { zh: '沙坪坝', en: 'Shapingba' },
  { zh: '九龙坡', en: 'Jiulongpo' },
  { zh: '南岸', en: 'Nan’an' },
  { zh: '北碚', en: 'Beibei' },
  { zh: '綦江', en: 'Qijiang' },
  { zh: '大足', en: 'Dazu' },
  { zh: '渝北', en: 'Yubei' },
  { zh: '巴南', en: 'Banan' },
  { zh: '长寿', en: 'Changshou' },
  { zh: '江津', en: 'Jiangjin' },
  { zh: '合川', en: 'Hechuan' },
  { zh: '永川', en: 'Yongchuan' },
  { zh: '南川', en: 'Nanchuan' },
  { zh: '璧山', en: 'Bishan' },
  { zh: '铜梁', en: 'Tongliang' },
  { zh: '潼南', en: 'Tongnan' },
  { zh: '荣昌', en: 'Rongchang' },
  { zh: '开州', en: 'Kaizhou' },
  { zh: '梁平', en: 'Liangping' },
  { zh: '武隆', en: 'Wulong' },
  // counties (县), the last four autonomous counties (自治县)
  { zh: '城口', en: 'Chengkou' },
  { zh: '丰都', en: 'Fengdu' },
  { zh: '垫江', en: 'Dianjiang' },
  { zh: '忠县', en: 'Zhongxian' },
  { zh: '云阳', en: 'Yunyang' },
  { zh: '奉节', en: 'Fengjie' },
  { zh: '巫山', en: 'Wushan' },
  { zh: '巫溪', en: 'Wuxi' },
  { zh: '石柱', en: 'Shizhu' },
  { zh: '秀山', en: 'Xiushan' },
  { zh: '酉阳', en: 'Youyang' },
  { zh: '彭水', en: 'Pengshui' },
];
