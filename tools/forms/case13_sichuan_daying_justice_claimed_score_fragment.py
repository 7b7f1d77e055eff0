"""case13: 大英县司法局 · 部门预算项目支出绩效自评表（2023年度）, Sichuan (遂宁市大英县) — the visible fragment.

Source: dyxrmt.cn/article-157795-21.html (大英县融媒体, the county's 2023 部门决算 with its 自评表 paged as an
article). The stored page begins inside this form: its 绩效指标 block, 合计 row, 评价结论 / 存在问题 / 改进措施 and
the signatures are visible; the project name and the 预算执行情况 block are on the previous page, which the
corpus does not hold. Only the visible part is rebuilt; nothing is added. What it shows: the unit's own 得分
claims 90 of 90 on a quantitative target (≤30万元) whose actual is the word 完成.
"""
from formlib import build

grid = [
    ['绩效指标\n（90分）', '一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位', '完成值', '权重', '得分', '未完成原因分析'],
    [None, '产出指标', '经济成本指标', '成本控制数', '≤', 30, '万元', '完成', 90, 90],
    ['合计', None, None, None, None, None, None, None, 100],
    ['评价结论', '根据财政局资金下达的管理办法，将资金支付给项目施工方。'],
    ['存在问题', '无'],
    ['改进措施', '无'],
    ['项目负责人：查小兵', None, None, None, None, '财务负责人：唐勇'],
]
merges = ['A3:H3', 'B4:K4', 'B5:K5', 'B6:K6', 'A7:E7', 'F7:K7']
build('case13-sichuan-daying-justice-claimed-score-fragment', grid, merges,
      widths=[10, 10, 12, 14, 8, 8, 8, 8, 6, 6, 16], title_rows=(), bordered=['A1:K6'])
