"""case10: 黄石市图书馆 · 共享工程 · 2022年度项目自评表 (附表2), Hubei — a municipal 20/80 form.

Source: hsslib.org.cn/info/72903.jspx (uploaded 2023-08-14, 填报日期 2023.6.28). 预算执行 is worth 20 points
(得分 = 20分*执行率) and the indicators 80 (产出 40, 效益 30, 满意度 10); there is no 分值 column: the unit's
得分 stands once per 二级 (merged over its rows). The stored copy stops inside the 满意度 row
(“在网络上设置读者满意度调查…”): that row is kept as far as it goes, nothing is added after it. Merges of
the target/actual/得分 cells over two rows follow the gaps of the published table (see SOURCES.md).
"""
from formlib import N, build

grid = [
    ['附表2'],
    ['2022年度共享工程项目自评表'],
    ['项目单位（盖章）：黄石市图书馆', None, None, None, '主要领导签字：'],
    ['填报日期：2023.6.28'],
    ['项目名称', '共享工程'],
    ['主管部门', '黄石市文化和旅游局', None, '项目实施单位', '黄石市图书馆'],
    ['项目类别', '1、部门预算项目 ☑  2、市直专项 □'],
    ['项目属性', '1、持续性项目 ☑  2、新增性项目 □'],
    ['项目类型', '1、常年性项目 ☑  2、延续性项目 □  3、一次性项目 □'],
    ['预算执行情况（万元）\n（20分）', '预算数（A）', '执行数（B）', '执行率（B/A）', '得分\n（20分*执行率）'],
    ['年度财政资金总额', 5, 5, N(1, '0%'), 20],
    ['年度绩效目标1\n（80分）', '一级指标', '二级指标', '三级指标', '年初目标值（A）', '实际完成值（B）', '得分'],
    [None, '产出指标（40分）', '数量指标', '一个存储备份器', '25TB', '25TB', 10],
    [None, None, None, 'WIFI布点全覆盖', '100%覆盖', '100%覆盖'],
    [None, None, '质量指标', '以最新资源面市', '资源采购期以当年为主', '资源采购期以当年为主', 10],
    [None, None, '时效指标', '可保证读者使用时长', '全天候可用', '全天候', 10],
    [None, None, None, '2022年全年', '≥360天', '≥360天'],
    [None, None, '成本指标', '以低价位高质量为采购原则', '5万', '5万', 10],
    [None, '效益指标（30分）', '经济效益', '社会公益服务无经济效益', '公益性事业', '公益性事业', 10],
    [None, None, '社会效益', '使读者更方便快捷查找检阅', '独有数据资源查询，查询范围可扩展到省图', '独有数据资源查询，查询范围可扩展到省图'],
    [None, None, None, '促进黄石文化经济发展，丰富市民文化活动'],
    [None, None, '环境效益', '数字图书馆环境优良无污染', '良好', '良好', 10],
    [None, None, None, 'WIFI全覆盖，绿色环保', '良好', '良好'],
    [None, None, '可持续影响指标', '≥360天服务读者', '≥360天', '≥360天', 10],
    # The stored copy ends inside this row.
    [None, '满意度指标（10分）', '读者', '在网络上设置读者满意度调查'],
]
merges = ['A1:B1', 'A2:G2', 'A3:D3', 'E3:G3', 'A4:G4', 'B5:G5', 'B6:C6', 'E6:G6', 'B7:G7', 'B8:G8', 'B9:G9',
          'E10:G10', 'E11:G11', 'A12:A25', 'B13:B18', 'C13:C14', 'G13:G14', 'C16:C17', 'G16:G17', 'B19:B24',
          'G19:G21', 'C20:C21', 'E20:E21', 'F20:F21', 'C22:C23', 'G22:G23']
build('case10-hubei-huangshi-library-20-80', grid, merges,
      widths=[14, 14, 14, 26, 20, 20, 8], title_rows=(2,), bordered=['A5:G25'])
