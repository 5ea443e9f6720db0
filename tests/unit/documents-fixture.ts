// A realistic alliance for the document tests: 12 members, 8 enterprises (chair and a vice-chair
// among them), 2 universities, 2 research institutes. Names are invented.
import type { AllianceDocData, CertificateData, MemberDocData } from "../../lib/documents";

const enterprise = (name: string, role: MemberDocData["role"], output: number, tax: number, resources: string, top: [boolean, boolean]): MemberDocData => ({
  name,
  type: "ENTERPRISE",
  role,
  outputValue2022: output,
  profitTax2022: tax,
  resources,
  nationalTop10: top[0],
  provincialTop10: top[1],
});

export const MEMBERS: MemberDocData[] = [
  enterprise("吉林省氢源能源科技股份有限公司", "CHAIR", 268000, 21500.5, "省级氢能工程技术研究中心、省级企业技术中心", [false, true]),
  enterprise("长春绿氢装备制造有限公司", "VICE_CHAIR", 86000, 6400, "碱性电解槽中试线", [false, true]),
  enterprise("吉林化工新材料有限公司", "COUNCIL", 152000, 9800, "质子交换膜材料实验室", [false, true]),
  enterprise("白城风光制氢有限公司", "COUNCIL", 43000, 2100, "风光耦合制氢示范项目", [false, false]),
  enterprise("松原氢能储运有限公司", "MEMBER", 21000, 1300, "高压储氢瓶检测平台", [false, false]),
  enterprise("四平燃料电池科技有限公司", "MEMBER", 18500, 900, "燃料电池电堆测试台", [false, false]),
  enterprise("延边氢能汽车服务有限公司", "MEMBER", 9600, 480, "加氢站运营", [false, false]),
  enterprise("长春氢燃料检测技术有限公司", "MEMBER", 5200, 310, "CMA 资质检测实验室", [false, false]),
  { name: "吉林北方大学", type: "UNIVERSITY", role: "COUNCIL", disciplineStrengths: "化学、材料科学与工程（国家一流学科）", disciplineLeader: "王建华" },
  { name: "长春工程技术大学", type: "UNIVERSITY", role: "MEMBER", disciplineStrengths: "动力工程及工程热物理", disciplineLeader: "李明远" },
  { name: "吉林省氢能技术研究院", type: "RESEARCH_INSTITUTE", role: "VICE_CHAIR", disciplineStrengths: "电解水制氢催化剂", disciplineLeader: "赵晓峰" },
  { name: "长春新能源材料研究所", type: "RESEARCH_INSTITUTE", role: "MEMBER", disciplineStrengths: "储氢合金材料", disciplineLeader: "陈立新" },
];

export function fixture(overrides: Partial<AllianceDocData> = {}): AllianceDocData {
  return {
    name: "吉林省氢能产业科技创新联盟",
    industryName: "新能源",
    industryShort: "氢能",
    kind: "ALLIANCE",
    agreementEffectiveOn: new Date("2026-07-01"),
    technicalField: "可再生能源制氢、储运与燃料电池应用",
    chairName: "刘志强",
    chairUnit: "吉林省氢源能源科技股份有限公司",
    hostUnitName: "吉林省氢源能源科技股份有限公司",
    address: "吉林省长春市高新区硅谷大街3188号",
    postcode: "130012",
    contactName: "孙丽",
    phone: "0431-85556677",
    fax: "0431-85556678",
    innovationGoal: "围绕“陆上风光三峡”工程，突破可再生能源电解水制氢、高压储运和燃料电池关键技术，\n三年内建成中试平台2个，制定团体标准3项。",
    members: MEMBERS,
    reviews: {
      division: { opinion: "该联盟组建必要，技术路线可行，同意推荐。", unit: "高新技术发展及产业化处", date: new Date("2026-07-15") },
    },
    ...overrides,
  };
}

export const CERTIFICATE: CertificateData = {
  allianceName: "吉林省氢能产业科技创新联盟",
  leadUnit: "吉林省氢源能源科技股份有限公司",
  filingNumber: "吉科联备〔2026〕001号",
  filedOn: new Date("2026-07-01"),
  verificationCode: "K7Q2-9MPD",
  publicBaseUrl: "https://portal.example.cn",
};
