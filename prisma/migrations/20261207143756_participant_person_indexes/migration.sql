-- CreateIndex
CREATE INDEX "AssessmentParticipant_userId_idx" ON "AssessmentParticipant"("userId");

-- CreateIndex
CREATE INDEX "AssessmentParticipant_organisationId_idx" ON "AssessmentParticipant"("organisationId");

