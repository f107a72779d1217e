/**
 * The search queries the tests check for exactness and the benchmark times:
 * terms, places, names, figures, partial terms, single characters, and
 * queries no text contains (which must return nothing).
 */
export const SEARCH_QUERIES = [
  // indicator terms
  '高新技术企业',
  '研发投入强度',
  '专精特新',
  '知识价值信用贷款',
  '科技型企业',
  '国家科技型中小企业',
  '新型研发机构',
  '众创空间',
  '科技特派员',
  '技术合同',
  // districts and places
  '綦江',
  '黔江',
  '大足',
  '万盛',
  '渝东南',
  '北渡',
  '重庆',
  '成渝地区双城经济圈',
  '西部陆海新通道',
  // companies and programmes
  '綦江齿轮传动有限公司',
  '旗能电铝',
  '重庆大学',
  '揭榜挂帅',
  '智创綦江',
  '渝綦工匠',
  '科技活动周',
  '“专精特新”',
  // figures, with and without units
  '2.3%',
  '1063',
  '3.84亿元',
  '123家',
  '90.2%',
  '47.6',
  '5938人',
  '2025年',
  // partial terms, single characters, Latin letters in Chinese text
  '价值信用',
  '技术企',
  '特新',
  '綦',
  '齿',
  '5G',
  'OTC',
  // absent: nothing may be returned
  '北京',
  '1064',
  '2.35%',
  '上海',
  '高新技术企业园',
] as const;
