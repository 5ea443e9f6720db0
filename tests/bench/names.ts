// Realistic-looking Chinese names, places and texts for the benchmark's data set (all fictional), drawn
// from a seeded generator so every run builds the same province.

/** mulberry32: small, fast, deterministic. */
export function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!,
    chance: (p: number) => next() < p,
  };
}
export type Rng = ReturnType<typeof rng>;

/** Jilin's prefecture-level cities with GB/T 2260 district codes (characters 3-8 of credit codes) and weights. */
export const CITIES: readonly { name: string; weight: number; districts: readonly [string, string][] }[] = [
  {
    name: "长春市",
    weight: 34,
    districts: [
      ["220102", "南关区"],
      ["220103", "宽城区"],
      ["220104", "朝阳区"],
      ["220105", "二道区"],
      ["220106", "绿园区"],
      ["220112", "双阳区"],
      ["220113", "九台区"],
      ["220182", "榆树市"],
      ["220183", "德惠市"],
      ["220184", "公主岭市"],
    ],
  },
  {
    name: "吉林市",
    weight: 18,
    districts: [
      ["220202", "昌邑区"],
      ["220203", "龙潭区"],
      ["220204", "船营区"],
      ["220211", "丰满区"],
      ["220281", "蛟河市"],
      ["220282", "桦甸市"],
    ],
  },
  {
    name: "四平市",
    weight: 8,
    districts: [
      ["220302", "铁西区"],
      ["220303", "铁东区"],
      ["220382", "双辽市"],
    ],
  },
  {
    name: "辽源市",
    weight: 5,
    districts: [
      ["220402", "龙山区"],
      ["220403", "西安区"],
      ["220421", "东丰县"],
    ],
  },
  {
    name: "通化市",
    weight: 8,
    districts: [
      ["220502", "东昌区"],
      ["220503", "二道江区"],
      ["220581", "梅河口市"],
      ["220582", "集安市"],
    ],
  },
  {
    name: "白山市",
    weight: 5,
    districts: [
      ["220602", "浑江区"],
      ["220605", "江源区"],
      ["220681", "临江市"],
    ],
  },
  {
    name: "松原市",
    weight: 8,
    districts: [
      ["220702", "宁江区"],
      ["220721", "前郭尔罗斯蒙古族自治县"],
      ["220781", "扶余市"],
    ],
  },
  {
    name: "白城市",
    weight: 6,
    districts: [
      ["220802", "洮北区"],
      ["220881", "洮南市"],
      ["220882", "大安市"],
    ],
  },
  {
    name: "延边朝鲜族自治州",
    weight: 8,
    districts: [
      ["222401", "延吉市"],
      ["222402", "图们市"],
      ["222403", "敦化市"],
      ["222405", "龙井市"],
      ["222406", "和龙市"],
    ],
  },
];

export function pickCity(r: Rng) {
  const total = CITIES.reduce((s, c) => s + c.weight, 0);
  let x = r.next() * total;
  for (const c of CITIES) {
    x -= c.weight;
    if (x < 0) return c;
  }
  return CITIES[0]!;
}

const SHORT_CITY: Record<string, string> = {
  长春市: "长春",
  吉林市: "吉林",
  四平市: "四平",
  辽源市: "辽源",
  通化市: "通化",
  白山市: "白山",
  松原市: "松原",
  白城市: "白城",
  延边朝鲜族自治州: "延边",
};
export const shortCity = (city: string) => SHORT_CITY[city] ?? city;

const BRANDS = [
  "华鼎",
  "中科",
  "长光",
  "北辰",
  "松辽",
  "东北亚",
  "吉能",
  "金桥",
  "瑞丰",
  "恒源",
  "天成",
  "鸿盛",
  "博远",
  "汇通",
  "启明",
  "新航",
  "嘉禾",
  "宏图",
  "盛世",
  "众联",
  "白山",
  "长白",
  "雾凇",
  "江城",
  "鹿乡",
  "黑土",
  "丰泽",
  "远洋",
  "创新",
  "智信",
  "凯达",
  "永信",
  "晟达",
  "旭日",
  "星辰",
  "泰和",
  "安达",
  "润德",
  "兴华",
  "华泰",
  "亚泰",
  "一汽",
  "光机",
  "富奥",
  "中研",
  "正业",
  "明阳",
  "宏达",
  "信达",
  "卓越",
];

const TRADE: Record<string, readonly string[]> = {
  NEW_ENERGY: ["氢能科技", "风电装备", "光伏材料", "储能科技", "新能源", "生物质能源", "电解槽", "燃料电池", "绿电", "电力工程"],
  NEW_EQUIPMENT: ["汽车零部件", "智能装备", "光电仪器", "轨道交通装备", "卫星技术", "精密机械", "激光技术", "电驱动系统", "模具", "机器人"],
  NEW_MATERIALS: ["碳纤维", "新材料", "化工材料", "电池材料", "电子材料", "复合材料", "高分子材料", "环保材料", "特种玻璃", "稀土材料"],
  NEW_AGRICULTURE: ["种业", "农业科技", "农机", "生态农业", "畜牧", "食品", "粮油", "人参产业", "梅花鹿产业", "农产品加工"],
  NEW_TOURISM: ["冰雪产业", "旅游开发", "滑雪装备", "文旅发展", "度假区管理", "冰雪运动", "避暑旅游", "温泉旅游"],
  NEW_ECOMMERCE: ["电子商务", "直播电商", "供应链管理", "网络科技", "数字商务", "仓储物流", "社区电商", "文化传媒"],
  PHARMA_HEALTH: ["药业", "生物制药", "中药饮片", "医疗器械", "生物技术", "健康产业", "疫苗", "医药科技"],
};
const SUFFIX = ["有限公司", "有限公司", "有限公司", "股份有限公司", "集团有限公司", "有限责任公司"];

export function enterpriseName(r: Rng, city: string, industry: string): string {
  const region = r.chance(0.35) ? "吉林省" : shortCity(city);
  return `${region}${r.pick(BRANDS)}${r.pick(TRADE[industry] ?? TRADE.NEW_ENERGY!)}${r.pick(SUFFIX)}`;
}

const UNI_STEMS = ["理工", "工程技术", "农业", "医药", "师范", "科技", "工业", "交通", "财经", "化工", "建筑", "职业技术"];
export function universityName(r: Rng, city: string): string {
  return r.chance(0.5) ? `${shortCity(city)}${r.pick(UNI_STEMS)}学院` : `吉林${r.pick(BRANDS)}${r.pick(UNI_STEMS)}大学`;
}

const RI_STEMS = [
  "新能源技术",
  "先进材料",
  "农业科学",
  "光电技术",
  "中药资源",
  "生物医药",
  "智能制造",
  "汽车技术",
  "化工技术",
  "冰雪旅游发展",
  "数字经济",
  "黑土地保护",
  "畜牧兽医",
  "精密机械",
];
export function instituteName(r: Rng, city: string): string {
  const kind = r.pick(["研究院", "研究所", "研究中心", "工程技术研究院"]);
  return r.chance(0.6) ? `吉林省${r.pick(RI_STEMS)}${kind}` : `${shortCity(city)}${r.pick(RI_STEMS)}${kind}`;
}

export function socialOrgName(r: Rng, industry: string): string {
  const trade = (TRADE[industry] ?? TRADE.NEW_ENERGY!)[0]!.replace(/科技|产业$/, "");
  return `吉林省${trade}${r.pick(["行业协会", "产业促进会", "产业技术创新联合会", "学会"])}`;
}

const SURNAMES = [
  "王",
  "李",
  "张",
  "刘",
  "陈",
  "杨",
  "赵",
  "黄",
  "周",
  "吴",
  "徐",
  "孙",
  "马",
  "朱",
  "胡",
  "郭",
  "何",
  "高",
  "林",
  "罗",
  "郑",
  "梁",
  "谢",
  "宋",
  "唐",
  "许",
  "韩",
  "冯",
  "邓",
  "曹",
  "彭",
  "曾",
  "于",
  "董",
  "金",
  "崔",
  "姜",
  "朴",
  "尹",
  "石",
];
const GIVEN = [
  "建国",
  "志强",
  "海波",
  "丽娟",
  "明轩",
  "静怡",
  "宏伟",
  "晓东",
  "振华",
  "秀英",
  "国庆",
  "春雷",
  "立新",
  "玉梅",
  "文博",
  "子涵",
  "浩然",
  "雪松",
  "长江",
  "东升",
  "凤霞",
  "宇航",
  "思远",
  "佳琪",
  "永刚",
  "红梅",
  "德胜",
  "天宇",
  "俊杰",
  "淑华",
  "晨",
  "磊",
  "敏",
  "静",
  "伟",
  "芳",
  "勇",
  "军",
  "洋",
  "杰",
];
export function personName(r: Rng): string {
  return `${r.pick(SURNAMES)}${r.pick(GIVEN)}`;
}

const ROADS = [
  "人民大街",
  "解放大路",
  "自由大路",
  "前进大街",
  "吉林大街",
  "新华大街",
  "长白山路",
  "松花江路",
  "创业大街",
  "科技大街",
  "工农大路",
  "建设街",
  "光明路",
  "胜利大街",
  "延边大学路",
];
export function address(r: Rng, city: string, district: string): string {
  return `${city}${district}${r.pick(ROADS)}${r.int(1, 9999)}号`;
}

export function postcode(city: string): string {
  const base: Record<string, string> = {
    长春市: "1300",
    吉林市: "1320",
    四平市: "1360",
    辽源市: "1362",
    通化市: "1340",
    白山市: "1343",
    松原市: "1380",
    白城市: "1370",
    延边朝鲜族自治州: "1330",
  };
  return `${base[city] ?? "1300"}${String((city.length * 7) % 100).padStart(2, "0")}`;
}

export function mobile(r: Rng): string {
  return `1${r.pick(["35", "36", "39", "50", "58", "86", "88", "33", "80", "89"])}${String(r.int(0, 99_999_999)).padStart(8, "0")}`;
}

export function landline(r: Rng): string {
  return `0${r.pick(["431", "432", "434", "437", "435", "439", "438", "436", "433"])}-${r.int(8100_0000, 8999_9999)}`;
}

export const FOCUS = ["", "", "装备", "关键技术", "协同创新", "应用", "全产业链", "技术", "高端", "绿色"];
// R13: every name is 吉林省…产业科技创新联盟（或联合体）; a place inside it narrows the scope, as real ones do.
export const REGIONS = ["", "", "", "", "长春", "吉林", "延边", "四平", "通化", "松原", "白城", "长白山", "辽源", "白山"];

const GOALS = [
  "围绕{sub}产业链关键环节，组织成员单位开展联合攻关，突破{n}项关键核心技术，形成一批具有自主知识产权的产品和标准；",
  "建设共享的中试验证和检测平台，推动高校、科研院所科技成果在省内转化落地，年均转化成果不少于{m}项；",
  "培育{sub}领域创新型领军企业和专精特新企业，带动上下游配套企业协同发展，提升产业链供应链韧性和安全水平；",
  "联合培养研发人才和高技能人才，建立人才交流和柔性引进机制，形成稳定的产学研合作关系；",
  "到{year}年，联盟成员研发投入年均增长10%以上，新增发明专利{p}件，制定团体标准或行业标准{s}项。",
];
/** 附件1 二 技术创新目标: 150-450 characters, never over the 500 of R7. */
export function innovationGoal(r: Rng, sub: string): string {
  const text = GOALS.map((g) =>
    g
      .replace(/\{sub\}/g, sub)
      .replace("{n}", String(r.int(3, 12)))
      .replace("{m}", String(r.int(2, 10)))
      .replace("{year}", String(r.int(2027, 2030)))
      .replace("{p}", String(r.int(10, 80)))
      .replace("{s}", String(r.int(1, 8))),
  ).join("");
  return text.slice(0, 450);
}

export const RESOURCES = [
  "省级企业技术中心",
  "国家级企业技术中心",
  "省级工程研究中心",
  "省级重点实验室",
  "博士后科研工作站",
  "省级专精特新中小企业",
  "高新技术企业",
  "中试基地",
  "检验检测中心",
  "",
];
export const DISCIPLINES = [
  "材料科学与工程",
  "机械工程",
  "化学工程与技术",
  "作物学",
  "中药学",
  "电气工程",
  "光学工程",
  "计算机科学与技术",
  "生物学",
  "管理科学与工程",
];

export const OPINIONS = {
  PASS: [
    "材料齐全，联盟组建必要性充分，成员构成符合要求，同意通过。",
    "经审核，申报材料符合《实施方案》六、七要求，同意提交下一环节。",
    "联盟定位清晰，技术创新目标明确，同意通过。",
  ],
  RETURN: [
    "技术创新目标缺少量化指标，请补充后重新提交。",
    "成员单位2022年产值数据与佐证材料不一致，请核实修改。",
    "合作协议未明确知识产权归属，请按附件3补充完善。",
    "理事会组成比例需调整，请按章程修改后重新提交。",
  ],
  REJECT: ["牵头单位不符合六（一）条件，不予通过。", "联盟与已备案联盟方向重复，不予通过。"],
} as const;
