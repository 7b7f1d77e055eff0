import { displayWidth, pad, truncateToWidth } from '../../src/cli/textWidth';
import { renderTable } from '../../src/cli/table';

describe('display width', () => {
  it('counts CJK and full-width characters as two columns', () => {
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('产出指标')).toBe(8);
    expect(displayWidth('（批次）')).toBe(8);
    expect(displayWidth('１２３％')).toBe(8);
    expect(displayWidth('≥320')).toBe(4);
    expect(displayWidth('e\u0301')).toBe(1);
    expect(displayWidth('𠀀')).toBe(2);
  });

  it('pads and truncates by columns, not characters', () => {
    expect(pad('得分', 6)).toBe('得分  ');
    expect(pad('2.74', 6, 'right')).toBe('  2.74');
    expect(truncateToWidth('服务对象满意度指标', 10)).toBe('服务对象…');
    expect(displayWidth(truncateToWidth('服务对象满意度指标', 10))).toBeLessThanOrEqual(10);
    expect(truncateToWidth('短', 10)).toBe('短');
  });
});

describe('renderTable', () => {
  it('aligns mixed Chinese and Latin text into columns', () => {
    const lines = renderTable(
      [{ header: '三级指标' }, { header: '分值', align: 'right' }, { header: 'status' }],
      [
        ['接洽客商（批次）', '4.17', '部分达成'],
        ['x', '10.00', 'met'],
      ],
    );
    expect(lines).toEqual([
      '三级指标           分值  status',
      '----------------  -----  --------',
      '接洽客商（批次）   4.17  部分达成',
      'x                 10.00  met',
    ]);
    // The third column starts at the same display position on every line.
    expect(lines.map((l) => displayWidth(l.replace(/(status|-+|部分达成|met)$/, '')))).toEqual([25, 25, 25, 25]);
  });

  it('flattens line breaks inside cells', () => {
    expect(renderTable([{ header: 'a' }], [['满意度\n指标']])[2]).toBe('满意度 指标');
  });
});
