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
  verification: "验证码：{{verificationCode}}，可在 {{verifyUrl}} 核验",
} as const;
