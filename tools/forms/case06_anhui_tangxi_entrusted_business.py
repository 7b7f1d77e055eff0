"""case06: 池州市贵池区棠溪镇人民政府 · 委托业务项目 · 项目支出绩效自评表（2022年度）, Anhui.

Source: a WPS document published by the town (anthempetcare.com/upload_cz/download?id=502364&siteId=2,
created 2022-05-16). The stored copy stops inside the 满意度 row (“公众满…”); rows marked ASSUMED
below are the template's satisfaction row and the 总分 row as every other row of this form is filled
(see test/fixtures/forms/SOURCES.md, case06). Everything else is as published, including the
年度资金总额 row left at 0 while the 本年财政拨款 row carries the money, and the empty 经济效益指标 row.
"""
from formlib import build

C = '219-池州市贵池区棠溪镇人民政府'
U = '219001-池州市贵池区棠溪镇人民政府'
GOAL = ('本项目共申请预算资金90万元。其中：30万元用于基建工程项目预算编制；30万元用于基建工程项目审计；'
        '30万元用于基建工程项目设计、规划、测绘。')
DONE = ('本项目共完成预算资金89.97万元。其中：30万元用于基建工程项目预算编制；30万元用于基建工程项目审计；'
        '29.99万元用于基建工程项目设计、规划、测绘。')
Q = '达成预期指标'
grid = [
    ['附件：'],
    ['项目支出绩效自评表'],
    ['（2022年度）'],
    ['项目名称', '委托业务项目'],
    ['主管部门', C, None, None, '实施单位', U],
    ['项目资金\n（万元）', None, None, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
    [None, '年度资金总额：', None, 0, 0, 0, 10, 0, 0],
    [None, '其中：本年财政拨款', None, 90, 89.974, 89.974],
    [None, '上年结转资金'],
    [None, '其他资金'],
    ['年度总体目标', '预期目标', None, None, None, '实际完成情况'],
    [None, GOAL, None, None, None, DONE],
    ['绩效指标', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
    [None, '产出指标(50分)', '数量指标', '基建工程委托业务项目数量', '≥50个', 50, 8, 8],
    [None, None, '质量指标', '委托业务报告合格率', '≥100百分比', 100, 8, 8],
    [None, None, None, '经费支出合规性', '严格执行相关制度规定', Q, 8, 8],
    [None, None, '时效指标', '提交报告及时性', '在项目计划完成时间内完成', Q, 8, 8],
    [None, None, '成本指标', '项目总成本', '≤90万元', 90, 8, 8],
    [None, None, None, '单项业务成本', '符合相关规定', Q, 10, 10],
    [None, '效益指标(30分)', '社会效益指标', '对维护基建市场公平的影响程度', '效果明显', Q, 10, 10],
    [None, None, '生态效益指标', '对控制基建项目成本影响程度', '效果明显', Q, 10, 10],
    [None, None, '可持续影响指标', '对推动基建项目“四项制度”健全和落实的持续性影响', '效果明显', Q, 10, 10],
    [None, None, '经济效益指标'],
    # ASSUMED from here: the stored copy ends at “公众满”.
    [None, '满意度指标(10分)', '满意度指标', '公众满意度', '≥90百分比', 90, 10, 10],
    ['总分', None, None, None, None, None, 100],
]
merges = ['A2:I2', 'A3:I3', 'B4:I4', 'B5:D5', 'F5:I5', 'A6:A10', 'B6:C6', 'B7:C7', 'B8:C8', 'B9:C9',
          'B10:C10', 'A11:A12', 'B11:E11', 'F11:I11', 'B12:E12', 'F12:I12', 'A13:A24', 'B14:B19', 'C15:C16',
          'C18:C19', 'B20:B23', 'A25:F25']
build('case06-anhui-tangxi-entrusted-business', grid, merges,
      widths=[8, 12, 12, 26, 18, 14, 8, 8, 18], title_rows=(2,), bordered=['A4:I25'])
