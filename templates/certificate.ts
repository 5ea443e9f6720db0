// 备案证明 (filing certificate). Not an annex of the policy: our own wording, citing 七(三): the
// department decides at its meeting (厅务会) and the provincial institute files the alliance.
export const CERTIFICATE_TEMPLATE = {
  title: "吉林省重点产业科技创新联盟备案证明",
  body: [
    "{{allianceName}}（牵头单位：{{leadUnit}}）按照《吉林省重点产业科技创新联盟实施方案》组建，经吉林省科学技术厅厅务会审议，由吉林省科技创新研究院予以备案。",
    "备案编号：{{filingNumber}}",
    "备案日期：{{filedOn}}",
    "特此证明。",
  ],
  issuer: "吉林省科技创新研究院",
  date: "{{filedOn}}",
  code: "验证码：{{verificationCode}}",
  /** With a public address: the page to type the code into, beside a QR code that fills it in. */
  verifyAt: "扫描右侧二维码，或访问 {{verifyPage}} 输入验证码核验。",
  /** Without one (never a loopback address on paper): where to look it up all the same. */
  verifyInPortal: "可在吉林省重点产业科技创新联盟备案与监管平台“备案证明核验”页面输入验证码核验。",
} as const;
