-- CreateEnum
CREATE TYPE "ActionReminderKind" AS ENUM ('DUE_SOON', 'OVERDUE');

-- AlterTable
ALTER TABLE "CaseReview" ADD COLUMN     "publicationUrl" TEXT,
ADD COLUMN     "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- CreateTable
CREATE TABLE "ActionReminder" (
    "id" UUID NOT NULL,
    "actionId" UUID NOT NULL,
    "kind" "ActionReminderKind" NOT NULL,
    "dueOn" DATE NOT NULL,
    "recipient" TEXT NOT NULL,
    "sentAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ActionReminder_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ActionReminder_actionId_kind_dueOn_key" ON "ActionReminder"("actionId", "kind", "dueOn");

-- AddForeignKey
ALTER TABLE "ActionReminder" ADD CONSTRAINT "ActionReminder_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "Action"("id") ON DELETE CASCADE ON UPDATE CASCADE;

