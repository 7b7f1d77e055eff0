"""case08: 中江县水利局 · 小型水库水标尺制作安装 · 绩效目标自评表（2022年度）, Sichuan (德阳市中江县).

Source: the 2022 财政衔接资金 project self-evaluations that 中江县水利局 put out for comment on 2022-12-30,
as reposted at chacewang.com/newsdetail/news242266.html. The form is complete in the stored copy up to
the 注 row, whose text stops at “3.定量指标若为正向” (kept as it stops). Quirks kept as published: the 分值
column stands before 年度指标值; actuals written like targets (≥266米); a qualitative actual that repeats
its target (显著提升); an empty 经济效益指标 row; a “……” template row; indicator points 70/20/10 that
with the budget's 10 add up to 110 while the form prints 总分 100 / 100.
"""
from formlib import N, build

NAME = '中江县农业水价综合改革精准补贴和节水奖励项目小型水库水标尺制作安装'
AIM = '对农村地区供水计量设施设备进行改进，对项目区农业用水计量，为项目区农业生产夯实基础，'
DONE = '对项目区农业用水计量，为项目区农业生产夯实基础，'
NOTE = ('注：1.一级指标分值统一设置为：产出指标50分、效益指标30分、满意度指标10分、预算资金执行率10分，'
        '各部门根据各项指标重要程度确定三级指标的分值，得分最高不能超过该指标分值上限，分别按照该指标对应分值区间'
        '100-80%（含80%）、80-60%（含60%）、60-0%合理确定得分，3.定量指标若为正向')
grid = [
    ['绩效目标自评表'],
    ['（2022年度）'],
    ['项目名称', None, NAME],
    ['项目负责人及电话', None, '谢凯13990260322（办公）'],
    ['主管部门', None, '中江县水利局', None, None, '实施单位', '中江县水利局'],
    ['资金情况\n（万元）', None, None, '全年预算数（A）', '全年执行数（B）', '分值', '执行率（B/A）', '得分'],
    [None, '年度资金总额：', None, 20, 20, 10, N(1, '0.00%'), 10],
    [None, '其中：本年财政拨款', None, 20, 20],
    [None, '其他资金'],
    ['年度总体目标', '年初设定目标', None, None, None, '年度总体目标完成情况综述'],
    [None, AIM, None, None, None, DONE],
    ['绩效指标', '一级指标', '二级指标', '三级指标', '分值', '年度指标值', '全年实际值', '得分', '未完成原因及拟采取的改进措施'],
    [None, '产出指标（70分）', '数量指标', '安装坡面水标尺', 10, '≥266米', '≥266米', 10],
    [None, None, None, '水标尺宽度', 10, '≥50厘米', '≥50厘米', 10],
    [None, None, '质量指标', '项目（工程）验收合格率', 20, '100%', '100%', 20],
    [None, None, '时效指标', '及时（按期）开工率', 10, '≥90%', '≥90%', 10],
    [None, None, None, '及时（按期）完工率', 10, '≥90%', '≥90%', 10],
    [None, None, '成本指标', '项目计划总投资', 10, '20万元', '20万元', 10],
    [None, '效益指标（20分）', '经济效益指标'],
    [None, None, '社会效益指标', '受益脱贫（含监测对象）户人口数', 10, '≥1000人', '≥1000人', 10],
    [None, None, None, '群众生产生活条件改善状况', 10, '显著提升', '显著提升', 10],
    [None, '满意度指标（10分）', '服务对象满意度指标', '受益脱贫（含监测对象）户满意度', 10, '≥95%', '≥95%', 10],
    [None, None, None, '……'],
    ['总分', None, None, None, 100, None, None, 100],
    [NOTE],
]
merges = ['A1:I1', 'A2:I2', 'A3:B3', 'C3:I3', 'A4:B4', 'C4:I4', 'A5:B5', 'C5:E5', 'G5:I5', 'A6:A9', 'B6:C6',
          'B7:C7', 'B8:C8', 'B9:C9', 'A10:A11', 'B10:E10', 'F10:I10', 'B11:E11', 'F11:I11', 'A12:A23',
          'B13:B18', 'C13:C14', 'C16:C17', 'B19:B21', 'C20:C21', 'B22:B23', 'C22:C23', 'A24:D24', 'F24:G24',
          'A25:I25']
build('case08-sichuan-zhongjiang-water-gauge', grid, merges,
      widths=[8, 12, 12, 24, 7, 12, 12, 7, 18], title_rows=(1,), bordered=['A3:I24'])
