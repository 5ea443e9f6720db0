ALTER TABLE "User" ADD COLUMN "locale" TEXT CHECK ("locale" IN ('zh-CN', 'en'));
