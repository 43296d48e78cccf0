-- CreateEnum
CREATE TYPE "OrganisationKind" AS ENUM ('LOCAL_AUTHORITY', 'POLICE', 'HEALTH_ICB', 'EDUCATION', 'PROBATION', 'OTHER_RELEVANT_AGENCY');

-- CreateEnum
CREATE TYPE "MembershipRole" AS ENUM ('BUSINESS_MANAGER', 'SCRUTINEER', 'AGENCY_RESPONDENT', 'AGENCY_CONTRIBUTOR', 'VIEWER');

-- CreateEnum
CREATE TYPE "GovernanceDesignation" AS ENUM ('LEAD_SAFEGUARDING_PARTNER', 'DELEGATED_SAFEGUARDING_PARTNER', 'PARTNERSHIP_CHAIR');

-- CreateEnum
CREATE TYPE "FrameworkVersionStatus" AS ENUM ('DRAFT', 'PUBLISHED');

-- CreateEnum
CREATE TYPE "AssessmentKind" AS ENUM ('INDEPENDENT_SCRUTINY', 'CORE_PARTNER_SELF_ASSESSMENT', 'WIDER_PARTNER_SELF_ASSESSMENT');

-- CreateEnum
CREATE TYPE "AssessmentStatus" AS ENUM ('IN_PROGRESS', 'FINALISED');

-- CreateEnum
CREATE TYPE "ParticipantStatus" AS ENUM ('NOT_STARTED', 'IN_PROGRESS', 'SUBMITTED', 'SIGNED_OFF');

-- CreateEnum
CREATE TYPE "Rating" AS ENUM ('RED', 'AMBER', 'GREEN', 'NOT_IN_SCOPE');

-- CreateEnum
CREATE TYPE "EvidenceKind" AS ENUM ('DOCUMENT', 'LINK');

-- CreateEnum
CREATE TYPE "EvidenceNature" AS ENUM ('OUTCOME', 'PROCESS');

-- CreateEnum
CREATE TYPE "ActionStatus" AS ENUM ('NOT_STARTED', 'ON_TRACK', 'AT_RISK', 'COMPLETE');

-- CreateEnum
CREATE TYPE "ActionPriority" AS ENUM ('LOW', 'MEDIUM', 'HIGH');

-- CreateEnum
CREATE TYPE "ActionSourceType" AS ENUM ('RESPONSE', 'CHALLENGE', 'CASE_REVIEW_RECOMMENDATION', 'AUDIT_FINDING', 'INSPECTION_FINDING', 'OTHER');

-- CreateEnum
CREATE TYPE "ChallengeOutcome" AS ENUM ('ACCEPTED', 'PARTLY_ACCEPTED', 'NOT_ACCEPTED');

-- CreateEnum
CREATE TYPE "CaseReviewType" AS ENUM ('RAPID_REVIEW', 'LOCAL_CHILD_SAFEGUARDING_PRACTICE_REVIEW', 'NATIONAL_REVIEW');

-- CreateEnum
CREATE TYPE "CaseReviewStatus" AS ENUM ('OPEN', 'IN_PROGRESS', 'COMPLETED', 'PUBLISHED');

-- CreateEnum
CREATE TYPE "AuditCategory" AS ENUM ('CHANGE', 'ACCESS', 'SECURITY');

-- CreateTable
CREATE TABLE "User" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "jobTitle" TEXT,
    "passwordHash" TEXT,
    "isSiteAdmin" BOOLEAN NOT NULL DEFAULT false,
    "disabledAt" TIMESTAMPTZ(3),
    "sessionVersion" INTEGER NOT NULL DEFAULT 1,
    "totpSecret" TEXT,
    "totpEnabledAt" TIMESTAMPTZ(3),
    "lastSignInAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Partnership" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "localAuthorityAreas" TEXT[],
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Partnership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Organisation" (
    "id" UUID NOT NULL,
    "partnershipId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "OrganisationKind" NOT NULL,
    "isStatutoryPartner" BOOLEAN NOT NULL DEFAULT false,
    "whyChosen" TEXT,
    "contribution" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Membership" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "partnershipId" UUID NOT NULL,
    "role" "MembershipRole" NOT NULL,
    "organisationId" UUID,
    "jobTitle" TEXT,
    "designations" "GovernanceDesignation"[],
    "deactivatedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Membership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Framework" (
    "id" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "partnershipId" UUID,
    "isOriginal" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Framework_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FrameworkVersion" (
    "id" UUID NOT NULL,
    "frameworkId" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "label" TEXT NOT NULL,
    "status" "FrameworkVersionStatus" NOT NULL DEFAULT 'DRAFT',
    "citation" TEXT NOT NULL,
    "isAdapted" BOOLEAN NOT NULL DEFAULT false,
    "ragGreen" TEXT NOT NULL,
    "ragAmber" TEXT NOT NULL,
    "ragRed" TEXT NOT NULL,
    "basedOnVersionId" UUID,
    "publishedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FrameworkVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FrameworkStep" (
    "id" UUID NOT NULL,
    "versionId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "lineageKey" TEXT NOT NULL,

    CONSTRAINT "FrameworkStep_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FrameworkQuestion" (
    "id" UUID NOT NULL,
    "versionId" UUID NOT NULL,
    "stepId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "lineageKey" TEXT NOT NULL,

    CONSTRAINT "FrameworkQuestion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Cycle" (
    "id" UUID NOT NULL,
    "partnershipId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Cycle_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Assessment" (
    "id" UUID NOT NULL,
    "partnershipId" UUID NOT NULL,
    "cycleId" UUID NOT NULL,
    "frameworkVersionId" UUID NOT NULL,
    "kind" "AssessmentKind" NOT NULL,
    "title" TEXT NOT NULL,
    "status" "AssessmentStatus" NOT NULL DEFAULT 'IN_PROGRESS',
    "baselineAssessmentId" UUID,
    "summaryStrengths" TEXT,
    "summaryDevelopment" TEXT,
    "finalisedAt" TIMESTAMPTZ(3),
    "finalisedById" UUID,
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Assessment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AssessmentParticipant" (
    "id" UUID NOT NULL,
    "assessmentId" UUID NOT NULL,
    "userId" UUID,
    "organisationId" UUID,
    "isLead" BOOLEAN NOT NULL DEFAULT false,
    "status" "ParticipantStatus" NOT NULL DEFAULT 'NOT_STARTED',
    "dueOn" DATE,
    "submittedAt" TIMESTAMPTZ(3),
    "submittedById" UUID,
    "signedOffName" TEXT,
    "signedOffRole" TEXT,
    "signedOffAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AssessmentParticipant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ParticipantQuestion" (
    "participantId" UUID NOT NULL,
    "questionId" UUID NOT NULL,

    CONSTRAINT "ParticipantQuestion_pkey" PRIMARY KEY ("participantId","questionId")
);

-- CreateTable
CREATE TABLE "Response" (
    "id" UUID NOT NULL,
    "assessmentId" UUID NOT NULL,
    "participantId" UUID NOT NULL,
    "questionId" UUID NOT NULL,
    "rating" "Rating",
    "notInScopeReason" TEXT,
    "narrative" TEXT NOT NULL DEFAULT '',
    "remainingWork" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "enteredOnBehalf" BOOLEAN NOT NULL DEFAULT false,
    "updatedById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Response_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ResponseEvidence" (
    "responseId" UUID NOT NULL,
    "evidenceId" UUID NOT NULL,

    CONSTRAINT "ResponseEvidence_pkey" PRIMARY KEY ("responseId","evidenceId")
);

-- CreateTable
CREATE TABLE "AgreedRating" (
    "id" UUID NOT NULL,
    "assessmentId" UUID NOT NULL,
    "questionId" UUID NOT NULL,
    "rating" "Rating" NOT NULL,
    "reason" TEXT NOT NULL DEFAULT '',
    "agreedById" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "agreedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AgreedRating_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EvidenceItem" (
    "id" UUID NOT NULL,
    "partnershipId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "kind" "EvidenceKind" NOT NULL,
    "nature" "EvidenceNature" NOT NULL,
    "evidenceDate" DATE NOT NULL,
    "url" TEXT,
    "description" TEXT,
    "organisationId" UUID,
    "fileId" UUID,
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "removedAt" TIMESTAMPTZ(3),
    "removedById" UUID,
    "removedReason" TEXT,

    CONSTRAINT "EvidenceItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StoredFile" (
    "id" UUID NOT NULL,
    "partnershipId" UUID NOT NULL,
    "fileName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "content" BYTEA,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StoredFile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Action" (
    "id" UUID NOT NULL,
    "partnershipId" UUID NOT NULL,
    "cycleId" UUID,
    "description" TEXT NOT NULL,
    "ownerOrganisationId" UUID NOT NULL,
    "ownerUserId" UUID,
    "ownerName" TEXT,
    "ownerEmail" TEXT,
    "dueOn" DATE NOT NULL,
    "status" "ActionStatus" NOT NULL DEFAULT 'NOT_STARTED',
    "priority" "ActionPriority" NOT NULL DEFAULT 'MEDIUM',
    "completedAt" TIMESTAMPTZ(3),
    "sourceType" "ActionSourceType" NOT NULL,
    "sourceResponseId" UUID,
    "sourceChallengeId" UUID,
    "sourceRecommendationId" UUID,
    "sourceNote" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Action_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActionLink" (
    "actionId" UUID NOT NULL,
    "assessmentId" UUID NOT NULL,
    "questionId" UUID NOT NULL,

    CONSTRAINT "ActionLink_pkey" PRIMARY KEY ("actionId","assessmentId","questionId")
);

-- CreateTable
CREATE TABLE "ActionUpdate" (
    "id" UUID NOT NULL,
    "actionId" UUID NOT NULL,
    "authorId" UUID,
    "note" TEXT NOT NULL,
    "statusAfter" "ActionStatus",
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ActionUpdate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActionEvidence" (
    "actionId" UUID NOT NULL,
    "evidenceId" UUID NOT NULL,

    CONSTRAINT "ActionEvidence_pkey" PRIMARY KEY ("actionId","evidenceId")
);

-- CreateTable
CREATE TABLE "Challenge" (
    "id" UUID NOT NULL,
    "assessmentId" UUID NOT NULL,
    "questionId" UUID,
    "stepId" UUID,
    "responsibleOrganisationId" UUID,
    "raisedById" UUID,
    "text" TEXT NOT NULL,
    "partnerResponse" TEXT,
    "respondedById" UUID,
    "respondedAt" TIMESTAMPTZ(3),
    "outcome" "ChallengeOutcome",
    "outcomeAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Challenge_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseReview" (
    "id" UUID NOT NULL,
    "partnershipId" UUID NOT NULL,
    "type" "CaseReviewType" NOT NULL,
    "identifier" TEXT NOT NULL,
    "status" "CaseReviewStatus" NOT NULL DEFAULT 'OPEN',
    "referredOn" DATE,
    "decidedOn" DATE,
    "completedOn" DATE,
    "publishedOn" DATE,
    "summary" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CaseReview_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseReviewRecommendation" (
    "id" UUID NOT NULL,
    "caseReviewId" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "partnershipResponse" TEXT,
    "timescale" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CaseReviewRecommendation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "category" "AuditCategory" NOT NULL,
    "action" TEXT NOT NULL,
    "actorUserId" UUID,
    "partnershipId" UUID,
    "entityType" TEXT,
    "entityId" TEXT,
    "before" JSONB,
    "after" JSONB,
    "metadata" JSONB,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Partnership_slug_key" ON "Partnership"("slug");

-- CreateIndex
CREATE INDEX "Organisation_partnershipId_kind_idx" ON "Organisation"("partnershipId", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_partnershipId_name_key" ON "Organisation"("partnershipId", "name");

-- CreateIndex
CREATE INDEX "Membership_partnershipId_role_idx" ON "Membership"("partnershipId", "role");

-- CreateIndex
CREATE UNIQUE INDEX "Membership_userId_partnershipId_key" ON "Membership"("userId", "partnershipId");

-- CreateIndex
CREATE UNIQUE INDEX "Framework_key_key" ON "Framework"("key");

-- CreateIndex
CREATE UNIQUE INDEX "FrameworkVersion_frameworkId_version_key" ON "FrameworkVersion"("frameworkId", "version");

-- CreateIndex
CREATE UNIQUE INDEX "FrameworkStep_versionId_position_key" ON "FrameworkStep"("versionId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "FrameworkStep_versionId_lineageKey_key" ON "FrameworkStep"("versionId", "lineageKey");

-- CreateIndex
CREATE UNIQUE INDEX "FrameworkQuestion_versionId_lineageKey_key" ON "FrameworkQuestion"("versionId", "lineageKey");

-- CreateIndex
CREATE UNIQUE INDEX "FrameworkQuestion_versionId_code_key" ON "FrameworkQuestion"("versionId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "FrameworkQuestion_stepId_position_key" ON "FrameworkQuestion"("stepId", "position");

-- CreateIndex
CREATE INDEX "Cycle_partnershipId_startsOn_idx" ON "Cycle"("partnershipId", "startsOn");

-- CreateIndex
CREATE UNIQUE INDEX "Cycle_partnershipId_name_key" ON "Cycle"("partnershipId", "name");

-- CreateIndex
CREATE INDEX "Assessment_partnershipId_cycleId_idx" ON "Assessment"("partnershipId", "cycleId");

-- CreateIndex
CREATE UNIQUE INDEX "AssessmentParticipant_assessmentId_userId_key" ON "AssessmentParticipant"("assessmentId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "AssessmentParticipant_assessmentId_organisationId_key" ON "AssessmentParticipant"("assessmentId", "organisationId");

-- CreateIndex
CREATE INDEX "Response_assessmentId_questionId_idx" ON "Response"("assessmentId", "questionId");

-- CreateIndex
CREATE UNIQUE INDEX "Response_participantId_questionId_key" ON "Response"("participantId", "questionId");

-- CreateIndex
CREATE INDEX "ResponseEvidence_evidenceId_idx" ON "ResponseEvidence"("evidenceId");

-- CreateIndex
CREATE UNIQUE INDEX "AgreedRating_assessmentId_questionId_key" ON "AgreedRating"("assessmentId", "questionId");

-- CreateIndex
CREATE UNIQUE INDEX "EvidenceItem_fileId_key" ON "EvidenceItem"("fileId");

-- CreateIndex
CREATE INDEX "EvidenceItem_partnershipId_evidenceDate_idx" ON "EvidenceItem"("partnershipId", "evidenceDate");

-- CreateIndex
CREATE INDEX "StoredFile_partnershipId_idx" ON "StoredFile"("partnershipId");

-- CreateIndex
CREATE INDEX "Action_partnershipId_status_dueOn_idx" ON "Action"("partnershipId", "status", "dueOn");

-- CreateIndex
CREATE INDEX "Action_partnershipId_ownerOrganisationId_idx" ON "Action"("partnershipId", "ownerOrganisationId");

-- CreateIndex
CREATE INDEX "ActionLink_assessmentId_questionId_idx" ON "ActionLink"("assessmentId", "questionId");

-- CreateIndex
CREATE INDEX "ActionUpdate_actionId_createdAt_idx" ON "ActionUpdate"("actionId", "createdAt");

-- CreateIndex
CREATE INDEX "Challenge_assessmentId_idx" ON "Challenge"("assessmentId");

-- CreateIndex
CREATE UNIQUE INDEX "CaseReview_partnershipId_identifier_key" ON "CaseReview"("partnershipId", "identifier");

-- CreateIndex
CREATE UNIQUE INDEX "CaseReviewRecommendation_caseReviewId_number_key" ON "CaseReviewRecommendation"("caseReviewId", "number");

-- CreateIndex
CREATE INDEX "AuditEvent_partnershipId_at_idx" ON "AuditEvent"("partnershipId", "at");

-- CreateIndex
CREATE INDEX "AuditEvent_entityType_entityId_idx" ON "AuditEvent"("entityType", "entityId");

-- AddForeignKey
ALTER TABLE "Organisation" ADD CONSTRAINT "Organisation_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Framework" ADD CONSTRAINT "Framework_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FrameworkVersion" ADD CONSTRAINT "FrameworkVersion_frameworkId_fkey" FOREIGN KEY ("frameworkId") REFERENCES "Framework"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FrameworkVersion" ADD CONSTRAINT "FrameworkVersion_basedOnVersionId_fkey" FOREIGN KEY ("basedOnVersionId") REFERENCES "FrameworkVersion"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FrameworkStep" ADD CONSTRAINT "FrameworkStep_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "FrameworkVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FrameworkQuestion" ADD CONSTRAINT "FrameworkQuestion_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "FrameworkVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FrameworkQuestion" ADD CONSTRAINT "FrameworkQuestion_stepId_fkey" FOREIGN KEY ("stepId") REFERENCES "FrameworkStep"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Cycle" ADD CONSTRAINT "Cycle_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_cycleId_fkey" FOREIGN KEY ("cycleId") REFERENCES "Cycle"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_frameworkVersionId_fkey" FOREIGN KEY ("frameworkVersionId") REFERENCES "FrameworkVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_baselineAssessmentId_fkey" FOREIGN KEY ("baselineAssessmentId") REFERENCES "Assessment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssessmentParticipant" ADD CONSTRAINT "AssessmentParticipant_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssessmentParticipant" ADD CONSTRAINT "AssessmentParticipant_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssessmentParticipant" ADD CONSTRAINT "AssessmentParticipant_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ParticipantQuestion" ADD CONSTRAINT "ParticipantQuestion_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "AssessmentParticipant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ParticipantQuestion" ADD CONSTRAINT "ParticipantQuestion_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "FrameworkQuestion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Response" ADD CONSTRAINT "Response_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Response" ADD CONSTRAINT "Response_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "AssessmentParticipant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Response" ADD CONSTRAINT "Response_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "FrameworkQuestion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResponseEvidence" ADD CONSTRAINT "ResponseEvidence_responseId_fkey" FOREIGN KEY ("responseId") REFERENCES "Response"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResponseEvidence" ADD CONSTRAINT "ResponseEvidence_evidenceId_fkey" FOREIGN KEY ("evidenceId") REFERENCES "EvidenceItem"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreedRating" ADD CONSTRAINT "AgreedRating_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreedRating" ADD CONSTRAINT "AgreedRating_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "FrameworkQuestion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvidenceItem" ADD CONSTRAINT "EvidenceItem_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvidenceItem" ADD CONSTRAINT "EvidenceItem_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvidenceItem" ADD CONSTRAINT "EvidenceItem_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "StoredFile"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StoredFile" ADD CONSTRAINT "StoredFile_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Action" ADD CONSTRAINT "Action_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Action" ADD CONSTRAINT "Action_cycleId_fkey" FOREIGN KEY ("cycleId") REFERENCES "Cycle"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Action" ADD CONSTRAINT "Action_ownerOrganisationId_fkey" FOREIGN KEY ("ownerOrganisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Action" ADD CONSTRAINT "Action_ownerUserId_fkey" FOREIGN KEY ("ownerUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Action" ADD CONSTRAINT "Action_sourceResponseId_fkey" FOREIGN KEY ("sourceResponseId") REFERENCES "Response"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Action" ADD CONSTRAINT "Action_sourceChallengeId_fkey" FOREIGN KEY ("sourceChallengeId") REFERENCES "Challenge"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Action" ADD CONSTRAINT "Action_sourceRecommendationId_fkey" FOREIGN KEY ("sourceRecommendationId") REFERENCES "CaseReviewRecommendation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionLink" ADD CONSTRAINT "ActionLink_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "Action"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionLink" ADD CONSTRAINT "ActionLink_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionLink" ADD CONSTRAINT "ActionLink_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "FrameworkQuestion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionUpdate" ADD CONSTRAINT "ActionUpdate_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "Action"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionUpdate" ADD CONSTRAINT "ActionUpdate_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionEvidence" ADD CONSTRAINT "ActionEvidence_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "Action"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionEvidence" ADD CONSTRAINT "ActionEvidence_evidenceId_fkey" FOREIGN KEY ("evidenceId") REFERENCES "EvidenceItem"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Challenge" ADD CONSTRAINT "Challenge_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Challenge" ADD CONSTRAINT "Challenge_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "FrameworkQuestion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Challenge" ADD CONSTRAINT "Challenge_stepId_fkey" FOREIGN KEY ("stepId") REFERENCES "FrameworkStep"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Challenge" ADD CONSTRAINT "Challenge_responsibleOrganisationId_fkey" FOREIGN KEY ("responsibleOrganisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseReview" ADD CONSTRAINT "CaseReview_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseReviewRecommendation" ADD CONSTRAINT "CaseReviewRecommendation_caseReviewId_fkey" FOREIGN KEY ("caseReviewId") REFERENCES "CaseReview"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_actorUserId_fkey" FOREIGN KEY ("actorUserId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Audit events are append-only: the database refuses to change or delete them, whatever the caller.
CREATE FUNCTION "audit_event_is_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit events are append-only' USING ERRCODE = 'P0001';
END
$$;

CREATE TRIGGER "AuditEvent_append_only" BEFORE UPDATE OR DELETE ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION "audit_event_is_append_only"();

CREATE TRIGGER "AuditEvent_no_truncate" BEFORE TRUNCATE ON "AuditEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION "audit_event_is_append_only"();
