-- CreateTable
CREATE TABLE "AssessmentPartnerAgreement" (
    "id" UUID NOT NULL,
    "assessmentId" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "agreedByName" TEXT NOT NULL,
    "agreedByRole" TEXT NOT NULL,
    "agreedOn" DATE NOT NULL,
    "recordedById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AssessmentPartnerAgreement_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "AssessmentPartnerAgreement_assessmentId_organisationId_key" ON "AssessmentPartnerAgreement"("assessmentId", "organisationId");

-- AddForeignKey
ALTER TABLE "AssessmentPartnerAgreement" ADD CONSTRAINT "AssessmentPartnerAgreement_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssessmentPartnerAgreement" ADD CONSTRAINT "AssessmentPartnerAgreement_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- A finalised assessment is locked in the database itself, not only in the app: its responses,
-- cited evidence and agreed ratings cannot be inserted, changed or deleted until it is reopened.
CREATE FUNCTION "assessment_must_be_open"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  target uuid;
BEGIN
  IF TG_TABLE_NAME = 'ResponseEvidence' THEN
    IF TG_OP = 'DELETE' THEN
      SELECT r."assessmentId" INTO target FROM "Response" r WHERE r.id = OLD."responseId";
    ELSE
      SELECT r."assessmentId" INTO target FROM "Response" r WHERE r.id = NEW."responseId";
    END IF;
  ELSIF TG_OP = 'DELETE' THEN
    target := OLD."assessmentId";
  ELSE
    target := NEW."assessmentId";
  END IF;
  IF EXISTS (SELECT 1 FROM "Assessment" a WHERE a.id = target AND a.status = 'FINALISED') THEN
    RAISE EXCEPTION 'assessment_locked: the assessment is finalised' USING ERRCODE = 'P0001';
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  RETURN NEW;
END
$$;

CREATE TRIGGER "Response_assessment_open" BEFORE INSERT OR UPDATE OR DELETE ON "Response"
  FOR EACH ROW EXECUTE FUNCTION "assessment_must_be_open"();
CREATE TRIGGER "ResponseEvidence_assessment_open" BEFORE INSERT OR UPDATE OR DELETE ON "ResponseEvidence"
  FOR EACH ROW EXECUTE FUNCTION "assessment_must_be_open"();
CREATE TRIGGER "AgreedRating_assessment_open" BEFORE INSERT OR UPDATE OR DELETE ON "AgreedRating"
  FOR EACH ROW EXECUTE FUNCTION "assessment_must_be_open"();
