import { describe, expect, it } from 'vitest';
import {
  anchorUrl,
  embedPage,
  embedSnippet,
  footerLines,
  PNG_SIZE,
  pngFileName,
  siteAddress,
  sourceTitles,
} from '../../src/lib/charts/sharing.ts';

describe('chart sharing', () => {
  it('names the PNG after the chart and draws it at least 1,600 pixels wide', () => {
    expect(pngFileName('compare-rd-intensity')).toBe('compare-rd-intensity.png');
    expect(PNG_SIZE.width * PNG_SIZE.scale).toBeGreaterThanOrEqual(1600);
  });

  it("links to the chart's anchor on the served page, replacing any anchor there", () => {
    expect(anchorUrl('https://example.org/policy-site/indicators/rd-intensity/', 'compare-rd-intensity')).toBe(
      'https://example.org/policy-site/indicators/rd-intensity/#compare-rd-intensity',
    );
    expect(anchorUrl('https://example.org/en/tracker/#top', 'progress-qijiang-14th-five-year-st-plan')).toBe(
      'https://example.org/en/tracker/#progress-qijiang-14th-five-year-st-plan',
    );
  });

  it("gives the site's address with its base path", () => {
    expect(siteAddress('https://example.org', '/policy-site/')).toBe('https://example.org/policy-site/');
    expect(siteAddress('http://127.0.0.1:4321', '/')).toBe('http://127.0.0.1:4321/');
  });

  it('writes an iframe snippet with the attributes escaped', () => {
    expect(embedPage('trend-high-tech-enterprises-qijiang')).toBe('embed/trend-high-tech-enterprises-qijiang/');
    expect(embedSnippet('https://example.org/embed/x/', '綦江 "高新" & more')).toBe(
      '<iframe src="https://example.org/embed/x/" title="綦江 &quot;高新&quot; &amp; more" width="720" height="640" loading="lazy"></iframe>',
    );
  });

  it('lists each source text once, in the order first used, whatever the paragraph', () => {
    const titles: Record<string, string> = {
      'reports/qijiang-2022-high-tech-zone/': '綦江高新区2022年工作总结',
      'reports/qijiang-2021-centenary-review/': '綦江区2021年回顾',
    };
    expect(
      sourceTitles(
        [
          'reports/qijiang-2022-high-tech-zone/#fig-p3-1',
          'reports/qijiang-2021-centenary-review/#fig-p8-2',
          'reports/qijiang-2022-high-tech-zone/#fig-p9-1',
        ],
        (page) => titles[page] ?? page,
      ),
    ).toEqual(['綦江高新区2022年工作总结', '綦江区2021年回顾']);
  });

  it('puts the source, the address and the licence under the image, leaving out empty lines', () => {
    expect(
      footerLines('Source: Qijiang 2022', 'https://example.org/', "This site's data are published under CC BY 4.0."),
    ).toEqual(['Source: Qijiang 2022', 'https://example.org/', "This site's data are published under CC BY 4.0."]);
    expect(footerLines('  ', 'https://example.org/', 'CC BY 4.0')).toEqual(['https://example.org/', 'CC BY 4.0']);
  });
});
