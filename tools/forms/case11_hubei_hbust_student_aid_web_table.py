"""case11: 湖北科技学院 · 2021年度本专科生奖助学金项目自评结果, Hubei — an indicator table pasted from a web page.

Source: xxgkw.hbust.edu.cn/info/1243/1928.htm (the university's information-disclosure site). Not the
official grid: a report page whose text gives the money (下达预算2596万元，实际总支出2595.6208万元) and
the unit's score (99.8分) in prose, followed by a five-column table without 分值 or 得分 — as many
units publish it. The table is complete in the stored copy; the text after it stops in mid-sentence
(“主要原因是”) and is kept as it stops. The 资助学生满意度 row stands under 效益指标 as published.
"""
from formlib import build

P = [
    '2021年度本专科生奖助学金项目自评结果',
    '一、自评结论',
    '（一）评价得分情况。',
    '对照2021度本专科生奖助学金项目年初绩效目标及项目实际完成情况，自评小组经过自评，综合评价得分为 99.8分。',
    '（二）绩效目标完成情况',
    '1、执行率情况。',
    '根据《省财政厅 省教育厅关于下达2021年普通高校学生资助补助经费预算的通知》（鄂财教发[2021]40号）文件批复，'
    '2021年本专科生奖助学金项目实际下达预算2596万元，全年度实际总支出2595.6208 万元，项目预算执行率99%。'
    '项目预算资金未执行完的主要原因是剩余未执行完的0.3792万元为应征入伍学生国家资助经费，因此笔经费无法达到'
    '一名学生4000元的最低资助标准，将作为我校2022年应征入伍学生国家资助经费使用。因此我校2021年资助项目资金没有全部执行完。',
    '完成的绩效目标。',
    '经过自评，本项目较好的完成的年初预定的各项绩效目标。具体完成情况如下表：',
]
TABLE = [
    ['一级指标', '二级指标', '指标名称', '目标值', '实际完成值', None],
    ['产出指标', '质量指标', '奖助政策学生知晓率', '100%', '100%'],
    ['产出指标', '质量指标', '受资助本专科困难学生覆盖率', '99%', '99%'],
    ['产出指标', '质量指标', '退役士兵考入高校应助学生享受资助比例', '100%', '100%'],
    ['产出指标', '质量指标', '高校学生应征入伍应受助学生享受资助比例', '100%', '100%'],
    ['产出指标', '数量指标', '受资助本专科学生人数', 14726, 15935],
    ['产出指标', '质量指标', '国家奖学金按标准发放率', '100%', '100%'],
    ['效益指标', '社会效益指标', '评审程序是否客观公正', '是', '是'],
    ['效益指标', '社会效益指标', '家庭经济困难学生完成学业率', '100%', '100%'],
    ['效益指标', '服务对象满意度指标', '资助学生满意度', '95%', '95%'],
]
AFTER = ['（三）存在的问题和原因', '1、受资助本专科困难学生覆盖率有待进一步提高。主要原因是']
grid = [[p] for p in P] + TABLE + [[p] for p in AFTER]
first_table = len(P) + 1
last_table = len(P) + len(TABLE)
merges = [f'A{r}:F{r}' for r in range(1, len(P) + 1)] + \
         [f'A{r}:F{r}' for r in range(last_table + 1, last_table + len(AFTER) + 1)]
build('case11-hubei-hbust-student-aid-web-table', grid, merges,
      widths=[12, 18, 36, 12, 12, 6], title_rows=(1,), bordered=[f'A{first_table}:F{last_table}'])
