-- CreateEnum
CREATE TYPE "AccuracyDecision" AS ENUM ('CHANGED', 'NOT_CHANGED');

-- AlterEnum
ALTER TYPE "ActionSourceType" ADD VALUE 'MANAGEMENT_RESPONSE';

-- AlterTable
ALTER TABLE "Assessment" ADD COLUMN     "accuracyCheckClosedAt" TIMESTAMPTZ(3),
ADD COLUMN     "accuracyCheckOpenedAt" TIMESTAMPTZ(3),
ADD COLUMN     "summaryVersion" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "Action" ADD COLUMN     "sourceDevelopmentAreaId" UUID;

-- AlterTable
ALTER TABLE "Challenge" ADD COLUMN     "outcomeById" UUID,
ADD COLUMN     "outcomeNote" TEXT,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- CreateTable
CREATE TABLE "StepNarrative" (
    "assessmentId" UUID NOT NULL,
    "stepId" UUID NOT NULL,
    "text" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedById" UUID,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "StepNarrative_pkey" PRIMARY KEY ("assessmentId","stepId")
);

-- CreateTable
CREATE TABLE "DevelopmentArea" (
    "id" UUID NOT NULL,
    "assessmentId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "managementResponse" TEXT,
    "respondedById" UUID,
    "respondedAt" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DevelopmentArea_pkey" PRIMARY KEY ("id")
);

-- Any overall "areas for development" text written so far becomes the first area.
INSERT INTO "DevelopmentArea" ("id", "assessmentId", "position", "text")
SELECT gen_random_uuid(), "id", 1, "summaryDevelopment" FROM "Assessment"
WHERE "summaryDevelopment" IS NOT NULL AND btrim("summaryDevelopment") <> '';

ALTER TABLE "Assessment" DROP COLUMN "summaryDevelopment";

-- CreateTable
CREATE TABLE "AccuracyComment" (
    "id" UUID NOT NULL,
    "assessmentId" UUID NOT NULL,
    "section" TEXT NOT NULL,
    "organisationId" UUID,
    "authorId" UUID,
    "text" TEXT NOT NULL,
    "decision" "AccuracyDecision",
    "decisionNote" TEXT,
    "decidedById" UUID,
    "decidedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AccuracyComment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "DevelopmentArea_assessmentId_position_key" ON "DevelopmentArea"("assessmentId", "position");

-- CreateIndex
CREATE INDEX "AccuracyComment_assessmentId_createdAt_idx" ON "AccuracyComment"("assessmentId", "createdAt");

-- AddForeignKey
ALTER TABLE "Action" ADD CONSTRAINT "Action_sourceDevelopmentAreaId_fkey" FOREIGN KEY ("sourceDevelopmentAreaId") REFERENCES "DevelopmentArea"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StepNarrative" ADD CONSTRAINT "StepNarrative_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StepNarrative" ADD CONSTRAINT "StepNarrative_stepId_fkey" FOREIGN KEY ("stepId") REFERENCES "FrameworkStep"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DevelopmentArea" ADD CONSTRAINT "DevelopmentArea_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccuracyComment" ADD CONSTRAINT "AccuracyComment_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccuracyComment" ADD CONSTRAINT "AccuracyComment_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

