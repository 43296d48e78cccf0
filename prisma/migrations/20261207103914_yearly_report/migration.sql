-- CreateEnum
CREATE TYPE "YearlyReportStatus" AS ENUM ('DRAFT', 'SHARED', 'SIGNED_OFF', 'PUBLISHED');

-- CreateEnum
CREATE TYPE "SignOffDesignation" AS ENUM ('LEAD_SAFEGUARDING_PARTNER', 'DELEGATED_SAFEGUARDING_PARTNER');

-- CreateTable
CREATE TABLE "YearlyReportSection" (
    "id" UUID NOT NULL,
    "partnershipId" UUID NOT NULL,
    "cycleId" UUID NOT NULL,
    "status" "YearlyReportStatus" NOT NULL DEFAULT 'DRAFT',
    "whatWasDone" TEXT,
    "impactEvidence" TEXT,
    "littleProgress" TEXT,
    "caseReviewActions" TEXT,
    "childrenFamiliesFeedback" TEXT,
    "scrutinyArrangements" TEXT,
    "assuranceStatement" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedById" UUID,
    "sharedWithScrutineerAt" TIMESTAMPTZ(3),
    "publishedOn" DATE,
    "publishedUrl" TEXT,
    "presentedAt" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "YearlyReportSection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "YearlyReportSignOff" (
    "id" UUID NOT NULL,
    "sectionId" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "designation" "SignOffDesignation" NOT NULL,
    "signerName" TEXT NOT NULL,
    "signedOn" DATE NOT NULL,
    "meeting" TEXT,
    "recordedById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "YearlyReportSignOff_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PublicationRecipient" (
    "id" UUID NOT NULL,
    "partnershipId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "PublicationRecipient_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "YearlyReportSubmission" (
    "id" UUID NOT NULL,
    "sectionId" UUID NOT NULL,
    "recipientId" UUID NOT NULL,
    "sentOn" DATE NOT NULL,
    "recordedById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "YearlyReportSubmission_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "YearlyReportSection_partnershipId_publishedOn_idx" ON "YearlyReportSection"("partnershipId", "publishedOn");

-- CreateIndex
CREATE UNIQUE INDEX "YearlyReportSection_partnershipId_cycleId_key" ON "YearlyReportSection"("partnershipId", "cycleId");

-- CreateIndex
CREATE UNIQUE INDEX "YearlyReportSignOff_sectionId_organisationId_key" ON "YearlyReportSignOff"("sectionId", "organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "PublicationRecipient_partnershipId_name_key" ON "PublicationRecipient"("partnershipId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "PublicationRecipient_partnershipId_position_key" ON "PublicationRecipient"("partnershipId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "YearlyReportSubmission_sectionId_recipientId_key" ON "YearlyReportSubmission"("sectionId", "recipientId");

-- AddForeignKey
ALTER TABLE "YearlyReportSection" ADD CONSTRAINT "YearlyReportSection_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "YearlyReportSection" ADD CONSTRAINT "YearlyReportSection_cycleId_fkey" FOREIGN KEY ("cycleId") REFERENCES "Cycle"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "YearlyReportSignOff" ADD CONSTRAINT "YearlyReportSignOff_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "YearlyReportSection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "YearlyReportSignOff" ADD CONSTRAINT "YearlyReportSignOff_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublicationRecipient" ADD CONSTRAINT "PublicationRecipient_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "YearlyReportSubmission" ADD CONSTRAINT "YearlyReportSubmission_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "YearlyReportSection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "YearlyReportSubmission" ADD CONSTRAINT "YearlyReportSubmission_recipientId_fkey" FOREIGN KEY ("recipientId") REFERENCES "PublicationRecipient"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- Seed 002 §3.9: published reports go to these two bodies within seven days. Every partnership,
-- existing or new, starts with them; the business manager may edit the list (later guidance
-- changed the second recipient). Keep in step with DEFAULT_PUBLICATION_RECIPIENTS in
-- lib/domain/yearly-report.ts.
CREATE FUNCTION "add_default_publication_recipients"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "PublicationRecipient" ("id", "partnershipId", "name", "position", "updatedAt")
  VALUES
    (gen_random_uuid(), NEW."id", 'Child Safeguarding Practice Review Panel', 1, CURRENT_TIMESTAMP),
    (gen_random_uuid(), NEW."id", 'What Works Centre for Children''s Social Care', 2, CURRENT_TIMESTAMP);
  RETURN NEW;
END
$$;

CREATE TRIGGER "Partnership_default_publication_recipients" AFTER INSERT ON "Partnership"
  FOR EACH ROW EXECUTE FUNCTION "add_default_publication_recipients"();

INSERT INTO "PublicationRecipient" ("id", "partnershipId", "name", "position", "updatedAt")
SELECT gen_random_uuid(), p."id", r."name", r."position", CURRENT_TIMESTAMP
FROM "Partnership" p
CROSS JOIN (VALUES
  ('Child Safeguarding Practice Review Panel', 1),
  ('What Works Centre for Children''s Social Care', 2)
) AS r("name", "position");
