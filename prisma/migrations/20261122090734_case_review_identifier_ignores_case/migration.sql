-- A case review's identifier is unique within a partnership whatever its capitals ("Child L" and
-- "child l" are the same review). Prisma's schema cannot express an index on an expression, so
-- it is written here by hand; the application maps a clash to a sentence.
CREATE UNIQUE INDEX "CaseReview_partnershipId_lower_identifier_key"
  ON "CaseReview" ("partnershipId", lower("identifier"));
