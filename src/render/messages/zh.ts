import { PLATFORM_LABELS } from '../../model/platforms.js';
import type { Messages } from './messages.js';

export const zh: Messages = {
  categories: { M: '必备型', O: '期望型', A: '魅力型', I: '无差异型', R: '反向型', Q: '可疑型' },
  head: { rank: '#', feature: '功能', category: '类别', better: '满意系数', worse: '不满意系数', strength: '类别强度', fong: 'Fong', stability: '稳定性', importance: '重要性', refined: '细分类别（Yang）' },
  refined: {
    'highly-attractive': '高魅力', 'less-attractive': '低魅力', 'high-value-added': '高附加值', 'low-value-added': '低附加值',
    'critical': '关键', 'necessary': '必要', 'potential': '潜在', 'care-free': '无关紧要',
  },
  ciNote: ({ level, resamples, seed }) => `[ ] ${level * 100}% Wilson 区间；稳定性：${resamples} 次 bootstrap 重抽样（种子 ${seed}）中该类别仍居首位的比例。`,
  fong: { significant: '显著', notSignificant: '不显著' },
  sortedBy: (rule) => `排序：${rule}。`,
  sortRules: {
    priority:
      '优先级（Berger 等，1993）：先必备型，再期望型、魅力型、无差异型、反向型、可疑型；' +
      '必备型按 |Worse|，期望型按 Better + |Worse|，魅力型按 Better，其余按 Better + |Worse|，从高到低',
    weighted: '按重要性加权的优先级：类别顺序同优先级，类别内按优先分数乘以平均重要性，从高到低',
    importance: '自述重要性均值，从高到低',
    better: 'Better，从高到低',
    worse: '|Worse|，从高到低',
    name: '功能名称',
    input: '输入顺序',
  },
  sharesNote: 'A O M I R Q：占 n（有效答案对数）的比例。',
  formulaNote: '满意系数 (Better) = (A+O)/(A+O+M+I)；不满意系数 (Worse) = -(O+M)/(A+O+M+I)；类别强度 = 第一类别占比减第二类别占比。',
  fongNote: 'Fong：显著 = 前两个类别差异显著（Fong 1996，α = 0.10）；不显著 = 混合型，两个类别都列出，主类别在前。',
  refinedNote: (threshold) => `细分类别（Yang 2005）：以各功能平均重要性的均值 ${threshold.toFixed(2)} 为界。`,
  ruleNote: (rule, table) => `类别按 ${rule} 规则、${table} 评价表确定（--rule、--table）。`,
  segments: {
    title: '分组',
    chi2: 'χ²',
    p: 'p（Holm）',
    v: 'V',
    note: (column, min) =>
      `按 ${column} 分组：每组的类别、满意/不满意系数和（n）（表头为受访者人数）。对受访者不少于 ${min} 人的分组做分组 × 类别的 χ² 检验` +
      `（期望频数较小时用蒙特卡罗 p 值），Holm 校正；* p < 0.05；V = Cramér's V。`,
  },
  report: {
    title: 'Kano 报告',
    input: '输入',
    diagram: 'Better–Worse 图',
    shares: '类别占比',
    priority: '优先级',
    method: '方法',
    segment: (value, respondents) => `分组 ${value}（${respondents} 名受访者）`,
    generated: (when) => `生成于 ${when}`,
    evaluationTable: '评价表：功能型答案（行）× 非功能型答案（列）',
  },
  compare: {
    title: 'Kano 对比',
    head: { old: '前一轮', new: '后一轮', direction: '生命周期', better: 'Δ 满意系数', worse: 'Δ |不满意系数|' },
    directions: { 'along': '顺向', 'against': '逆向', 'none': '不变', 'off-cycle': '周期外' },
    onlyOld: (names) => `仅在前一轮中：${names}。`,
    onlyNew: (names) => `仅在后一轮中：${names}。`,
    note: (level) =>
      `每轮的类别和（n）；生命周期：无差异型 → 魅力型 → 期望型 → 必备型；轮次 × 类别的 χ² 检验，Holm 校正，* p < 0.05；` +
      `Δ = 后一轮 − 前一轮，附 Newcombe ${level * 100}% 区间。`,
  },
  continuous: {
    title: '连续分析',
    functionalMean: '功能型均值',
    dysfunctionalMean: '非功能型均值',
    sd: '标准差',
    quadrant: '象限',
    note:
      'DuMouchel 分数均值（功能型：喜欢 4、理所当然 2、无所谓 0、能忍受 -1、不喜欢 -2；非功能型：喜欢 -2、理所当然 -1、无所谓 0、能忍受 2、不喜欢 4）' +
      '及样本标准差；象限以 2 为界，这只是惯例，并非定律。',
  },
  title: 'Kano 分析',
  warningsTitle: '警告',
  warningLabel: '警告：',
  warnings: {
    'no-valid-pairs': () => '没有有效的答案对，各项数值为空',
    'coefficients-undefined': ({ n }) => `全部 ${n} 个有效答案对均为反向型或可疑型，Better 和 Worse 无定义（A + O + M + I = 0）`,
    'invalid-skipped': ({ pairs }) => `已跳过 ${pairs} 个含无法识别答案的答案对（--on-invalid skip）`,
    'row-count-mismatch': ({ functional, dysfunctional }) =>
      `功能型文件有 ${functional} 行，非功能型文件有 ${dysfunctional} 行；已按行顺序配对，无配对的行计为不完整（可用 --id 列名 按受访者配对）`,
    'unmatched-ids': ({ functionalOnly, dysfunctionalOnly, column }) =>
      `${functionalOnly} 名受访者仅出现在功能型文件中，${dysfunctionalOnly} 名仅出现在非功能型文件中（按"${column}"配对）；其答案计为不完整`,
    'relaxed-rows': ({ short, long }) => `--relax-columns：${short} 行缺少末尾单元格（按空白读取），${long} 行多出单元格（已忽略）`,
    'questionable-share': ({ share, threshold }) => `${Math.round(share * 100)}% 的有效答案对为可疑型（超过 ${Math.round(threshold * 100)}%），问题可能被误解`,
    'small-segments': ({ column, min, segments }) => `${column}：受访者少于 ${min} 人的分组只显示、不参与检验：${segments}（--min-segment）`,
    'n-unknown': ({ features }) => `${features} 个功能以百分比给出且无 n：其计数为百分比，n、Fong 检验和区间不可用（请提供 --n 或 n 列）`,
  },
  summary: {
    platforms: { ...PLATFORM_LABELS, generic: '通用 CSV' },
    delimiters: { ',': '逗号', ';': '分号', '\t': '制表符', '|': '竖线' },
    source: (a) =>
      `${a.names}：${a.generic ? a.platform : `${a.platform} 导出文件`}${a.headerRows > 1 ? `（${a.headerRows} 行表头）` : ''}，` +
      `${a.layout} 布局${a.matched}，${a.features} 项功能，${a.encodings}，${a.delimiters}分隔`,
    matchedByOrder: '，按行顺序配对',
    matchedBy: (column) => `，按"${column}"配对`,
    rows: (read, used) => `行：读取 ${read} = 使用 ${used}`,
    rowReasons: {
      blank: (n) => `空白 ${n}`,
      incomplete: (n) => `不完整 ${n}`,
      invalid: (n) => `含无法识别答案 ${n}`,
      preview: (n) => `预览 ${n}`,
      test: (n) => `测试 ${n}`,
      spam: (n) => `垃圾 ${n}`,
      partial: (n) => `部分作答 ${n}（--complete-only）`,
      questionable: (n) => `超过 --max-questionable ${n}`,
    },
    quality: (respondents, pairs, reverse) => `质量：${respondents} 名受访者给出可疑答案（${pairs} 个答案对），${reverse} 名给出反向答案`,
    partialUsed: (n) => `；${n} 份部分作答，按已完成的答案对计入`,
    emptyLines: (n) => `；跳过 ${n} 个空行`,
    pairs: (used) => `答案对：使用 ${used}`,
    pairReasons: {
      incomplete: (n) => `不完整（一侧空白）${n}`,
      blank: (n) => `未作答 ${n}`,
      invalid: (n) => `已跳过（无法识别的答案）${n}`,
    },
    questions: (functional, dysfunctional, by) =>
      `问题：功能型"${functional}"，非功能型"${dysfunctional}"，` +
      { negation: '按否定词区分', option: '按指定区分', order: '按位置区分，功能型在前（可用 --functional/--dysfunctional 更改）' }[by],
    ignored: (columns) => `忽略的列：${columns}`,
    numeric: (n, mapping) => `数字答案：${n} 个单元格按 ${mapping} 读取（--codes）`,
    scale3: '3 点量表："理所当然"和"能忍受"计为"无所谓"（--scale 3）',
    customLabels: (n) => `答案措辞：--answers 新增 ${n} 条`,
  },
  inspect: {
    source: (a) =>
      `${a.platform}，${a.encoding}，${a.delimiter}分隔，表头 ${a.headerRows} 行，数据 ${a.records} 行${a.blankLines > 0 ? `，空行 ${a.blankLines} 个` : ''}`,
    layout: (layout, features) => `布局：${layout}，${features} 项功能`,
    partial: (n) => `；部分作答 ${n}`,
    excluded: (where, reason) => `  已排除：${where}（${{ preview: '预览', test: '测试', spam: '垃圾', partial: '部分作答', questionable: '可疑答案过多' }[reason]}）`,
    featureHead: ['功能', '功能型问题列', '非功能型问题列'],
    answerHead: ['答案', '次数', '读作'],
    blankValue: '（空白）',
    notAnswered: '未作答',
    unrecognised: '无法识别',
    code: '（代码）',
    wouldRun: 'kano analyze 可以分析此输入。',
    wouldStop: 'analyze 将会停止：',
  },
};
