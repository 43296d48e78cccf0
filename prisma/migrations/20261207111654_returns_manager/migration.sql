-- CreateEnum
CREATE TYPE "ReturnReminderKind" AS ENUM ('BEFORE_DEADLINE', 'AFTER_DEADLINE', 'MANUAL');

-- CreateEnum
CREATE TYPE "WordingAudience" AS ENUM ('WIDER_PARTNER');

-- CreateTable
CREATE TABLE "ReturnReminder" (
    "id" UUID NOT NULL,
    "participantId" UUID NOT NULL,
    "kind" "ReturnReminderKind" NOT NULL,
    "dueOn" DATE,
    "batchId" TEXT NOT NULL DEFAULT '',
    "recipient" TEXT NOT NULL,
    "sentById" UUID,
    "sentAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReturnReminder_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "QuestionWording" (
    "id" UUID NOT NULL,
    "partnershipId" UUID NOT NULL,
    "lineageKey" TEXT NOT NULL,
    "audience" "WordingAudience" NOT NULL,
    "text" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "QuestionWording_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReturnImport" (
    "id" UUID NOT NULL,
    "participantId" UUID NOT NULL,
    "createdById" UUID,
    "fileName" TEXT NOT NULL,
    "rows" JSONB NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "confirmedAt" TIMESTAMPTZ(3),

    CONSTRAINT "ReturnImport_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ReturnReminder_participantId_sentAt_idx" ON "ReturnReminder"("participantId", "sentAt");

-- CreateIndex
CREATE UNIQUE INDEX "ReturnReminder_participantId_kind_dueOn_batchId_key" ON "ReturnReminder"("participantId", "kind", "dueOn", "batchId");

-- CreateIndex
CREATE UNIQUE INDEX "QuestionWording_partnershipId_lineageKey_audience_key" ON "QuestionWording"("partnershipId", "lineageKey", "audience");

-- CreateIndex
CREATE INDEX "ReturnImport_participantId_createdAt_idx" ON "ReturnImport"("participantId", "createdAt");

-- AddForeignKey
ALTER TABLE "ReturnReminder" ADD CONSTRAINT "ReturnReminder_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "AssessmentParticipant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuestionWording" ADD CONSTRAINT "QuestionWording_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReturnImport" ADD CONSTRAINT "ReturnImport_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "AssessmentParticipant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

