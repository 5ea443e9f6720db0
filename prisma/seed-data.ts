// Demo data for the portal (fictional organisations and people). Pure data: no database access here.
import { checkCreditCode, creditCodeCheckChar, isJilinCreditCode } from "../lib/rules/credit-code";
import { INDUSTRIES as POLICY_INDUSTRIES } from "../lib/rules/industries";
import zhRules from "../lib/i18n/messages/rules.zh-CN.json";

export interface SeedDivision {
  code: string;
  name: string;
  industries: string[];
} // industry codes owned
export interface SeedIndustry {
  code: string;
  name: string;
  clause: string;
  sortOrder: number;
  subFields: string[];
}
export interface SeedOrg {
  key: string;
  name: string;
  type: "ENTERPRISE" | "UNIVERSITY" | "RESEARCH_INSTITUTE" | "SOCIAL_ORG" | "OTHER";
  creditCode: string;
  city: string;
  address: string;
}
export interface SeedMember {
  org: string /* SeedOrg.key */;
  role: "CHAIR" | "VICE_CHAIR" | "COUNCIL" | "MEMBER";
  chain?: "UPSTREAM" | "MIDSTREAM" | "DOWNSTREAM";
  output2022?: number;
  profitTax2022?: number;
  resources?: string;
  nationalTop10?: boolean;
  provincialTop10?: boolean;
  disciplineStrengths?: string;
  disciplineLeader?: string;
}
export interface SeedAlliance {
  key: string;
  name: string;
  kind: "ALLIANCE" | "CONSORTIUM";
  industry: string;
  subField: string;
  leadOrg: string;
  state: "DRAFT" | "DIVISION_REVIEW" | "FORM_REVIEW" | "MEETING" | "FILING" | "FILED" | "RETURNED" | "REJECTED" | "REVOKED";
  agreementEffectiveOn: string /* YYYY-MM-DD */;
  /** FILED and REVOKED alliances: the filing date (YYYY-MM-DD), so their annual assessments have years to fall in. */
  filedOn?: string;
  technicalField: string;
  chairName: string;
  hostUnitName: string;
  address: string;
  postcode: string;
  contactName: string;
  phone: string;
  fax: string;
  city: string;
  innovationGoal: string /* 150-450 Chinese chars, never over 500 */;
  researchDirections: string;
  members: SeedMember[];
}
export type SeedRole =
  | "ENTERPRISE_FILER"
  | "DIVISION_REVIEWER"
  | "DEPARTMENT_SECRETARY"
  | "INSTITUTE_OFFICER"
  | "SERVICE_CENTER"
  | "SYSTEM_ADMIN"
  | "SECURITY_ADMIN"
  | "AUDIT_ADMIN";
export interface SeedUser {
  username: string;
  displayName: string;
  password: string;
  roles: SeedRole[];
  division?: string /* SeedDivision.code */;
  org?: string /* SeedOrg.key */;
  phone?: string;
  email?: string;
  /** Demo only: the TOTP secret (base32) of staff accounts, for an authenticator app or `npm run totp:demo`. */
  totpSecret?: string;
}

// ---------- 四 联盟布局: the seven industries ----------

// The seven key industries of 四 come from the policy module, so seed and rules cannot drift apart.
// The stored name is the policy's own (Chinese) in every language: read from the Chinese catalogue, not through
// the name getter, which follows the current language and, in a script with no language yet, gave the key.
export const INDUSTRIES: SeedIndustry[] = POLICY_INDUSTRIES.map(({ code, clause, subFields }, index) => ({
  code,
  name: zhRules.rules.industries[code],
  clause,
  subFields: [...subFields],
  sortOrder: index + 1,
}));

export const DIVISIONS: SeedDivision[] = [
  { code: "HIGH_TECH", name: "高新技术处", industries: ["NEW_ENERGY", "NEW_EQUIPMENT", "NEW_MATERIALS"] },
  { code: "RURAL_TECH", name: "农村科技处", industries: ["NEW_AGRICULTURE"] },
  { code: "SOCIAL_DEV", name: "社会发展科技处", industries: ["PHARMA_HEALTH", "NEW_TOURISM"] },
  { code: "TRANSFER_REGIONAL", name: "成果转化与区域创新处", industries: ["NEW_ECOMMERCE"] },
];

// ---------- organisations ----------

/** GB/T 2260 codes used for characters 3-8 of the credit codes. */
const DIVISION_CODE_BY_CITY: Record<string, string> = {
  长春市: "220100",
  长春新区: "220100",
  吉林市: "220200",
  四平市: "220300",
  辽源市: "220400",
  通化市: "220500",
  白山市: "220600",
  松原市: "220700",
  白城市: "220800",
  延边朝鲜族自治州: "222400",
  北京市: "110108",
  沈阳市: "210100",
  哈尔滨市: "230100",
};

const ORG_CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

/** GB 11714 check character of an 8-character organisation code body, so the 9-char org code looks real. */
function orgCodeCheck(body8: string): string {
  const weights = [3, 7, 9, 10, 5, 8, 4, 2];
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const c = body8.charAt(i);
    const value = /[0-9]/.test(c) ? Number(c) : c.charCodeAt(0) - 55; // A=10 … Z=35
    sum += value * (weights[i] ?? 0);
  }
  const check = 11 - (sum % 11);
  return check === 10 ? "X" : check === 11 ? "0" : String(check);
}

/** Deterministic 9-char organisation code: an affine map of the sequence number (injective), plus its check. */
function orgCode(type: SeedOrg["type"], seq: number): string {
  if (type === "ENTERPRISE") {
    // Post-2015 enterprise registrations use "MA" + 6 characters.
    let n = (seq * 7919 + 104729) % 31 ** 6;
    let tail = "";
    for (let i = 0; i < 6; i++) {
      tail = ORG_CODE_CHARS.charAt(n % 31) + tail;
      n = Math.floor(n / 31);
    }
    return `MA${tail}${orgCodeCheck(`MA${tail}`)}`;
  }
  const lead = type === "SOCIAL_ORG" ? "5" : "4";
  const body = `${lead}${String((seq * 7919 + 271828) % 10 ** 7).padStart(7, "0")}`;
  return `${body}${orgCodeCheck(body)}`;
}

const CATEGORY_PREFIX: Record<SeedOrg["type"], string> = {
  ENTERPRISE: "91",
  UNIVERSITY: "12",
  RESEARCH_INSTITUTE: "12",
  SOCIAL_ORG: "51",
  OTHER: "52",
};

/** A valid unified social credit code: category + division + org code + GB 32100 check character. */
export function makeCreditCode(type: SeedOrg["type"], divisionCode: string, seq: number): string {
  const first17 = `${CATEGORY_PREFIX[type]}${divisionCode}${orgCode(type, seq)}`;
  const check = creditCodeCheckChar(first17);
  if (check === null) throw new Error(`seed: cannot build a credit code from ${first17}`);
  return `${first17}${check}`;
}

type OrgSpec = [key: string, name: string, type: SeedOrg["type"], city: string, address: string];

const E = "ENTERPRISE" as const;
const U = "UNIVERSITY" as const;
const R = "RESEARCH_INSTITUTE" as const;
const S = "SOCIAL_ORG" as const;

const ORG_SPECS: OrgSpec[] = [
  // universities
  ["u_ccgc", "长春工程技术大学", U, "长春市", "长春市朝阳区宽平大路1688号"],
  ["u_bfny", "吉林北方农业大学", U, "长春市", "长春市净月高新技术产业开发区新城大街2888号"],
  ["u_gdkj", "长春光电科技大学", U, "长春市", "长春市朝阳区卫星路7186号"],
  ["u_jcgl", "吉林江城理工学院", U, "吉林市", "吉林市龙潭区承德街45号"],
  ["u_cbzy", "吉林长白中医药大学", U, "长春市", "长春市净月高新技术产业开发区博硕路1035号"],
  ["u_ybcb", "延边长白学院", U, "延边朝鲜族自治州", "延吉市公园路977号"],
  ["u_xyty", "长春雪原体育学院", U, "长春市", "长春市南关区人民大街6588号"],
  ["u_szsm", "吉林数字商贸职业学院", U, "长春市", "长春市二道区东盛大街3366号"],
  ["u_sydl", "四平东辽学院", U, "四平市", "四平市铁西区海丰大街1301号"],
  // research institutes
  ["ri_xny", "吉林省新能源技术研究院", R, "长春市", "长春市朝阳区前进大街2555号"],
  ["ri_xcl", "吉林省先进材料研究院", R, "吉林市", "吉林市丰满区吉林大街5188号"],
  ["ri_nkc", "吉林省农业科技创新研究院", R, "长春市", "长春市公主岭市西兴华街1363号"],
  ["ri_gdjm", "吉林省光电精密装备研究所", R, "长春市", "长春市经济技术开发区东南湖大路3888号"],
  ["ri_zyzy", "吉林省中药资源研究院", R, "通化市", "通化市东昌区新华大街1128号"],
  ["ri_swyy", "吉林省生物医药研究所", R, "长春新区", "长春新区硅谷大街4199号"],
  ["ri_hts", "吉林省黑土地保护利用研究中心", R, "长春市", "长春市绿园区西新工业集中区春城大街1666号"],
  ["ri_znqc", "吉林省智能网联汽车研究院", R, "长春市", "长春市汽车经济技术开发区东风大街8899号"],
  ["ri_lyfz", "吉林省冰雪旅游发展研究院", R, "吉林市", "吉林市船营区北京路399号"],
  ["ri_dsyj", "吉林省数字商务研究中心", R, "长春市", "长春市南关区南湖大路2288号"],
  ["ri_bjny", "北京燕京先进能源研究院", R, "北京市", "北京市海淀区中关村南大街66号"],
  // social organisations
  ["so_xny", "吉林省新能源行业协会", S, "长春市", "长春市朝阳区红旗街1166号"],
  ["so_ds", "吉林省直播电商协会", S, "长春市", "长春市二道区吉林大路4188号"],
  ["so_bx", "吉林省冰雪产业促进会", S, "吉林市", "吉林市船营区江湾路158号"],
  // hydrogen
  ["hy_lead", "吉林省吉氢能源科技集团有限公司", E, "长春市", "长春市朝阳区飞跃路2699号"],
  ["hy_bc", "白城向海风光制氢有限公司", E, "白城市", "白城市洮北区海明西路218号"],
  ["hy_sy", "松原查干绿氢化工有限公司", E, "松原市", "松原市宁江区锦江大街3098号"],
  ["hy_djc", "长春氢源电解装备有限公司", E, "长春新区", "长春新区超达大路5566号"],
  ["hy_cq", "吉林市江城储氢材料股份有限公司", E, "吉林市", "吉林市高新区深圳街88号"],
  ["hy_rldc", "长春北湖燃料电池动力系统有限公司", E, "长春新区", "长春新区北湖科技开发区盛北大街3777号"],
  ["hy_jqz", "吉林省氢途加氢站运营有限公司", E, "长春市", "长春市宽城区北亚泰大街1899号"],
  ["hy_cy", "四平东辽氢能储运装备有限公司", E, "四平市", "四平市红嘴经济技术开发区紫气大路1099号"],
  ["hy_zk", "吉林省长白氢能重卡物流有限公司", E, "吉林市", "吉林市昌邑区解放北路1566号"],
  ["ext_bjhy", "北京燕清氢能技术有限公司", E, "北京市", "北京市海淀区上地信息路28号"],
  // wind and solar (the lead is a diversified new-energy group)
  ["ne_lead", "吉林省松辽新能源集团有限公司", E, "长春市", "长春市南关区人民大街9999号"],
  ["wd_yp", "吉林市雾凇风电叶片有限公司", E, "吉林市", "吉林市经济技术开发区九站街1288号"],
  ["wd_zc", "辽源精工风电轴承有限公司", E, "辽源市", "辽源市龙山区人民大街2166号"],
  ["wd_tt", "白城北方塔筒制造有限公司", E, "白城市", "白城市工业园区青山路36号"],
  ["wd_zj", "长春风驰风电装备有限公司", E, "长春市", "长春市绿园区青年路5088号"],
  ["wd_yw", "松原风电智能运维服务有限公司", E, "松原市", "松原市经济技术开发区沿江西路1688号"],
  ["wd_cn", "吉林省长储储能科技有限公司", E, "长春市", "长春市高新区蔚山路4399号"],
  ["wd_gr", "白城向海绿电供热有限公司", E, "白城市", "白城市洮北区长庆南街968号"],
  ["sl_gf", "吉林省长白光伏材料有限公司", E, "吉林市", "吉林市龙潭区遵义东路2266号"],
  ["sl_zj", "四平晶光组件科技有限公司", E, "四平市", "四平市铁东区英雄大路1888号"],
  ["sl_nbq", "长春光储逆变器有限公司", E, "长春市", "长春市高新区硅谷大街2188号"],
  ["sl_gy", "辽源硅能新材料有限公司", E, "辽源市", "辽源市西安区仙城大路566号"],
  // intelligent connected vehicles
  ["eq_lead", "长春北辰智能汽车有限公司", E, "长春市", "长春市汽车经济技术开发区东风大街6688号"],
  ["au_xp", "长春芯联车规电子有限公司", E, "长春新区", "长春新区龙翔国际商务中心A座1608室"],
  ["au_ld", "长春光感激光雷达科技有限公司", E, "长春市", "长春市高新区光谷大街1299号"],
  ["au_dj", "吉林省东北亚电驱动系统有限公司", E, "吉林市", "吉林市高新区恒山西路2255号"],
  ["au_dc", "四平恒源动力电池有限公司", E, "四平市", "四平市铁东区北山路3366号"],
  ["au_dp", "辽源线控底盘技术有限公司", E, "辽源市", "辽源市经济开发区友谊大路1888号"],
  ["au_rj", "长春车云智能软件有限公司", E, "长春新区", "长春新区硅谷大街3055号"],
  ["au_mj", "长春精铸汽车模具有限公司", E, "长春市", "长春市绿园区普阳街2766号"],
  ["au_cx", "吉林省智慧出行服务有限公司", E, "长春市", "长春市朝阳区自由大路1588号"],
  ["au_zc", "延边图们江专用车制造有限公司", E, "延边朝鲜族自治州", "延吉市工业集中区长白山东路688号"],
  ["au_qjj", "吉林市汽车轻量化部件有限公司", E, "吉林市", "吉林市经济技术开发区吉林大街1777号"],
  // carbon fibre
  ["cf_lead", "吉林市江北碳纤维集团股份有限公司", E, "吉林市", "吉林市龙潭区化纤路516号"],
  ["cf_bx", "吉林江城腈纶原丝有限公司", E, "吉林市", "吉林市龙潭区汉阳街1888号"],
  ["cf_byx", "吉林市松花江丙烯腈化工有限公司", E, "吉林市", "吉林市龙潭区江北化学工业园区秀水路188号"],
  ["cf_th", "吉林市龙潭碳化线装备有限公司", E, "吉林市", "吉林市龙潭区新吉林大街2199号"],
  ["cf_fc", "长春碳复材料科技有限公司", E, "长春新区", "长春新区空港经济开发区航空大街2277号"],
  ["cf_qp", "吉林市碳瓶储氢容器有限公司", E, "吉林市", "吉林市经济技术开发区昆仑街699号"],
  ["cf_ty", "吉林市雪原碳纤维体育用品有限公司", E, "吉林市", "吉林市船营区越山路1366号"],
  ["cf_qc", "长春轻驰碳纤维汽车部件有限公司", E, "长春市", "长春市汽车经济技术开发区创业大街3188号"],
  ["cf_jz", "四平碳纤维建筑补强材料有限公司", E, "四平市", "四平市铁西区仁兴街1066号"],
  ["cf_zj", "吉林市精细化工助剂有限公司", E, "吉林市", "吉林市龙潭区江北化学工业园区金珠路66号"],
  ["ext_sytx", "沈阳辽河碳纤维装备有限公司", E, "沈阳市", "沈阳市铁西区北二东路188号"],
  // modern seed industry
  ["ag_lead", "吉林省沃土种业股份有限公司", E, "长春市", "长春市净月高新技术产业开发区生态大街6299号"],
  ["ag_zz", "公主岭丰源玉米种质科技有限公司", E, "长春市", "长春市公主岭市河北大街2108号"],
  ["ag_swjs", "长春禾芯生物育种技术有限公司", E, "长春新区", "长春新区药谷大街1588号"],
  ["ag_zl", "白城杂粮杂豆种业有限公司", E, "白城市", "白城市洮北区幸福北大路1866号"],
  ["ag_sd", "松原前郭稻香种业有限公司", E, "松原市", "松原市前郭尔罗斯蒙古族自治县哈达大街588号"],
  ["ag_jg", "四平种子加工装备有限公司", E, "四平市", "四平市铁东区平东大路2299号"],
  ["ag_fw", "吉林省丰收农业社会化服务有限公司", E, "长春市", "长春市双阳区平湖大街1099号"],
  ["ag_lsjg", "松原金谷粮食加工有限公司", E, "松原市", "松原市宁江区沿江东路3688号"],
  ["ext_hrbzy", "哈尔滨寒地种业科技有限公司", E, "哈尔滨市", "哈尔滨市松北区创新二路2777号"],
  // ice and snow
  ["ts_lead", "吉林省长白雪原冰雪产业集团有限公司", E, "吉林市", "吉林市丰满区松花湖大街1号"],
  ["ts_zx", "长春雪舞造雪设备有限公司", E, "长春市", "长春市经济技术开发区临河街4688号"],
  ["ts_xb", "通化鸭绿江滑雪板制造有限公司", E, "通化市", "通化市二道江区鸭园大街219号"],
  ["ts_zh", "吉林省智慧冰雪科技有限公司", E, "长春市", "长春市高新区蔚山路2888号"],
  ["ts_cd", "吉林市冰雪场地工程有限公司", E, "吉林市", "吉林市船营区徐州路266号"],
  ["ts_dj", "延边天池冰雪度假有限公司", E, "延边朝鲜族自治州", "安图县二道白河镇白山大街388号"],
  ["ts_xc", "白山长白雪村旅游开发有限公司", E, "白山市", "白山市浑江区浑江大街1588号"],
  ["ts_px", "长春冰雪运动培训有限公司", E, "长春市", "长春市净月高新技术产业开发区净月大街5566号"],
  // live-streaming e-commerce
  ["ec_lead", "长春云播电子商务集团有限公司", E, "长春市", "长春市二道区东盛大街2288号"],
  ["ec_rs", "通化参源供应链管理有限公司", E, "通化市", "通化市东昌区江南大街1199号"],
  ["ec_my", "延边海兰江农特产品有限公司", E, "延边朝鲜族自治州", "龙井市海兰路518号"],
  ["ec_mcn", "长春星播文化传媒有限公司", E, "长春市", "长春市朝阳区工农大路1399号"],
  ["ec_wl", "吉林省快链仓储物流有限公司", E, "长春市", "长春市宽城区兰家物流园区物流大路88号"],
  ["ec_sj", "吉林省云数电商数据科技有限公司", E, "长春新区", "长春新区光谷大街5888号"],
  ["ec_sq", "吉林市邻里社区电商有限公司", E, "吉林市", "吉林市昌邑区重庆街699号"],
  ["ec_ml", "辽源梅花鹿产品电商有限公司", E, "辽源市", "辽源市东丰县东丰大街1288号"],
  // traditional Chinese medicine
  ["ph_lead", "吉林省参芝堂药业股份有限公司", E, "通化市", "通化市医药高新区滨江东路3399号"],
  ["ph_zz", "白山长白参业种植有限公司", E, "白山市", "白山市抚松县人参大街666号"],
  ["ph_wwz", "延边北五味子药材有限公司", E, "延边朝鲜族自治州", "敦化市渤海街1188号"],
  ["ph_yp", "吉林省道地药材饮片有限公司", E, "长春市", "长春市九台区卡伦湖大街2066号"],
  ["ph_tq", "通化本草提取物科技有限公司", E, "通化市", "通化市医药高新区医药大街1566号"],
  ["ph_lt", "吉林省康瑞医药物流有限公司", E, "长春市", "长春市宽城区长新路1888号"],
  ["ph_dj", "长春参颐大健康产品有限公司", E, "长春新区", "长春新区药谷大街2688号"],
  ["ph_sb", "四平中药制药设备有限公司", E, "四平市", "四平市红嘴经济技术开发区天红路88号"],
];

export const ORGANIZATIONS: SeedOrg[] = ORG_SPECS.map(([key, name, type, city, address], i) => ({
  key,
  name,
  type,
  creditCode: makeCreditCode(type, DIVISION_CODE_BY_CITY[city] ?? "220100", i + 1),
  city,
  address,
}));

// ---------- member helpers ----------

type Role = SeedMember["role"];
type Chain = NonNullable<SeedMember["chain"]>;

/** An enterprise member: 2022 output value and profit-tax in 万元, S&T resources and platforms. */
function ent(
  org: string,
  role: Role,
  chain: Chain,
  output2022: number,
  profitTax2022: number,
  resources: string,
  top?: { national?: boolean; provincial?: boolean },
): SeedMember {
  return {
    org,
    role,
    chain,
    output2022,
    profitTax2022,
    resources,
    nationalTop10: top?.national ?? false,
    provincialTop10: top?.provincial ?? false,
  };
}

/** A university or research-institute member: discipline strengths and leader. */
function aca(org: string, role: Role, disciplineStrengths: string, disciplineLeader: string): SeedMember {
  return { org, role, disciplineStrengths, disciplineLeader };
}

function soc(org: string, role: Role): SeedMember {
  return { org, role };
}

// ---------- alliances ----------

/** The DRAFT alliance that deliberately breaks R1-R3 so the policy panel has something to show. */
export const RULE_BREAKING_ALLIANCE_KEY = "solar";

export const ALLIANCES: SeedAlliance[] = [
  {
    key: "hydrogen",
    name: "吉林省氢能产业科技创新联盟",
    kind: "ALLIANCE",
    industry: "NEW_ENERGY",
    subField: "氢能",
    leadOrg: "hy_lead",
    state: "FILED",
    agreementEffectiveOn: "2024-03-15",
    filedOn: "2024-05-20",
    technicalField: "可再生能源电解水制氢、氢气储运、燃料电池及绿氢化工应用",
    chairName: "高振华",
    hostUnitName: "吉林省吉氢能源科技集团有限公司",
    address: "长春市朝阳区飞跃路2699号",
    postcode: "130012",
    contactName: "孙立伟",
    phone: "0431-85162233",
    fax: "0431-85162235",
    city: "长春市",
    innovationGoal:
      "围绕“陆上风光三峡”和“氢动吉林”建设，聚焦可再生能源制氢、储运、加注和应用全链条，联合攻关大功率碱性及质子交换膜电解槽、高压气态与固态储氢、燃料电池电堆及系统集成、绿氨绿醇合成等关键技术。到2026年，突破“卡脖子”技术8项以上，制定团体标准5项，申请发明专利60件，建成风光制氢一体化示范项目3个、加氢站10座，推动燃料电池重卡示范运营500辆，绿氢制取成本较2022年下降30%，形成以企业为主体、市场为导向、产学研深度融合的氢能技术创新体系，支撑我省“双碳”目标落地。",
    researchDirections:
      "1. 兆瓦级碱性电解槽与PEM电解槽关键材料及系统集成；2. 高压气态储氢瓶及固态储氢材料；3. 燃料电池电堆、膜电极及低温冷启动技术；4. 风光波动电源制氢柔性控制；5. 绿氢耦合合成氨、甲醇工艺。",
    members: [
      ent("hy_lead", "CHAIR", "MIDSTREAM", 186500, 15320, "国家级企业技术中心、吉林省氢能工程研究中心、博士后科研工作站", { provincial: true }),
      ent("hy_bc", "VICE_CHAIR", "UPSTREAM", 64800, 7250, "吉林省风光制氢工程技术研究中心、白城绿电制氢示范基地", { provincial: true }),
      ent("hy_sy", "VICE_CHAIR", "DOWNSTREAM", 92300, 8460, "吉林省绿色化工重点实验室、年产10万吨绿氨示范装置"),
      ent("hy_djc", "COUNCIL", "UPSTREAM", 28600, 2310, "吉林省电解槽装备工程研究中心、省级专精特新“小巨人”企业"),
      ent("hy_cq", "MEMBER", "UPSTREAM", 19800, 1520, "吉林省储氢材料工程技术研究中心"),
      ent("hy_rldc", "MEMBER", "DOWNSTREAM", 35600, 2870, "省级企业技术中心、燃料电池低温冷启动测试平台"),
      ent("hy_jqz", "MEMBER", "DOWNSTREAM", 12400, 960, "加氢站安全运营监测平台"),
      ent("hy_cy", "MEMBER", "MIDSTREAM", 21500, 1680, "四平市长管拖车储运装备工程技术研究中心"),
      ent("hy_zk", "MEMBER", "DOWNSTREAM", 26700, 1150, "氢能重卡示范运营车队及能耗数据平台"),
      ent("ext_bjhy", "MEMBER", "UPSTREAM", 48200, 5630, "北京市质子交换膜工程技术研究中心", { national: true }),
      aca("u_ccgc", "COUNCIL", "电气工程、动力工程及工程热物理（省级优势特色学科）", "刘振东 教授"),
      aca("ri_xny", "MEMBER", "可再生能源制氢系统集成、氢安全检测评价", "周雅琴 研究员"),
      aca("ri_bjny", "MEMBER", "电催化材料、燃料电池膜电极", "钱思远 研究员"),
      soc("so_xny", "MEMBER"),
    ],
  },
  {
    key: "wind",
    name: "吉林省风能产业科技创新联盟",
    kind: "ALLIANCE",
    industry: "NEW_ENERGY",
    subField: "风能",
    leadOrg: "ne_lead",
    state: "RETURNED",
    agreementEffectiveOn: "2026-01-15",
    technicalField: "大型风电机组及关键部件、风电场智能运维、风电储能与清洁供热",
    chairName: "马国栋",
    hostUnitName: "吉林省松辽新能源集团有限公司",
    address: "长春市南关区人民大街9999号",
    postcode: "130022",
    contactName: "李晓峰",
    phone: "0431-88926718",
    fax: "0431-88926719",
    city: "长春市",
    innovationGoal:
      "面向吉林西部国家级清洁能源基地建设，整合风电整机、叶片、轴承、塔筒、运维和储能等上下游企业及高校院所力量，重点突破寒区大型风电机组防冰除冰、超长叶片轻量化设计制造、大兆瓦主轴轴承国产化、风储协同调度与风电清洁供热等关键技术。三年内形成新产品10项以上，申请发明专利40件，制定地方或团体标准3项，关键部件本地配套率提高到60%，风电场运维成本降低15%，打造具有寒区特色的风电装备与应用产业集群。",
    researchDirections:
      "1. 寒区风电机组防冰除冰与低温材料；2. 百米级碳纤维叶片设计与制造；3. 大兆瓦主轴轴承国产化；4. 风电场数字孪生与预测性运维；5. 风储协同调度及风电清洁供热。",
    members: [
      ent("ne_lead", "CHAIR", "MIDSTREAM", 238600, 21450, "国家级企业技术中心、吉林省风电工程研究中心、院士专家工作站", { provincial: true }),
      ent("wd_yp", "VICE_CHAIR", "UPSTREAM", 56300, 4120, "吉林省风电叶片工程技术研究中心、省级专精特新企业"),
      ent("wd_zc", "MEMBER", "UPSTREAM", 33800, 2650, "吉林省精密轴承工程技术研究中心"),
      ent("wd_tt", "MEMBER", "UPSTREAM", 27400, 1890, "白城市风电塔筒焊接技术中心"),
      ent("wd_zj", "COUNCIL", "MIDSTREAM", 82100, 6720, "省级企业技术中心、整机传动链试验台"),
      ent("wd_yw", "MEMBER", "DOWNSTREAM", 9800, 860, "风电场远程集控与智能运维平台"),
      ent("wd_cn", "MEMBER", "DOWNSTREAM", 24600, 1930, "吉林省储能系统集成工程研究中心"),
      ent("wd_gr", "MEMBER", "DOWNSTREAM", 15200, 1080, "风电清洁供热示范项目"),
      aca("u_ccgc", "VICE_CHAIR", "电气工程、风力发电机组控制（省级一流学科）", "刘振东 教授"),
      aca("ri_xny", "MEMBER", "风资源评估、风电并网与储能系统", "周雅琴 研究员"),
      aca("u_sydl", "MEMBER", "机械设计制造及其自动化、焊接工艺", "韩立群 教授"),
      soc("so_xny", "MEMBER"),
    ],
  },
  {
    key: RULE_BREAKING_ALLIANCE_KEY,
    name: "吉林省太阳能产业科技创新联盟",
    kind: "ALLIANCE",
    industry: "NEW_ENERGY",
    subField: "太阳能",
    leadOrg: "ne_lead",
    state: "DRAFT",
    agreementEffectiveOn: "2026-06-01",
    technicalField: "高效光伏电池与组件、光伏逆变与储能、寒区光伏系统",
    chairName: "马国栋",
    hostUnitName: "吉林省松辽新能源集团有限公司",
    address: "长春市南关区人民大街9999号",
    postcode: "130022",
    contactName: "李晓峰",
    phone: "0431-88926718",
    fax: "0431-88926719",
    city: "长春市",
    innovationGoal:
      "立足吉林西部丰富的太阳能资源，联合光伏材料、组件、逆变器企业和高校院所，开展高效N型电池、耐低温抗积雪光伏组件、光储一体化逆变器和寒区光伏电站智能运维等技术攻关。力争三年内开发新产品6项，申请发明专利20件，建成寒区光伏实证基地1个，组件在零下30摄氏度环境下发电效率衰减控制在3%以内，带动省内光伏制造产业链完善升级。",
    researchDirections: "1. 高效N型电池与耐低温组件封装材料；2. 光储一体化逆变器；3. 寒区光伏电站积雪监测与智能运维。",
    members: [
      ent("ne_lead", "CHAIR", "MIDSTREAM", 238600, 21450, "国家级企业技术中心、吉林省风电工程研究中心、院士专家工作站", { provincial: true }),
      ent("sl_gf", "VICE_CHAIR", "UPSTREAM", 18600, 1320, "吉林省光伏封装材料工程技术研究中心"),
      ent("sl_zj", "MEMBER", "MIDSTREAM", 31200, 1760, "组件可靠性检测实验室"),
      ent("sl_nbq", "COUNCIL", "MIDSTREAM", 14500, 1180, "省级专精特新企业、逆变器测试平台"),
      ent("sl_gy", "MEMBER", "UPSTREAM", 22800, 1540, "多晶硅提纯中试线"),
      aca("u_gdkj", "MEMBER", "光学工程、光电信息材料（国家级一流本科专业）", "杨光明 教授"),
      aca("ri_xny", "MEMBER", "光伏系统集成与实证测试", "周雅琴 研究员"),
      aca("u_ccgc", "MEMBER", "电气工程、新能源并网控制", "刘振东 教授"),
      soc("so_xny", "MEMBER"),
    ],
  },
  {
    key: "icv",
    name: "吉林省智能网联汽车产业科技创新联合体",
    kind: "CONSORTIUM",
    industry: "NEW_EQUIPMENT",
    subField: "现代汽车",
    leadOrg: "eq_lead",
    state: "MEETING",
    agreementEffectiveOn: "2025-12-20",
    technicalField: "新能源汽车电驱电控、车规级芯片与传感器、线控底盘、车路云一体化",
    chairName: "王海涛",
    hostUnitName: "长春北辰智能汽车有限公司",
    address: "长春市汽车经济技术开发区东风大街6688号",
    postcode: "130011",
    contactName: "赵雪松",
    phone: "0431-81935566",
    fax: "0431-81935567",
    city: "长春市",
    innovationGoal:
      "以整车企业需求为牵引，联合芯片、传感器、电驱动、动力电池、线控底盘、软件和出行服务企业及高校院所，组建创新联合体，开展车规级芯片、激光雷达、高效电驱动总成、线控转向与制动、车路云一体化等核心技术联合攻关。到2027年，实现关键零部件国产化替代15项，申请发明专利120件，主导或参与国家及行业标准6项，建设智能网联汽车开放测试道路100公里，带动省内配套企业新增产值50亿元，推动长春国际汽车城向新能源化、智能化转型升级。",
    researchDirections: "1. 车规级MCU与功率半导体；2. 固态激光雷达与多传感器融合；3. 800V高压电驱动总成；4. 线控转向与线控制动；5. 车路云一体化与高精度地图。",
    members: [
      ent("eq_lead", "CHAIR", "DOWNSTREAM", 1265000, 98600, "国家级企业技术中心、国家智能网联汽车测试示范区（吉林）", { national: true, provincial: true }),
      ent("au_xp", "VICE_CHAIR", "UPSTREAM", 42300, 3860, "吉林省车规级芯片工程研究中心"),
      ent("au_ld", "COUNCIL", "UPSTREAM", 18900, 1420, "省级专精特新“小巨人”企业、激光雷达测试暗室"),
      ent("au_dj", "COUNCIL", "MIDSTREAM", 96500, 7340, "省级企业技术中心、电驱动系统台架试验中心", { provincial: true }),
      ent("au_dc", "MEMBER", "MIDSTREAM", 128700, 8950, "吉林省动力电池工程技术研究中心"),
      ent("au_dp", "MEMBER", "MIDSTREAM", 21600, 1580, "线控底盘硬件在环测试平台"),
      ent("au_rj", "MEMBER", "MIDSTREAM", 15800, 2160, "吉林省汽车软件工程技术研究中心"),
      ent("au_mj", "MEMBER", "UPSTREAM", 37200, 2480, "省级企业技术中心、大型覆盖件模具设计中心"),
      ent("au_qjj", "MEMBER", "UPSTREAM", 45600, 3120, "吉林省汽车轻量化工程技术研究中心"),
      ent("au_cx", "MEMBER", "DOWNSTREAM", 8600, 520, "网约车与自动驾驶出行数据平台"),
      ent("au_zc", "MEMBER", "DOWNSTREAM", 23400, 1360, "专用车改装技术中心"),
      aca("ri_znqc", "VICE_CHAIR", "智能网联汽车测试评价、车路协同", "陈博远 研究员"),
      aca("u_gdkj", "COUNCIL", "光学工程、仪器科学与技术（激光雷达光学系统）", "杨光明 教授"),
      aca("u_ccgc", "MEMBER", "车辆工程、控制科学与工程", "孟凡宇 教授"),
      aca("ri_gdjm", "MEMBER", "精密光电测量、车载光学传感器", "许文澜 研究员"),
    ],
  },
  {
    key: "carbonfiber",
    name: "吉林省碳纤维产业科技创新联盟",
    kind: "ALLIANCE",
    industry: "NEW_MATERIALS",
    subField: "碳纤维",
    leadOrg: "cf_lead",
    state: "FILED",
    agreementEffectiveOn: "2024-06-01",
    filedOn: "2024-09-12",
    technicalField: "原丝、碳化、复合材料及终端应用",
    chairName: "宋建国",
    hostUnitName: "吉林市江北碳纤维集团股份有限公司",
    address: "吉林市龙潭区化纤路516号",
    postcode: "132101",
    contactName: "刘佳琪",
    phone: "0432-63502188",
    fax: "0432-63502189",
    city: "吉林市",
    innovationGoal:
      "按照“终端应用引领、原丝碳丝支撑、复合材料协同”的路径，联合丙烯腈、原丝、碳化装备、复合材料和终端制品企业及高校院所，攻关大丝束原丝高效纺丝、低成本快速碳化、高性能上浆剂、热塑性复合材料成型和碳纤维回收再利用等关键技术。到2026年，大丝束碳纤维成本降低20%，新增复材制品20种，申请发明专利80件，建成风电叶片、氢气瓶、汽车部件和冰雪器材应用示范线各1条，全力打造“中国碳纤维产业高地”。",
    researchDirections: "1. 大丝束原丝高效纺丝与稳定化；2. 低能耗快速碳化装备；3. 高性能上浆剂国产化；4. 热塑性复合材料成型；5. 碳纤维复材回收再利用。",
    members: [
      ent("cf_lead", "CHAIR", "MIDSTREAM", 856000, 72400, "国家企业技术中心、国家碳纤维工程技术研究中心吉林分中心", { national: true, provincial: true }),
      ent("cf_bx", "VICE_CHAIR", "UPSTREAM", 312000, 24600, "省级企业技术中心、原丝中试线", { provincial: true }),
      ent("cf_byx", "MEMBER", "UPSTREAM", 178500, 13200, "吉林省丙烯腈工程技术研究中心"),
      ent("cf_zj", "MEMBER", "UPSTREAM", 12600, 980, "上浆剂配方实验室"),
      ent("ext_sytx", "MEMBER", "UPSTREAM", 38900, 3050, "辽宁省碳化装备工程技术研究中心"),
      ent("cf_th", "MEMBER", "MIDSTREAM", 26300, 2080, "碳化线装备设计中心"),
      ent("cf_fc", "VICE_CHAIR", "DOWNSTREAM", 67800, 5520, "吉林省复合材料工程研究中心、省级专精特新“小巨人”企业"),
      ent("cf_qp", "MEMBER", "DOWNSTREAM", 23500, 1860, "IV型储氢气瓶试验平台"),
      ent("cf_ty", "MEMBER", "DOWNSTREAM", 9600, 780, "碳纤维冰雪器材设计中心"),
      ent("cf_qc", "COUNCIL", "DOWNSTREAM", 41200, 2970, "汽车碳纤维部件工程技术研究中心"),
      ent("cf_jz", "MEMBER", "DOWNSTREAM", 11800, 860, "建筑补强材料检测实验室"),
      ent("wd_yp", "MEMBER", "DOWNSTREAM", 56300, 4120, "吉林省风电叶片工程技术研究中心、省级专精特新企业"),
      aca("ri_xcl", "VICE_CHAIR", "高性能纤维及复合材料、材料表征", "邵明哲 研究员"),
      aca("u_jcgl", "COUNCIL", "化学工程与技术、高分子材料（省级特色高水平学科）", "唐海燕 教授"),
      aca("u_gdkj", "MEMBER", "材料科学与工程、复合材料无损检测", "杨光明 教授"),
      aca("u_ccgc", "MEMBER", "机械工程、复合材料结构设计", "孟凡宇 教授"),
    ],
  },
  {
    key: "seed",
    name: "吉林省现代种业产业科技创新联盟",
    kind: "ALLIANCE",
    industry: "NEW_AGRICULTURE",
    subField: "现代种业",
    leadOrg: "ag_lead",
    state: "FORM_REVIEW",
    agreementEffectiveOn: "2026-01-10",
    technicalField: "玉米、水稻、大豆及杂粮杂豆种质创新与商业化育种",
    chairName: "郭玉林",
    hostUnitName: "吉林省沃土种业股份有限公司",
    address: "长春市净月高新技术产业开发区生态大街6299号",
    postcode: "130117",
    contactName: "王雪梅",
    phone: "0431-84519028",
    fax: "0431-84519029",
    city: "长春市",
    innovationGoal:
      "围绕千亿斤粮食产能建设目标，构建“种质资源—生物育种—制种繁育—加工推广”一体化创新链，联合育种企业、制种基地、种子加工装备企业和农业高校院所，开展种质资源精准鉴定、分子设计育种、基因编辑、耐密宜机收品种选育和种子加工质量控制等关键技术研究。三年内创制优异种质200份，审定新品种20个，申请植物新品种权30件，良种繁育基地新增30万亩，主导品种推广面积达到3000万亩，提升我省种业自主创新能力和核心竞争力。",
    researchDirections: "1. 东北寒地种质资源精准鉴定与创制；2. 玉米分子设计育种与基因编辑；3. 耐密宜机收品种选育；4. 种子精选加工与质量追溯。",
    members: [
      ent("ag_lead", "CHAIR", "MIDSTREAM", 152300, 12800, "国家级育繁推一体化种业企业、吉林省玉米育种工程研究中心", { national: true, provincial: true }),
      ent("ag_zz", "VICE_CHAIR", "UPSTREAM", 28600, 2350, "吉林省玉米种质资源库、省级企业技术中心"),
      ent("ag_swjs", "COUNCIL", "UPSTREAM", 8900, 620, "分子育种实验室、省级专精特新企业"),
      ent("ext_hrbzy", "MEMBER", "UPSTREAM", 36400, 2780, "黑龙江省寒地大豆育种工程技术研究中心"),
      ent("ag_zl", "MEMBER", "MIDSTREAM", 12500, 860, "杂粮杂豆良种繁育基地"),
      ent("ag_sd", "MEMBER", "MIDSTREAM", 18700, 1240, "水稻良种繁育基地、省级农业产业化龙头企业"),
      ent("ag_jg", "MEMBER", "MIDSTREAM", 9600, 730, "种子加工成套装备设计中心"),
      ent("ag_fw", "MEMBER", "DOWNSTREAM", 14200, 680, "农业社会化服务数字平台"),
      ent("ag_lsjg", "MEMBER", "DOWNSTREAM", 96800, 5120, "省级企业技术中心、玉米精深加工生产线", { provincial: true }),
      aca("u_bfny", "VICE_CHAIR", "作物学、农业资源与环境（国家级一流学科建设）", "宋文斌 教授"),
      aca("ri_nkc", "COUNCIL", "玉米遗传育种、作物栽培", "冯淑贞 研究员"),
      aca("ri_hts", "MEMBER", "黑土地保护性耕作、土壤肥力", "于成海 研究员"),
      aca("u_sydl", "MEMBER", "农业机械化工程、种子加工", "韩立群 教授"),
    ],
  },
  {
    key: "icesnow",
    name: "吉林省冰雪产业科技创新联盟",
    kind: "ALLIANCE",
    industry: "NEW_TOURISM",
    subField: "冰雪",
    leadOrg: "ts_lead",
    state: "REVOKED",
    agreementEffectiveOn: "2023-09-01",
    filedOn: "2023-10-16",
    technicalField: "冰雪装备制造、智慧冰雪场地、冰雪旅游服务",
    chairName: "吕长春",
    hostUnitName: "吉林省长白雪原冰雪产业集团有限公司",
    address: "吉林市丰满区松花湖大街1号",
    postcode: "132013",
    contactName: "金美兰",
    phone: "0432-64698801",
    fax: "0432-64698802",
    city: "吉林市",
    innovationGoal:
      "依托我省冰雪资源优势，联合造雪设备、滑雪器材、场地工程、智慧冰雪和度假运营企业及高校院所，重点围绕冰雪装备、智慧旅游等领域，开展高效低能耗造雪、碳纤维滑雪板、雪道智能压实、滑雪场客流监测与安全预警等技术研究。三年内开发国产化冰雪装备8种，申请专利50件，建设智慧滑雪场示范3个，推动“产学研用”协同，形成“技术+需求”的新旅游产业生态。",
    researchDirections: "1. 高效低能耗造雪设备；2. 碳纤维滑雪板与护具；3. 雪道智能压实与雪质监测；4. 滑雪场客流监测与安全预警。",
    members: [
      ent("ts_lead", "CHAIR", "DOWNSTREAM", 68500, 5230, "吉林省冰雪旅游工程技术研究中心、国家级滑雪旅游度假地", { provincial: true }),
      ent("ts_zx", "VICE_CHAIR", "UPSTREAM", 15600, 1280, "造雪设备研发中心、省级专精特新企业"),
      ent("ts_xb", "MEMBER", "UPSTREAM", 7800, 560, "滑雪板设计实验室"),
      ent("cf_ty", "MEMBER", "UPSTREAM", 9600, 780, "碳纤维冰雪器材设计中心"),
      ent("ts_zh", "COUNCIL", "MIDSTREAM", 5600, 480, "智慧冰雪大数据平台"),
      ent("ts_cd", "MEMBER", "MIDSTREAM", 13400, 920, "雪道工程设计中心"),
      ent("ts_dj", "MEMBER", "DOWNSTREAM", 32600, 2860, "滑雪场安全运营监测平台"),
      ent("ts_xc", "MEMBER", "DOWNSTREAM", 6900, 410, "雪村民宿数字化管理平台"),
      ent("ts_px", "MEMBER", "DOWNSTREAM", 3200, 260, "冰雪运动培训课程研发中心"),
      aca("u_xyty", "VICE_CHAIR", "体育学、冰雪运动训练（省级重点学科）", "白雪峰 教授"),
      aca("ri_lyfz", "COUNCIL", "冰雪旅游规划、旅游大数据", "柳丹青 研究员"),
      aca("u_ybcb", "MEMBER", "旅游管理、朝鲜族民俗文化", "崔永哲 教授"),
      soc("so_bx", "MEMBER"),
    ],
  },
  {
    key: "livecommerce",
    name: "吉林省直播电商产业科技创新联盟",
    kind: "ALLIANCE",
    industry: "NEW_ECOMMERCE",
    subField: "直播电商",
    leadOrg: "ec_lead",
    state: "DIVISION_REVIEW",
    agreementEffectiveOn: "2026-02-01",
    technicalField: "直播电商数字化运营、农特产品供应链、智慧仓配",
    chairName: "黄思远",
    hostUnitName: "长春云播电子商务集团有限公司",
    address: "长春市二道区东盛大街2288号",
    postcode: "130031",
    contactName: "徐梦瑶",
    phone: "0431-84672290",
    fax: "0431-84672291",
    city: "长春市",
    innovationGoal:
      "聚焦培育壮大直播经济新业态，联合农特产品和人参、鹿产品供应企业、直播机构、电商数据服务、社区电商和仓储物流企业及院校，开展直播选品与用户画像智能分析、农产品品质溯源、直播虚拟场景、智慧仓配调度等技术研究与应用。三年内培育本土直播品牌50个，孵化带货主播500名，建设产地直播基地10个，推动吉林大米、人参、梅花鹿等优势产品线上销售额年均增长20%，促进产品增值、产业增效、群众增收。",
    researchDirections: "1. 直播选品与用户画像智能分析；2. 农特产品品质溯源与区块链存证；3. 虚拟直播间与数字人主播；4. 产地仓智慧调度。",
    members: [
      ent("ec_lead", "CHAIR", "MIDSTREAM", 42600, 3150, "吉林省电子商务示范企业、直播电商产业园", { provincial: true }),
      ent("ec_rs", "VICE_CHAIR", "UPSTREAM", 26800, 2240, "人参产品质量追溯平台"),
      ent("ec_my", "MEMBER", "UPSTREAM", 15300, 980, "大米产地直播基地"),
      ent("ec_ml", "MEMBER", "UPSTREAM", 8700, 640, "梅花鹿产品检测实验室"),
      ent("ec_mcn", "COUNCIL", "MIDSTREAM", 9600, 1120, "主播孵化基地、虚拟直播间"),
      ent("ec_sj", "MEMBER", "MIDSTREAM", 4300, 590, "电商大数据分析平台、省级专精特新企业"),
      ent("ec_wl", "MEMBER", "DOWNSTREAM", 21800, 1460, "智慧仓配调度系统"),
      ent("ec_sq", "MEMBER", "DOWNSTREAM", 5400, 310, "社区团购履约平台"),
      aca("u_szsm", "COUNCIL", "电子商务、数字营销（省级高水平专业群）", "方静怡 教授"),
      aca("ri_dsyj", "MEMBER", "数字经济政策、电商数据治理", "程立新 研究员"),
      soc("so_ds", "MEMBER"),
    ],
  },
  {
    key: "tcm",
    name: "吉林省中药产业科技创新联盟",
    kind: "ALLIANCE",
    industry: "PHARMA_HEALTH",
    subField: "中药",
    leadOrg: "ph_lead",
    state: "DRAFT",
    agreementEffectiveOn: "2026-05-01",
    technicalField: "道地药材规范化种植、中药饮片与提取物、中成药二次开发",
    chairName: "姜文华",
    hostUnitName: "吉林省参芝堂药业股份有限公司",
    address: "通化市医药高新区滨江东路3399号",
    postcode: "134001",
    contactName: "曲晓丽",
    phone: "0435-35286600",
    fax: "0435-35286601",
    city: "通化市",
    innovationGoal:
      "围绕把吉林打造成国内外知名北药基地，联合人参、五味子等道地药材种植企业、饮片和提取物企业、中成药生产企业、医药流通企业及中医药高校院所，开展良种选育与繁育、中药材规范化种植、质量标志物研究、提取纯化工艺优化、经典名方和中成药二次开发等关键技术研究。三年内选育药材新品种5个，建设规范化种植基地5万亩，完成中成药大品种二次开发10个，申请发明专利60件，推动我省中药产业产值突破千亿元。",
    researchDirections: "1. 人参、五味子等道地药材良种选育与林下种植；2. 中药质量标志物与全程质量追溯；3. 提取纯化绿色工艺；4. 经典名方与中成药二次开发。",
    members: [
      ent("ph_lead", "CHAIR", "MIDSTREAM", 326500, 31800, "国家级企业技术中心、吉林省中药制剂工程研究中心、博士后科研工作站", {
        national: true,
        provincial: true,
      }),
      ent("ph_zz", "VICE_CHAIR", "UPSTREAM", 23600, 1980, "人参良种繁育基地、省级农业产业化龙头企业"),
      ent("ph_wwz", "MEMBER", "UPSTREAM", 9800, 720, "北五味子规范化种植基地"),
      ent("ph_sb", "MEMBER", "UPSTREAM", 14200, 1060, "中药制药装备设计中心"),
      ent("ph_yp", "MEMBER", "MIDSTREAM", 31500, 2380, "省级企业技术中心、中药饮片炮制工艺实验室"),
      ent("ph_tq", "COUNCIL", "MIDSTREAM", 45800, 4120, "吉林省中药提取物工程技术研究中心"),
      ent("ph_lt", "MEMBER", "DOWNSTREAM", 186000, 6850, "医药冷链物流与追溯平台", { provincial: true }),
      ent("ph_dj", "MEMBER", "DOWNSTREAM", 17600, 1430, "人参大健康食品研发中心"),
      ent("ec_rs", "MEMBER", "DOWNSTREAM", 26800, 2240, "人参产品质量追溯平台"),
      aca("u_cbzy", "VICE_CHAIR", "中药学、中西医结合（国家级一流学科建设）", "秦书华 教授"),
      aca("ri_zyzy", "COUNCIL", "中药资源学、道地药材栽培", "林晓光 研究员"),
      aca("ri_swyy", "MEMBER", "药物分析、药效评价", "谭一鸣 研究员"),
      aca("u_ybcb", "MEMBER", "朝医药学、长白山药用植物", "崔永哲 教授"),
    ],
  },
];

// ---------- demo accounts (one per role) ----------

export const DEMO_USERS: SeedUser[] = [
  {
    username: "filer",
    displayName: "李晓峰",
    password: "Tianbiao#2026jl",
    roles: ["ENTERPRISE_FILER"],
    org: "ne_lead",
    phone: "13904310001",
    email: "filer@songliao-energy.example.cn",
  },
  {
    username: "filer2",
    displayName: "曲晓丽",
    password: "Shenbao#2026jl",
    roles: ["ENTERPRISE_FILER"],
    org: "ph_lead",
    phone: "13904350002",
    email: "filer2@shenzhitang.example.cn",
  },
  {
    username: "filer3",
    displayName: "高婷",
    password: "Yunxing#2026jl",
    roles: ["ENTERPRISE_FILER"],
    org: "hy_lead",
    phone: "13904310008",
    email: "filer3@jiqing-energy.example.cn",
  },
  {
    username: "reviewer",
    displayName: "张志国",
    password: "Shenhe#2026jl",
    roles: ["DIVISION_REVIEWER"],
    division: "HIGH_TECH",
    phone: "13604310003",
    totpSecret: "VHYVI53RODCCBGGSLCIDLYSH2LERNO4O",
  },
  {
    username: "reviewer2",
    displayName: "刘晓燕",
    password: "Chushen#2026jl",
    roles: ["DIVISION_REVIEWER"],
    division: "TRANSFER_REGIONAL",
    phone: "13604310004",
    totpSecret: "ADITGM6V6QSYXA3KLE7DLBGTPB2GBQQV",
  },
  {
    username: "secretary",
    displayName: "陈建军",
    password: "Tingwu#2026jl",
    roles: ["DEPARTMENT_SECRETARY"],
    phone: "13604310005",
    totpSecret: "LHVV6YBANLP34XSHQOO4OMQW4X2KO7D5",
  },
  {
    username: "officer",
    displayName: "赵明轩",
    password: "Beian#2026jl",
    roles: ["INSTITUTE_OFFICER"],
    phone: "13504310006",
    totpSecret: "KAUO3HIXXTADNRPM6Y4267VNRKSAFUVR",
  },
  {
    username: "center",
    displayName: "孙丽娟",
    password: "Kaohe#2026jl",
    roles: ["SERVICE_CENTER"],
    phone: "13504310007",
    totpSecret: "NRP4544XJKWWKM7JB6OW3K5B6PTXFVPD",
  },
  { username: "sysadmin", displayName: "周海波", password: "Xitong#2026jl", roles: ["SYSTEM_ADMIN"], totpSecret: "OCAONFZWIIMNMX4U2T7OWPPYU2K6W6EO" },
  { username: "secadmin", displayName: "吴静怡", password: "Anquan#2026jl", roles: ["SECURITY_ADMIN"], totpSecret: "DDYKL4TXDQFDNXATX5GDO6E4N2GS5V3M" },
  { username: "auditor", displayName: "郑宏伟", password: "Shenji#2026jl", roles: ["AUDIT_ADMIN"], totpSecret: "7Y5ABQ3W6TSZICVUN3VQCEOD56U76SSR" },
];

// ---------- consistency check ----------

function duplicates(values: string[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const v of values) (seen.has(v) ? dup : seen).add(v);
  return [...dup];
}

/** Human-readable problems in the seed data; [] when it is consistent. */
export function validateSeed(): string[] {
  const problems: string[] = [];
  const orgs = new Map(ORGANIZATIONS.map((o) => [o.key, o]));
  const industries = new Map(INDUSTRIES.map((i) => [i.code, i]));
  const divisions = new Set(DIVISIONS.map((d) => d.code));

  for (const k of duplicates(INDUSTRIES.map((i) => i.code))) problems.push(`重复的产业代码：${k}`);
  for (const k of duplicates(DIVISIONS.map((d) => d.code))) problems.push(`重复的处室代码：${k}`);
  for (const k of duplicates(ORGANIZATIONS.map((o) => o.key))) problems.push(`重复的单位键：${k}`);
  for (const k of duplicates(ORGANIZATIONS.map((o) => o.name))) problems.push(`重复的单位名称：${k}`);
  for (const k of duplicates(ORGANIZATIONS.map((o) => o.creditCode))) problems.push(`重复的统一社会信用代码：${k}`);
  for (const k of duplicates(ALLIANCES.map((a) => a.key))) problems.push(`重复的联盟键：${k}`);
  for (const k of duplicates(ALLIANCES.map((a) => a.name))) problems.push(`重复的联盟名称：${k}`);
  for (const k of duplicates(DEMO_USERS.map((u) => u.username))) problems.push(`重复的用户名：${k}`);

  for (const i of INDUSTRIES) {
    const owners = DIVISIONS.filter((d) => d.industries.includes(i.code)).length;
    if (owners !== 1) problems.push(`产业 ${i.code} 应恰好归属一个处室，当前 ${owners} 个`);
  }
  for (const d of DIVISIONS) for (const code of d.industries) if (!industries.has(code)) problems.push(`处室 ${d.code} 引用了未知产业 ${code}`);

  for (const o of ORGANIZATIONS) {
    const r = checkCreditCode(o.creditCode);
    if (!r.ok || r.code !== o.creditCode) problems.push(`单位 ${o.key} 的统一社会信用代码无效：${o.creditCode}`);
  }

  for (const a of ALLIANCES) {
    const industry = industries.get(a.industry);
    if (!industry) problems.push(`联盟 ${a.key} 引用了未知产业 ${a.industry}`);
    else if (!industry.subFields.includes(a.subField)) problems.push(`联盟 ${a.key} 的细分领域 ${a.subField} 不属于 ${industry.name}`);
    const lead = orgs.get(a.leadOrg);
    if (!lead) problems.push(`联盟 ${a.key} 的牵头单位 ${a.leadOrg} 不存在`);
    else if (lead.type !== "ENTERPRISE" || !isJilinCreditCode(lead.creditCode)) problems.push(`联盟 ${a.key} 的牵头单位 ${a.leadOrg} 不是吉林省注册企业`);
    for (const m of a.members) if (!orgs.has(m.org)) problems.push(`联盟 ${a.key} 的成员 ${m.org} 不存在`);
    for (const k of duplicates(a.members.map((m) => m.org))) problems.push(`联盟 ${a.key} 的成员 ${k} 重复`);
    const chairs = a.members.filter((m) => m.role === "CHAIR");
    if (chairs.length !== 1) problems.push(`联盟 ${a.key} 应有且仅有一个理事长单位，当前 ${chairs.length} 个`);
    else if (chairs[0]?.org !== a.leadOrg) problems.push(`联盟 ${a.key} 的理事长单位不是牵头单位`);
    if ([...a.innovationGoal].length > 500) problems.push(`联盟 ${a.key} 的技术创新目标超过500字`);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(a.agreementEffectiveOn)) problems.push(`联盟 ${a.key} 的协议生效日期格式错误`);
    if (!/^\d{6}$/.test(a.postcode)) problems.push(`联盟 ${a.key} 的邮编应为6位数字`);
  }

  for (const u of DEMO_USERS) {
    if (u.org !== undefined && !orgs.has(u.org)) problems.push(`用户 ${u.username} 的单位 ${u.org} 不存在`);
    if (u.division !== undefined && !divisions.has(u.division)) problems.push(`用户 ${u.username} 的处室 ${u.division} 不存在`);
  }
  return problems;
}
