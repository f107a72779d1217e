/**
 * English text that quotes Chinese (亿 is 100 million) cut into runs, so each
 * Chinese run can carry lang="zh-CN" (WCAG 3.1.2, language of parts): screen
 * readers then read it in Chinese, and the browser picks a CJK font.
 */
export function hanRuns(text: string): { text: string; han: boolean }[] {
  return [...text.matchAll(/(\p{Script=Han}+)|[^\p{Script=Han}]+/gu)].map((match) => ({
    text: match[0],
    han: match[1] !== undefined,
  }));
}
