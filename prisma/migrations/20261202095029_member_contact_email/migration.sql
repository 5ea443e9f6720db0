-- Issue #17 item 9: a contact e-mail per member unit, recorded by the filer, to which the member's one-time
-- confirmation link is sent when mail is configured; confirmEmailedAt is when the current link was last sent.
ALTER TABLE "Membership" ADD COLUMN "contactEmail" TEXT;
ALTER TABLE "Membership" ADD COLUMN "confirmEmailedAt" TIMESTAMP(3);
