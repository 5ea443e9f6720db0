// 厅务会审议材料: the decision packet the department secretary takes to the meeting (七(三): the
// department decides at its meeting, then the provincial institute files the alliance). Our own
// wording, not a policy annex. Placeholders use {{key}} (lib/documents/fill.ts).
export const MEETING_PACKET_TEMPLATE = {
  title: "吉林省科学技术厅厅务会审议材料",
  /** Document property title (core.xml). */
  docTitle: "吉林省科学技术厅厅务会审议材料（{{sessionNo}}）",
  subtitle: "（{{sessionNo}}厅务会　会议日期：{{heldOn}}）",
  topic: "议题：{{title}}",
  prepared: "材料准备：{{preparedBy}}　　准备日期：{{preparedAt}}",
  undecidedDate: "待定",

  agenda: {
    heading: "一、审议事项一览",
    intro: "本次会议共{{count}}项审议事项，逐项材料附后。",
    empty: "本次会议无审议事项。",
    columns: ["序号", "联盟名称", "产业", "牵头单位", "提交版本"],
    version: "第{{versionNo}}版",
  },

  // Numbering per GB/T 9704-2012 7.3.3: 一、 → （一） → 1. → （1）. The agenda is 一、, each filing
  // the next 一、-level item, its sections （一）-（四）, opinions and changes 1. 2. ….
  /** 二、吉林省氢能产业科技创新联盟 (一、 is the agenda). */
  itemHeading: "{{no}}、{{allianceName}}",

  sections: {
    basic: "（一）基本情况",
    rules: "（二）政策符合性检查",
    opinions: "（三）审核意见",
    changes: "（四）退回后修改情况",
  },

  basic: {
    industry: "所属产业：{{industryName}}　　细分领域：{{subField}}",
    leadUnit: "牵头单位：{{leadUnit}}",
    version: "提交版本：第{{versionNo}}版　　提交日期：{{submittedAt}}",
    notSubmitted: "未记录",
    members: "成员单位共{{total}}家，其中企业{{enterprises}}家、高校{{universities}}家、科研院所{{institutes}}家、其他{{others}}家。",
    goal: "技术创新目标：{{goal}}",
  },

  rules: {
    columns: ["编号", "要求", "依据", "结果", "说明"],
    summary: "共检查{{count}}项：符合{{pass}}项、提示{{warn}}项、不符合{{fail}}项、不适用{{na}}项。",
    empty: "暂无政策符合性检查结果。",
    status: { pass: "符合", warn: "提示", fail: "不符合", na: "不适用" },
  },

  opinions: {
    /** 1.【处室审核】通过　意见：…　（单位，审核人，日期） */
    line: "{{n}}.【{{stage}}】{{decision}}　意见：{{opinion}}　（{{signature}}）",
    empty: "暂无审核意见。",
  },

  changes: {
    bullet: "{{n}}. {{line}}",
    firstSubmission: "首次提交，未经退回。",
    /** Returned, but the caller sent no lines. */
    noChange: "与退回版本相比无变化。",
  },

  /** Filled in by hand at the meeting. */
  decision: {
    heading: "厅务会审议记录",
    conclusion: "审议结论：□通过　□不予通过　□暂缓审议",
    remarks: "备注：",
    recorder: "记录人：＿＿＿＿＿＿　　日期：    年   月   日",
  },
} as const;
