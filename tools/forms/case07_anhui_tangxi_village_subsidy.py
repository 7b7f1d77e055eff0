"""case07: 池州市贵池区棠溪镇人民政府 · 村级补助及运转经费 · 项目支出绩效自评表（2022年度）, Anhui.

Source: a WPS document published by the town (anthempetcare.com/upload_cz/download?id=502367&siteId=2).
The stored copy stops at the 可持续影响 row of 效益指标; the rows marked ASSUMED complete the form the way
its sibling (case06, same town, same template, same day) is filled: one 可持续影响 row worth 10 (the label
says 效益指标(30分) and the two rows above hold 20), a 公众满意度 row and the 总分 row. The goal texts keep the
dotted leader line the unit pasted from Word.
"""
from formlib import build

C = '219-池州市贵池区棠溪镇人民政府'
U = '219001-池州市贵池区棠溪镇人民政府'
GOAL = ('本项目共申请预算资金2026400元，其中村级组织运转400000元，村民组长，党小组长基本报酬252000元，'
        '村民监督委员会 工资28000元，村级事务补助960000元，村级工作目标奖励100000元。\n'
        '.. ' + '.' * 126)
DONE = ('本项目共完成预算资金1329120.67元，其中村级组织运转439120.67元，村民组长，党小组长基本报酬152000元，'
        '村民监督委员会 工资28000元，村级事务补助660000元，村级工作目标奖励50000元。')
Q = '达成预期指标'
grid = [
    ['附件：'],
    ['项目支出绩效自评表'],
    ['（2022年度）'],
    ['项目名称', '村级补助及运转经费'],
    ['主管部门', C, None, None, '实施单位', U],
    ['项目资金\n（万元）', None, None, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
    [None, '年度资金总额：', None, 0, 0, 0, 10, 0, 0],
    [None, '其中：本年财政拨款', None, 202.64, 132.912, 132.912],
    [None, '上年结转资金'],
    [None, '其他资金'],
    ['年度总体目标', '预期目标', None, None, None, '实际完成情况'],
    [None, GOAL, None, None, None, DONE],
    ['绩效指标', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
    [None, '产出指标(50分)', '数量指标', '补助村(社区)数量', '=8个', 8, 8, 8],
    [None, None, None, '保障村干部人数', '=42个', 42, 8, 8],
    [None, None, '质量指标', '补助资格合规性', '合规', Q, 8, 8],
    [None, None, None, '经费审批流程规范性', '严格执行相关制度规定', Q, 8, 8],
    [None, None, '时效指标', '补助经费到位及时性', '及时', Q, 8, 8],
    [None, None, '成本指标', '项目总成本', '≤202.6万元', 132.9, 10, 10],
    [None, '效益指标(30分)', '经济效益指标', '对保障村(社区)两委机构正常运行的影响程度', '效果明显', Q, 10, 10],
    [None, None, '社会效益指标', '提高村(社区)干部工作积极性的影响程度', '效果明显', Q, 10, 10],
    # ASSUMED from here: the stored copy ends at “可持续影响”.
    [None, None, '可持续影响指标', '（原文此处截断，三级指标名称不详）', '效果明显', Q, 10, 10],
    [None, '满意度指标(10分)', '满意度指标', '公众满意度', '≥90百分比', 90, 10, 10],
    ['总分', None, None, None, None, None, 100],
]
merges = ['A2:I2', 'A3:I3', 'B4:I4', 'B5:D5', 'F5:I5', 'A6:A10', 'B6:C6', 'B7:C7', 'B8:C8', 'B9:C9',
          'B10:C10', 'A11:A12', 'B11:E11', 'F11:I11', 'B12:E12', 'F12:I12', 'A13:A23', 'B14:B19', 'C14:C15',
          'C16:C17', 'B20:B22', 'A24:F24']
build('case07-anhui-tangxi-village-subsidy', grid, merges,
      widths=[8, 12, 12, 26, 18, 14, 8, 8, 18], title_rows=(2,), bordered=['A4:I24'])
