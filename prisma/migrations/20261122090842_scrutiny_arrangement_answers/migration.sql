-- CreateTable
CREATE TABLE "ArrangementAnswer" (
    "id" UUID NOT NULL,
    "partnershipId" UUID NOT NULL,
    "questionNumber" INTEGER NOT NULL,
    "answer" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ArrangementAnswer_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ArrangementAnswer_partnershipId_questionNumber_key" ON "ArrangementAnswer"("partnershipId", "questionNumber");

-- AddForeignKey
ALTER TABLE "ArrangementAnswer" ADD CONSTRAINT "ArrangementAnswer_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

