-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ENTERPRISE_FILER', 'DIVISION_REVIEWER', 'DEPARTMENT_SECRETARY', 'INSTITUTE_OFFICER', 'SERVICE_CENTER', 'SYSTEM_ADMIN', 'SECURITY_ADMIN', 'AUDIT_ADMIN');

-- CreateEnum
CREATE TYPE "OrgType" AS ENUM ('ENTERPRISE', 'UNIVERSITY', 'RESEARCH_INSTITUTE', 'SOCIAL_ORG', 'OTHER');

-- CreateEnum
CREATE TYPE "CallStatus" AS ENUM ('OPEN', 'CLOSED');

-- CreateEnum
CREATE TYPE "IntentStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'QUALIFIED', 'DECLINED');

-- CreateEnum
CREATE TYPE "AllianceState" AS ENUM ('DRAFT', 'DIVISION_REVIEW', 'FORM_REVIEW', 'MEETING', 'FILING', 'FILED', 'RETURNED', 'REJECTED', 'REVOKED', 'DISSOLVED');

-- CreateEnum
CREATE TYPE "AllianceKind" AS ENUM ('ALLIANCE', 'CONSORTIUM');

-- CreateEnum
CREATE TYPE "AllianceRole" AS ENUM ('CHAIR', 'VICE_CHAIR', 'COUNCIL', 'MEMBER');

-- CreateEnum
CREATE TYPE "ChainPosition" AS ENUM ('UPSTREAM', 'MIDSTREAM', 'DOWNSTREAM');

-- CreateEnum
CREATE TYPE "DocumentKind" AS ENUM ('CHARTER', 'AGREEMENT', 'CONSTRUCTION_PLAN', 'INTENT_EVIDENCE', 'ANNUAL_EVIDENCE', 'OTHER');

-- CreateEnum
CREATE TYPE "ReviewStage" AS ENUM ('DIVISION', 'FORM', 'MEETING', 'FILING');

-- CreateEnum
CREATE TYPE "ReviewDecision" AS ENUM ('PASS', 'RETURN', 'REJECT');

-- CreateEnum
CREATE TYPE "MeetingOutcome" AS ENUM ('PENDING', 'APPROVE', 'REJECT', 'DEFER');

-- CreateEnum
CREATE TYPE "SchemeStatus" AS ENUM ('DRAFT', 'PUBLISHED', 'FROZEN');

-- CreateEnum
CREATE TYPE "ReportStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'ASSESSED');

-- CreateEnum
CREATE TYPE "Grade" AS ENUM ('EXCELLENT', 'GOOD', 'PASS', 'FAIL');

-- CreateEnum
CREATE TYPE "ChangeKind" AS ENUM ('JOIN', 'EXIT');

-- CreateEnum
CREATE TYPE "ChangeStatus" AS ENUM ('PENDING', 'APPROVED', 'REJECTED');

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "username" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "roles" "Role"[],
    "phone" TEXT,
    "email" TEXT,
    "divisionId" TEXT,
    "organizationId" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "failedLoginCount" INTEGER NOT NULL DEFAULT 0,
    "lockedUntil" TIMESTAMP(3),
    "sessionVersion" INTEGER NOT NULL DEFAULT 0,
    "mustChangePassword" BOOLEAN NOT NULL DEFAULT false,
    "passwordChangedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastLoginAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Division" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "Division_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Industry" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "clause" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL,
    "subFields" TEXT[],
    "divisionId" TEXT,

    CONSTRAINT "Industry_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Organization" (
    "id" TEXT NOT NULL,
    "creditCode" VARCHAR(18) NOT NULL,
    "creditCodeOverrideBy" TEXT,
    "name" TEXT NOT NULL,
    "type" "OrgType" NOT NULL,
    "city" TEXT,
    "address" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Organization_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Call" (
    "id" TEXT NOT NULL,
    "industryCode" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "deadline" TIMESTAMP(3) NOT NULL,
    "status" "CallStatus" NOT NULL DEFAULT 'OPEN',
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Call_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LeadIntent" (
    "id" TEXT NOT NULL,
    "callId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "evidence" JSONB NOT NULL,
    "status" "IntentStatus" NOT NULL DEFAULT 'SUBMITTED',
    "decidedById" TEXT,
    "decisionReason" TEXT,
    "decidedAt" TIMESTAMP(3),
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "LeadIntent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Alliance" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "AllianceKind" NOT NULL DEFAULT 'ALLIANCE',
    "industryCode" TEXT NOT NULL,
    "subField" TEXT,
    "leadOrgId" TEXT NOT NULL,
    "intentId" TEXT,
    "state" "AllianceState" NOT NULL DEFAULT 'DRAFT',
    "returnedFrom" "AllianceState",
    "agreementEffectiveOn" DATE,
    "technicalField" TEXT,
    "chairName" TEXT,
    "hostUnitName" TEXT,
    "address" TEXT,
    "postcode" TEXT,
    "contactName" TEXT,
    "phone" TEXT,
    "fax" TEXT,
    "city" TEXT,
    "innovationGoal" TEXT,
    "researchDirections" TEXT,
    "ipOwnership" TEXT,
    "currentVersionNo" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 0,
    "submittedAt" TIMESTAMP(3),
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Alliance_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Membership" (
    "id" TEXT NOT NULL,
    "allianceId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "role" "AllianceRole" NOT NULL DEFAULT 'MEMBER',
    "chainPosition" "ChainPosition",
    "outputValue2022" DECIMAL(14,2),
    "profitTax2022" DECIMAL(14,2),
    "resources" TEXT,
    "nationalTop10" BOOLEAN NOT NULL DEFAULT false,
    "provincialTop10" BOOLEAN NOT NULL DEFAULT false,
    "disciplineStrengths" TEXT,
    "disciplineLeader" TEXT,
    "joinedOn" DATE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "leftOn" DATE,
    "confirmTokenHash" TEXT,
    "confirmedAt" TIMESTAMP(3),
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Membership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CouncilTerm" (
    "id" TEXT NOT NULL,
    "allianceId" TEXT NOT NULL,
    "termNo" INTEGER NOT NULL,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE NOT NULL,
    "seats" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CouncilTerm_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Document" (
    "id" TEXT NOT NULL,
    "allianceId" TEXT,
    "kind" "DocumentKind" NOT NULL,
    "title" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Document_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DocumentVersion" (
    "id" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "versionNo" INTEGER NOT NULL,
    "fileName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "byteSize" INTEGER NOT NULL,
    "sha256" CHAR(64) NOT NULL,
    "storageKey" TEXT NOT NULL,
    "note" TEXT,
    "uploadedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DocumentVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApplicationVersion" (
    "id" TEXT NOT NULL,
    "allianceId" TEXT NOT NULL,
    "versionNo" INTEGER NOT NULL,
    "snapshot" JSONB NOT NULL,
    "ruleReport" JSONB NOT NULL,
    "submittedById" TEXT NOT NULL,
    "submittedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ApplicationVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReviewOpinion" (
    "id" TEXT NOT NULL,
    "allianceId" TEXT NOT NULL,
    "versionId" TEXT NOT NULL,
    "stage" "ReviewStage" NOT NULL,
    "decision" "ReviewDecision" NOT NULL,
    "opinion" TEXT NOT NULL,
    "reviewUnit" TEXT NOT NULL,
    "internal" BOOLEAN NOT NULL DEFAULT false,
    "reviewerId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReviewOpinion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FieldComment" (
    "id" TEXT NOT NULL,
    "allianceId" TEXT NOT NULL,
    "versionNo" INTEGER NOT NULL,
    "fieldPath" TEXT NOT NULL,
    "membershipId" TEXT,
    "text" TEXT NOT NULL,
    "visibleToFiler" BOOLEAN NOT NULL DEFAULT true,
    "authorId" TEXT NOT NULL,
    "resolvedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FieldComment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Meeting" (
    "id" TEXT NOT NULL,
    "sessionNo" TEXT NOT NULL,
    "heldOn" DATE,
    "title" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Meeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingDecision" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "allianceId" TEXT NOT NULL,
    "versionNo" INTEGER NOT NULL,
    "outcome" "MeetingOutcome" NOT NULL DEFAULT 'PENDING',
    "note" TEXT,
    "decidedAt" TIMESTAMP(3),

    CONSTRAINT "MeetingDecision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FilingSequence" (
    "year" INTEGER NOT NULL,
    "last" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "FilingSequence_pkey" PRIMARY KEY ("year")
);

-- CreateTable
CREATE TABLE "Filing" (
    "id" TEXT NOT NULL,
    "allianceId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "seq" INTEGER NOT NULL,
    "number" TEXT NOT NULL,
    "verificationCode" TEXT NOT NULL,
    "filedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "officerId" TEXT NOT NULL,
    "noticeStartsOn" DATE NOT NULL,
    "noticeEndsOn" DATE NOT NULL,
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "Filing_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Objection" (
    "id" TEXT NOT NULL,
    "filingId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "contact" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "handledAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Objection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AssessmentScheme" (
    "id" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "indicators" JSONB NOT NULL,
    "gradeBands" JSONB NOT NULL,
    "reportDue" TIMESTAMP(3) NOT NULL,
    "status" "SchemeStatus" NOT NULL DEFAULT 'DRAFT',
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "AssessmentScheme_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AnnualReport" (
    "id" TEXT NOT NULL,
    "allianceId" TEXT NOT NULL,
    "schemeId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "figures" JSONB NOT NULL,
    "narrative" TEXT NOT NULL DEFAULT '',
    "nextYearPlan" TEXT NOT NULL DEFAULT '',
    "status" "ReportStatus" NOT NULL DEFAULT 'DRAFT',
    "submittedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AnnualReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Assessment" (
    "id" TEXT NOT NULL,
    "reportId" TEXT,
    "allianceId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "score" DECIMAL(6,2) NOT NULL,
    "grade" "Grade" NOT NULL,
    "adjustments" JSONB NOT NULL DEFAULT '[]',
    "assessorId" TEXT NOT NULL,
    "publishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Assessment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Revocation" (
    "id" TEXT NOT NULL,
    "allianceId" TEXT NOT NULL,
    "basisAssessmentIds" TEXT[],
    "reason" TEXT NOT NULL,
    "proposedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "confirmedAt" TIMESTAMP(3),
    "confirmedById" TEXT,

    CONSTRAINT "Revocation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MembershipChange" (
    "id" TEXT NOT NULL,
    "allianceId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "kind" "ChangeKind" NOT NULL,
    "councilApprovedOn" DATE,
    "status" "ChangeStatus" NOT NULL DEFAULT 'PENDING',
    "ruleWarnings" JSONB NOT NULL DEFAULT '[]',
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MembershipChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DissolutionVote" (
    "id" TEXT NOT NULL,
    "allianceId" TEXT NOT NULL,
    "votedOn" DATE NOT NULL,
    "councilSize" INTEGER NOT NULL,
    "votesFor" INTEGER NOT NULL,
    "passed" BOOLEAN NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DissolutionVote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Activity" (
    "id" TEXT NOT NULL,
    "allianceId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "heldOn" DATE NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Activity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RecommendedProject" (
    "id" TEXT NOT NULL,
    "allianceId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RecommendedProject_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "link" TEXT,
    "readAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT,
    "actorName" TEXT NOT NULL,
    "actorRole" TEXT,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT,
    "summary" JSONB NOT NULL,
    "ip" TEXT,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Setting" (
    "key" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "updatedBy" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Setting_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_username_key" ON "User"("username");

-- CreateIndex
CREATE INDEX "User_organizationId_idx" ON "User"("organizationId");

-- CreateIndex
CREATE INDEX "User_divisionId_idx" ON "User"("divisionId");

-- CreateIndex
CREATE UNIQUE INDEX "Division_code_key" ON "Division"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Organization_creditCode_key" ON "Organization"("creditCode");

-- CreateIndex
CREATE UNIQUE INDEX "LeadIntent_callId_organizationId_key" ON "LeadIntent"("callId", "organizationId");

-- CreateIndex
CREATE INDEX "Alliance_leadOrgId_idx" ON "Alliance"("leadOrgId");

-- CreateIndex
CREATE INDEX "Alliance_industryCode_state_idx" ON "Alliance"("industryCode", "state");

-- CreateIndex
CREATE INDEX "Alliance_state_idx" ON "Alliance"("state");

-- CreateIndex
CREATE UNIQUE INDEX "Membership_confirmTokenHash_key" ON "Membership"("confirmTokenHash");

-- CreateIndex
CREATE INDEX "Membership_organizationId_idx" ON "Membership"("organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "Membership_allianceId_organizationId_key" ON "Membership"("allianceId", "organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "CouncilTerm_allianceId_termNo_key" ON "CouncilTerm"("allianceId", "termNo");

-- CreateIndex
CREATE INDEX "Document_allianceId_kind_idx" ON "Document"("allianceId", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "DocumentVersion_storageKey_key" ON "DocumentVersion"("storageKey");

-- CreateIndex
CREATE UNIQUE INDEX "DocumentVersion_documentId_versionNo_key" ON "DocumentVersion"("documentId", "versionNo");

-- CreateIndex
CREATE UNIQUE INDEX "ApplicationVersion_allianceId_versionNo_key" ON "ApplicationVersion"("allianceId", "versionNo");

-- CreateIndex
CREATE UNIQUE INDEX "ReviewOpinion_versionId_stage_key" ON "ReviewOpinion"("versionId", "stage");

-- CreateIndex
CREATE INDEX "FieldComment_allianceId_versionNo_idx" ON "FieldComment"("allianceId", "versionNo");

-- CreateIndex
CREATE UNIQUE INDEX "MeetingDecision_meetingId_allianceId_key" ON "MeetingDecision"("meetingId", "allianceId");

-- CreateIndex
CREATE UNIQUE INDEX "Filing_allianceId_key" ON "Filing"("allianceId");

-- CreateIndex
CREATE UNIQUE INDEX "Filing_number_key" ON "Filing"("number");

-- CreateIndex
CREATE UNIQUE INDEX "Filing_verificationCode_key" ON "Filing"("verificationCode");

-- CreateIndex
CREATE UNIQUE INDEX "Filing_year_seq_key" ON "Filing"("year", "seq");

-- CreateIndex
CREATE UNIQUE INDEX "AssessmentScheme_year_key" ON "AssessmentScheme"("year");

-- CreateIndex
CREATE UNIQUE INDEX "AnnualReport_allianceId_year_key" ON "AnnualReport"("allianceId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "Assessment_reportId_key" ON "Assessment"("reportId");

-- CreateIndex
CREATE UNIQUE INDEX "Assessment_allianceId_year_key" ON "Assessment"("allianceId", "year");

-- CreateIndex
CREATE INDEX "Notification_userId_readAt_idx" ON "Notification"("userId", "readAt");

-- CreateIndex
CREATE INDEX "AuditEvent_at_idx" ON "AuditEvent"("at");

-- CreateIndex
CREATE INDEX "AuditEvent_entityType_entityId_idx" ON "AuditEvent"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "AuditEvent_actorId_idx" ON "AuditEvent"("actorId");

-- CreateIndex
CREATE INDEX "AuditEvent_action_idx" ON "AuditEvent"("action");

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_divisionId_fkey" FOREIGN KEY ("divisionId") REFERENCES "Division"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Industry" ADD CONSTRAINT "Industry_divisionId_fkey" FOREIGN KEY ("divisionId") REFERENCES "Division"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Call" ADD CONSTRAINT "Call_industryCode_fkey" FOREIGN KEY ("industryCode") REFERENCES "Industry"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LeadIntent" ADD CONSTRAINT "LeadIntent_callId_fkey" FOREIGN KEY ("callId") REFERENCES "Call"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LeadIntent" ADD CONSTRAINT "LeadIntent_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Alliance" ADD CONSTRAINT "Alliance_industryCode_fkey" FOREIGN KEY ("industryCode") REFERENCES "Industry"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Alliance" ADD CONSTRAINT "Alliance_leadOrgId_fkey" FOREIGN KEY ("leadOrgId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Alliance" ADD CONSTRAINT "Alliance_intentId_fkey" FOREIGN KEY ("intentId") REFERENCES "LeadIntent"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_allianceId_fkey" FOREIGN KEY ("allianceId") REFERENCES "Alliance"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CouncilTerm" ADD CONSTRAINT "CouncilTerm_allianceId_fkey" FOREIGN KEY ("allianceId") REFERENCES "Alliance"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Document" ADD CONSTRAINT "Document_allianceId_fkey" FOREIGN KEY ("allianceId") REFERENCES "Alliance"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DocumentVersion" ADD CONSTRAINT "DocumentVersion_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApplicationVersion" ADD CONSTRAINT "ApplicationVersion_allianceId_fkey" FOREIGN KEY ("allianceId") REFERENCES "Alliance"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewOpinion" ADD CONSTRAINT "ReviewOpinion_allianceId_fkey" FOREIGN KEY ("allianceId") REFERENCES "Alliance"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewOpinion" ADD CONSTRAINT "ReviewOpinion_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "ApplicationVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FieldComment" ADD CONSTRAINT "FieldComment_allianceId_fkey" FOREIGN KEY ("allianceId") REFERENCES "Alliance"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingDecision" ADD CONSTRAINT "MeetingDecision_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingDecision" ADD CONSTRAINT "MeetingDecision_allianceId_fkey" FOREIGN KEY ("allianceId") REFERENCES "Alliance"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Filing" ADD CONSTRAINT "Filing_allianceId_fkey" FOREIGN KEY ("allianceId") REFERENCES "Alliance"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Objection" ADD CONSTRAINT "Objection_filingId_fkey" FOREIGN KEY ("filingId") REFERENCES "Filing"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AnnualReport" ADD CONSTRAINT "AnnualReport_allianceId_fkey" FOREIGN KEY ("allianceId") REFERENCES "Alliance"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AnnualReport" ADD CONSTRAINT "AnnualReport_schemeId_fkey" FOREIGN KEY ("schemeId") REFERENCES "AssessmentScheme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "AnnualReport"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_allianceId_fkey" FOREIGN KEY ("allianceId") REFERENCES "Alliance"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Revocation" ADD CONSTRAINT "Revocation_allianceId_fkey" FOREIGN KEY ("allianceId") REFERENCES "Alliance"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MembershipChange" ADD CONSTRAINT "MembershipChange_allianceId_fkey" FOREIGN KEY ("allianceId") REFERENCES "Alliance"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DissolutionVote" ADD CONSTRAINT "DissolutionVote_allianceId_fkey" FOREIGN KEY ("allianceId") REFERENCES "Alliance"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_allianceId_fkey" FOREIGN KEY ("allianceId") REFERENCES "Alliance"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecommendedProject" ADD CONSTRAINT "RecommendedProject_allianceId_fkey" FOREIGN KEY ("allianceId") REFERENCES "Alliance"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- Audit events are append-only: the database itself refuses UPDATE, DELETE and TRUNCATE,
-- whatever the portal's code does (MLPS 2.0 level 3 security audit; retention >= 6 months).
CREATE FUNCTION audit_event_immutable() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'AuditEvent is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "AuditEvent_no_update_delete"
  BEFORE UPDATE OR DELETE ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION audit_event_immutable();

CREATE TRIGGER "AuditEvent_no_truncate"
  BEFORE TRUNCATE ON "AuditEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION audit_event_immutable();
