"""case09: 青神县发展和改革局 · 工资性支出 · 部门预算项目支出绩效自评表（2023年度）, Sichuan (眉山市青神县).

Source: scqs.gov.cn/info/13206/211004.htm (report form 510000_0013zp). Complete in the stored copy and
published this way: the 完成值 and 得分 columns are empty, the 年度目标完成情况 cell still holds the
template's instruction, dashes (/) fill the sub-rows' 权重 and 得分, the 原因 cell holds the form's own
footnote, 指标性质 / 指标值 / 度量单位 are three columns of one header row, and a 合计 row ends the table.
"""
from formlib import N, build

FOOT = ('1.预算执行率=预算执行数/调整后预算数，预算执行率未达到90%的需说明原因（100字以内）；'
        '2.年中发生预算调整的（追加或调减），应单独说明理由；3.其他资金包括：社会投入资金、银行贷款.')
D = N(0, '0.00')
grid = [
    [None, None, None, None, None, None, None, None, None, None, '报表编号：510000_0013zp'],
    ['部门预算项目支出绩效自评表（2023年度）'],
    ['项目名称', '51000021R000000019951-工资性支出'],
    ['主管部门', '青神县发展和改革局本级', None, None, None, None, '实施单位\n（盖章）', '青神县发展和改革局'],
    ['项目基本情况', '1.项目年度目标完成情况', '项目年度目标', None, None, None, '年度目标完成情况'],
    [None, None, '严格执行相关政策，保障工资及时、足额发放或社保及时、足额缴纳，预算编制科学合理，减少结余资金。',
     None, None, None, '对照年度目标，说明相关任务目标的完成情况（100字以内）'],
    [None, '2.项目实施内容及过程概述'],
    ['预算执行情况\n（10分）', '年度预算数\n（万元）', '年初预算', '调整后预算数', '预算执行数', '预算执行率', '权重', '得分', '原因'],
    [None, '总额', N(238.93, '0.00'), N(251.89, '0.00'), N(251.89, '0.00'), N(1, '0.00%'), 10, None, FOOT],
    [None, '其中：财政资金', N(238.93, '0.00'), N(251.89, '0.00'), N(251.89, '0.00'), N(1, '0.00%'), '/', '/'],
    [None, '财政专户管理资金', D, D, D, N(0, '0.00%'), '/', '/'],
    [None, '单位资金', D, D, D, N(0, '0.00%'), '/', '/'],
    [None, '其他资金', None, None, None, None, '/', '/'],
    ['绩效指标\n（90分）', '一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位', '完成值', '权重', '得分', '未完成原因分析'],
    [None, '产出指标', '数量指标', '发放（缴纳）覆盖率', '=', 100, '%', None, 60],
    [None, '效益指标', '社会效益指标', '足额保障率（参保率）', '=', 100, '%', None, 30],
    ['合计', None, None, None, None, None, None, None, 100],
    ['评价结论', '结合自评情况，说明项目自评总分，说明项目实施取得的成效或成果。（200字以内）'],
    ['存在问题', '结合自评情况，分析存在的问题及原因。（200字以内）'],
    ['改进措施', '针对项目自评中发现的问题，提出下一步改进完善的意见及有关政策性建议。（200字以内）'],
    ['项目负责人：', None, None, None, None, '财务负责人：'],
]
merges = ['A2:K2', 'B3:K3', 'B4:F4', 'H4:K4', 'A5:A7', 'B5:B6', 'C5:F5', 'G5:K5', 'C6:F6', 'G6:K6', 'C7:K7',
          'A8:A13', 'I8:K8', 'I9:K13', 'A14:A16', 'A17:H17', 'B18:K18', 'B19:K19', 'B20:K20', 'A21:E21', 'F21:K21']
build('case09-sichuan-qingshen-wages-blank-actuals', grid, merges,
      widths=[10, 14, 12, 16, 10, 10, 10, 10, 8, 8, 16], title_rows=(2,), bordered=['A3:K20'])
