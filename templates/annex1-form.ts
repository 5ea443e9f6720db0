// 附件1 吉林省XX产业科技创新联盟申报（备案）表模板: the form's labels, copied from the policy text.
// The title uses the alliance's real full name in place of 吉林省XX产业科技创新联盟.
// A "\n" in a label is where its table cell breaks it, as the model table does (依托单位名称 on
// its own line), so no label is cut inside a word.
export const FORM_TEMPLATE = {
  annex: "附件1",
  title: "{{allianceName}}申报（备案）表",
  /** The title's second line when the whole does not fit on one. */
  titleSuffix: "申报（备案）表",
  sections: {
    overview: "一、联盟简况",
    goal: "二、技术创新目标（限500字）",
    standing: "三、联盟成员单位在行业（或领域）中地位的简要说明",
    division: "四、联盟组建必要性和技术性审核意见（可另附页）",
    form: "五、联盟组织形式审核意见（可另附页）",
  },
  labels: {
    name: "联盟名称\n（全称）",
    effectiveOn: "联盟协议\n生效时间",
    technicalField: "技术领域",
    chairName: "联盟理事长",
    chairUnit: "所在单位",
    hostUnit: "联盟常设机构的\n依托单位名称",
    address: "常设机构\n通讯地址",
    postcode: "邮编",
    contact: "联系人",
    phone: "电话",
    fax: "传真",
    total: "成员总数",
    enterprises: "成员企业数量",
    universities: "成员高校数量",
    institutes: "成员研究机构数量",
  },
  count: "{{n}} 个",
  enterprises: {
    heading: "企业情况",
    columns: ["单位名称", "单位情况（主要包括单位的2022年产值、利税等指标和已有科技资源与平台）", "是否属于\n国内十强", "是否属于\n省内十强"],
    outputValue: "2022年产值{{value}}万元",
    profitTax: "利税{{value}}万元",
  },
  academic: {
    heading: "科教单位情况",
    columns: ["单位名称", "学科优势", "学科带头人"],
  },
  // Added: social organisations and other units fit neither table; named so none goes missing.
  otherMembers: "其他成员单位：{{names}}",
  unitNote: "单位：万元",
  yes: "是",
  no: "否",
  stamps: { division: "联盟理事长单位（盖章）：", form: "盖章：" },
} as const;
