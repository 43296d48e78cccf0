-- A published framework version is immutable in the database itself: assessments pin the version
-- they were created with and keep showing its text. Its steps and questions cannot be inserted,
-- changed or deleted, and the version row itself cannot be changed or deleted once published
-- (a draft becomes published by one UPDATE of its status, which is allowed).
CREATE FUNCTION "framework_version_must_be_draft"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  target uuid;
BEGIN
  IF TG_TABLE_NAME = 'FrameworkVersion' THEN
    IF OLD.status = 'PUBLISHED' THEN
      RAISE EXCEPTION 'framework_published: a published framework version cannot be changed' USING ERRCODE = 'P0001';
    END IF;
  ELSE
    IF TG_OP = 'DELETE' THEN
      target := OLD."versionId";
    ELSE
      target := NEW."versionId";
    END IF;
    IF EXISTS (SELECT 1 FROM "FrameworkVersion" v WHERE v.id = target AND v.status = 'PUBLISHED') THEN
      RAISE EXCEPTION 'framework_published: a published framework version cannot be changed' USING ERRCODE = 'P0001';
    END IF;
    IF TG_OP = 'UPDATE' AND OLD."versionId" <> NEW."versionId" AND EXISTS (
      SELECT 1 FROM "FrameworkVersion" v WHERE v.id = OLD."versionId" AND v.status = 'PUBLISHED'
    ) THEN
      RAISE EXCEPTION 'framework_published: a published framework version cannot be changed' USING ERRCODE = 'P0001';
    END IF;
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  RETURN NEW;
END
$$;

CREATE TRIGGER "FrameworkVersion_published_immutable" BEFORE UPDATE OR DELETE ON "FrameworkVersion"
  FOR EACH ROW EXECUTE FUNCTION "framework_version_must_be_draft"();
CREATE TRIGGER "FrameworkStep_version_draft" BEFORE INSERT OR UPDATE OR DELETE ON "FrameworkStep"
  FOR EACH ROW EXECUTE FUNCTION "framework_version_must_be_draft"();
CREATE TRIGGER "FrameworkQuestion_version_draft" BEFORE INSERT OR UPDATE OR DELETE ON "FrameworkQuestion"
  FOR EACH ROW EXECUTE FUNCTION "framework_version_must_be_draft"();
