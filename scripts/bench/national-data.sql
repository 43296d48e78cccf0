-- National-scale benchmark data for Six Steps (issue #10). England has about 150 safeguarding
-- children partnerships; this fills a freshly migrated database (with the original Six Steps
-- framework seeded) with all of them and ten years of history each, as the app itself would have
-- left it. Set-based SQL only: every table is filled by INSERT … SELECT over generate_series and
-- small temp tables, never row by row.
--
-- Run by scripts/bench/generate.ts, which first creates and fills the one-row temp table
--   bench_config(partnerships, cycles, organisations, largest_factor, scrutineers,
--                scrutineer_partnerships, evidence_per_cycle, actions_per_cycle,
--                today, now_at, password_hash, totp_secret, fast)
-- and then runs the steps below (split on the "-- @step" lines) in one transaction.
--
-- Conventions:
-- * Ids are computed, not random: bench_id(table, partnership, cycle, kind, seat, item) spells them
--   out in hex ('08000001-000a-4001-8000-000000000018' is response 24 of seat 0 of the scrutiny of
--   cycle 10 of partnership 1), so any step can name a row another step made (an action's source
--   answer, the evidence an answer cites) without a lookup, and rows go into their indexes in
--   order. The version and variant digits are right because the app checks ids with zod's uuid().
-- * "Random" choices are deterministic: bench_r(key, seed) is a uniform number in [0, 1) hashed
--   from an integer key. The same configuration always gives the same data.
-- * Partnership 1 is "the largest": largest_factor times the evidence and actions (with their
--   links, updates and evidence) of a typical partnership. Every other partnership is typical.
-- * Cycle 1 is the oldest; the last cycle is the one running today. Every earlier cycle is
--   signed off; the current one is being answered.
-- * Assessments are written IN_PROGRESS and signed off in the last step, as the app's own
--   sign-off works: the lock triggers (migration assessment_lock) refuse answers to a finalised
--   assessment.
-- * With `fast` (the wrapper sets it when the role is a superuser, as with the embedded server)
--   the bulk steps run with session_replication_role = replica: no per-row foreign-key or lock
--   trigger. The "verify" step then checks every foreign key of the schema in one anti-join each
--   and fails the whole transaction if any row points nowhere, so the data is held to the same
--   constraints either way. Unique constraints are enforced in both modes.
-- * Nothing is dated after now_at (evidence dates in particular must not be in the future).

-- @step helpers
SET LOCAL work_mem = '256MB';

CREATE FUNCTION pg_temp.bench_id(tag integer, p integer, c integer, k integer, s integer, n bigint)
RETURNS uuid LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT (lpad(to_hex(tag), 2, '0') || lpad(to_hex(p), 6, '0') || '-' || lpad(to_hex(c), 4, '0')
          || '-4' || lpad(to_hex(k), 3, '0') || '-8' || lpad(to_hex(s), 3, '0') || '-' || lpad(to_hex(n), 12, '0'))::uuid
$$;

-- A uniform number in [0, 1) from an integer key; a different seed gives an independent one.
CREATE FUNCTION pg_temp.bench_r(key bigint, seed bigint) RETURNS double precision
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT (hashint8extended(key, seed) & 2147483647) / 2147483648.0
$$;

-- A calendar date at a UTC hour, as the app stores instants.
CREATE FUNCTION pg_temp.bench_at(d date, hour integer) RETURNS timestamptz
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT (d + make_time(hour, 0, 0)) AT TIME ZONE 'UTC'
$$;

-- A person's name from a number: 40 first names × 40 surnames.
CREATE FUNCTION pg_temp.bench_name(n bigint) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT (ARRAY['Aisha','Ben','Chloe','Daniel','Eleanor','Farah','George','Hannah','Imran','Jessica',
                'Kwame','Laura','Mohammed','Natalie','Oliver','Priya','Rachel','Samuel','Tara','Usman',
                'Victoria','William','Yasmin','Zoe','Adam','Bethany','Callum','Deborah','Ewan','Fiona',
                'Gareth','Helen','Isaac','Joanne','Kieran','Leah','Marcus','Nadia','Owen','Paula'])[1 + n % 40]
         || ' ' ||
         (ARRAY['Ahmed','Bennett','Clarke','Davies','Evans','Foster','Green','Hughes','Iqbal','Jones',
                'Khan','Lewis','Morgan','Nolan','Owens','Patel','Quinn','Roberts','Singh','Taylor',
                'Underwood','Vaughan','Walker','Young','Ali','Brown','Campbell','Doyle','Edwards','Fletcher',
                'Graham','Harris','Ingram','Jackson','Kaur','Lowe','Mitchell','Nash','Okafor','Price'])[1 + (n / 40) % 40]
$$;

-- The clock: the current cycle starts on 1 April of current_year (cycles run April to March).
CREATE TEMP TABLE bench_clock AS
SELECT cfg.*,
       extract(year FROM cfg.today)::int - CASE WHEN extract(month FROM cfg.today) < 4 THEN 1 ELSE 0 END
         AS current_year,
       -- Nothing is stamped later than this.
       cfg.now_at - interval '1 hour' AS latest
FROM bench_config cfg;

-- The 24 questions of the seeded original framework (version 1), numbered 1–24 in framework
-- order, with what each is about (for narratives) and an action that answers it.
CREATE TEMP TABLE bench_q AS
SELECT row_number() OVER (ORDER BY s.position, q.position)::int AS n,
       q.id, q.code, q."lineageKey" AS lineage_key, s.id AS step_id, s.number AS step,
       t.topic, 'For our organisation, ' || lower(left(t.topic, 1)) || substr(t.topic, 2) AS topic_partner,
       'For our agency, ' || lower(left(t.topic, 1)) || substr(t.topic, 2) AS topic_agency, t.action
FROM "FrameworkQuestion" q
JOIN "FrameworkStep" s ON s.id = q."stepId"
JOIN "FrameworkVersion" v ON v.id = q."versionId" AND v.version = 1
JOIN "Framework" f ON f.id = v."frameworkId" AND f.key = 'six-steps-2019'
JOIN (VALUES
  ('1.1', 'The child-centred safeguarding children plan, agreed and funded by the three partners', 'refresh the safeguarding children plan with outcome measures the three partners fund'),
  ('1.2', 'The safeguarding partners'' seats on the partnership''s groups and sub-groups', 'fill the safeguarding partners'' vacant seats on the sub-groups'),
  ('1.3', 'Joint work with the safeguarding adults board and the community safety partnership', 'agree a joint protocol with the safeguarding adults board and the community safety partnership'),
  ('1.4', 'Reporting, scrutiny and forward planning against the plan''s outcomes', 'report progress against the plan''s outcomes to the executive every quarter'),
  ('2.1', 'Relevant agencies'' knowledge of, and part in, the safeguarding arrangements', 'run a termly briefing so relevant agencies know and shape the arrangements'),
  ('2.2', 'Research, national guidance and contextual safeguarding in the wider partnership', 'bring research and contextual safeguarding into the wider partnership''s practice'),
  ('2.3', 'Information sharing and training protocols across the safeguarding partners', 'update the information-sharing protocol and train every agency on it'),
  ('2.4', 'Relevant agencies'' part in setting and reviewing the priorities', 'involve relevant agencies in the yearly priorities workshop'),
  ('3.1', 'Children''s and young people''s influence on the safeguarding plan', 'have the youth voice forum present to the partnership board twice a year'),
  ('3.2', 'Outreach to the children and families most affected by safeguarding concerns', 'reach the families most affected through community outreach'),
  ('3.3', 'Young people leading or co-leading safeguarding initiatives and training', 'train young people as co-trainers for multi-agency courses'),
  ('3.4', 'Young people''s role in safeguarding at the move to adult services', 'involve young people in reviewing the move to adult services'),
  ('4.1', 'Collection and joint analysis of safeguarding data by the three partners', 'restore every partner''s data to the shared safeguarding dataset'),
  ('4.2', 'Relevant agencies'' own audits, shared with the partnership', 'collect Section 11 audits from every relevant agency'),
  ('4.3', 'Use of data to review the impact of safeguarding work on children', 'review the impact of safeguarding work on children with the shared data'),
  ('4.4', 'Shared data informing gaps, priorities and future plans', 'use the shared data to set next year''s priorities'),
  ('5.1', 'Partners'' grasp of the criteria for a rapid review or an LCSPR', 'refresh partners'' training on the criteria for rapid reviews and LCSPRs'),
  ('5.2', 'Resourcing of case reviews, including contextual harm', 'keep a funded pool of independent reviewers for case reviews'),
  ('5.3', 'Cascading learning from case reviews to improve outcomes', 'publish a learning briefing within a month of every rapid review'),
  ('5.4', 'Learning from case reviews built into training, policy and practice', 'build case review learning into training, policy and practice'),
  ('6.1', 'Identifying, providing and evaluating multi-agency training needs', 'complete the yearly multi-agency training needs analysis'),
  ('6.2', 'Training planned from the plan, local data, policy and research', 'plan the training programme from the plan, local data and research'),
  ('6.3', 'Review of training take-up in core and wider partnership agencies', 'review training take-up in core and wider partnership agencies'),
  ('6.4', 'Evaluation of the impact of training on practice and outcomes', 'evaluate the impact of training on practice three months after each course')
) AS t(code, topic, action) ON t.code = q.code;
ANALYZE bench_clock;
ANALYZE bench_q;

DO $$
BEGIN
  IF (SELECT count(*) FROM bench_q) <> 24 THEN
    RAISE EXCEPTION 'The original Six Steps framework (six-steps-2019, version 1) must be seeded first: run the framework seed before the generator.';
  END IF;
  IF EXISTS (SELECT 1 FROM "Partnership") THEN
    RAISE EXCEPTION 'The database already holds partnerships: the generator needs a freshly migrated database with only the framework seeded.';
  END IF;
END
$$;

-- @step partnerships
-- 150 partnerships (England has about that many safeguarding children partnerships), named after
-- invented places: 15 roots × 10 endings. Partnership 1 is the largest.
CREATE TEMP TABLE bench_p AS
SELECT i AS p,
       pg_temp.bench_id(1, i, 0, 0, 0, 0) AS id,
       place,
       place || ' Safeguarding Children Partnership' AS name,
       regexp_replace(lower(place), '[^a-z0-9]+', '-', 'g') AS slug,
       k.evidence_per_cycle * CASE WHEN i = 1 THEN k.largest_factor ELSE 1 END AS ev,
       k.actions_per_cycle * CASE WHEN i = 1 THEN k.largest_factor ELSE 1 END AS ac
FROM bench_clock k
CROSS JOIN generate_series(1, k.partnerships) AS i
CROSS JOIN LATERAL (
  SELECT (ARRAY['Ash','Bram','Calder','Dun','Elm','Fern','Glen','Hart','Ivel','Kings','Lang','Mere','Nor','Oak','Pen'])[1 + (i - 1) % 15]
      || (ARRAY['ford','bury','bridge','ton','field','mouth','ley','wick','borough','dale'])[1 + ((i - 1) / 15) % 10]
      || CASE WHEN i > 150 THEN ' ' || ((i - 1) / 150 + 1) ELSE '' END AS place
) AS named;

-- Inserted with triggers on: a trigger gives each partnership its two default publication
-- recipients, as for a partnership the app creates.
INSERT INTO "Partnership" (id, slug, name, "localAuthorityAreas", "createdAt", "updatedAt")
SELECT p.id, p.slug, p.name,
       -- One in five covers two local authority areas.
       CASE WHEN p.p % 5 = 0 THEN ARRAY[p.place || ' Council', 'North ' || p.place || ' District Council']
            ELSE ARRAY[p.place || ' Council'] END,
       pg_temp.bench_at(make_date(k.current_year - k.cycles, 12, 1), 9),
       pg_temp.bench_at(make_date(k.current_year - k.cycles, 12, 1), 9)
FROM bench_p p CROSS JOIN bench_clock k;

-- From here on, in fast mode, no per-row triggers until the verify step.
SELECT set_config('session_replication_role', 'replica', true) FROM bench_config WHERE fast;

-- @step organisations
-- Each partnership: the three statutory safeguarding partners (local authority, police, ICB) and
-- `organisations` relevant agencies (30 by default: schools, health trusts, housing, voluntary
-- sector …), from 30 templates; beyond 30 the templates repeat with a number.
CREATE TEMP TABLE bench_org AS
SELECT p.p, o,
       pg_temp.bench_id(2, p.p, 0, 0, 0, o) AS id,
       CASE o WHEN 1 THEN p.place || ' Council'
              WHEN 2 THEN p.place || ' Police'
              WHEN 3 THEN 'NHS ' || p.place || ' Integrated Care Board'
              ELSE format(t.pattern, p.place) || CASE WHEN o - 3 > 30 THEN ' ' || ((o - 4) / 30 + 1) ELSE '' END
       END AS name,
       CASE o WHEN 1 THEN 'LOCAL_AUTHORITY' WHEN 2 THEN 'POLICE' WHEN 3 THEN 'HEALTH_ICB' ELSE t.kind END
         ::"OrganisationKind" AS kind,
       o <= 3 AS statutory,
       t.why_chosen,
       CASE WHEN o <= 3 THEN NULL
            WHEN t.kind = 'EDUCATION' THEN 'Designated safeguarding leads network; training venues.'
            WHEN t.kind = 'PROBATION' THEN 'Information sharing on risk; attendance at MAPPA and the practice review group.'
            ELSE 'Staff trained as safeguarding champions; attendance at the relevant agencies'' forum.' END AS contribution
FROM bench_p p
CROSS JOIN bench_clock k
CROSS JOIN generate_series(1, 3 + k.organisations) AS o
LEFT JOIN (VALUES
  (1,  '%s Schools Alliance', 'EDUCATION', 'Schools see most children every day and make a large share of referrals.'),
  (2,  'Probation Service – %s', 'PROBATION', 'Supervises adults who pose a risk to children.'),
  (3,  '%s Homes', 'OTHER_RELEVANT_AGENCY', 'The largest social landlord, often first to see neglect and exploitation.'),
  (4,  '%s Voluntary Action', 'OTHER_RELEVANT_AGENCY', 'Reaches families who do not use statutory services.'),
  (5,  '%s College', 'EDUCATION', 'Teaches most 16 to 18 year olds in the area.'),
  (6,  '%s Youth Justice Service', 'OTHER_RELEVANT_AGENCY', 'Works with children at risk of exploitation and offending.'),
  (7,  '%s Fire and Rescue Service', 'OTHER_RELEVANT_AGENCY', 'Home safety visits reach families other services do not.'),
  (8,  '%s Hospitals NHS Foundation Trust', 'OTHER_RELEVANT_AGENCY', 'Emergency departments and maternity see children at moments of risk.'),
  (9,  '%s Community Health NHS Trust', 'OTHER_RELEVANT_AGENCY', 'Health visitors and school nurses see every young child.'),
  (10, '%s Mental Health NHS Trust', 'OTHER_RELEVANT_AGENCY', 'Child and adolescent mental health services and adult services for parents.'),
  (11, '%s GP Federation', 'OTHER_RELEVANT_AGENCY', 'GPs know families over many years.'),
  (12, '%s Early Years Network', 'EDUCATION', 'Nurseries and childminders see the youngest children every day.'),
  (13, '%s Academy Trust', 'EDUCATION', 'Runs a third of the area''s secondary schools.'),
  (14, 'Cafcass – %s', 'OTHER_RELEVANT_AGENCY', 'Represents children in family court proceedings.'),
  (15, '%s Ambulance Service', 'OTHER_RELEVANT_AGENCY', 'Crews are often first into a home in a crisis.'),
  (16, '%s Housing Association', 'OTHER_RELEVANT_AGENCY', 'Housing officers see neglect and overcrowding first.'),
  (17, '%s Faith Forum', 'OTHER_RELEVANT_AGENCY', 'Faith groups run clubs and classes for many children.'),
  (18, '%s Sports Partnership', 'OTHER_RELEVANT_AGENCY', 'Coaches and volunteers work with children every week.'),
  (19, '%s Women''s Aid', 'OTHER_RELEVANT_AGENCY', 'Supports families living with domestic abuse.'),
  (20, '%s Drug and Alcohol Service', 'OTHER_RELEVANT_AGENCY', 'Works with parents whose use puts children at risk.'),
  (21, '%s Young Carers', 'OTHER_RELEVANT_AGENCY', 'Supports children who care for a parent.'),
  (22, '%s Special Schools Trust', 'EDUCATION', 'Teaches disabled children, who are at greater risk of abuse.'),
  (23, '%s Independent Schools Group', 'EDUCATION', 'Independent schools are outside the local authority''s own oversight.'),
  (24, '%s Children''s Homes Association', 'OTHER_RELEVANT_AGENCY', 'Looks after children in care placed in the area.'),
  (25, '%s Foster Care Network', 'OTHER_RELEVANT_AGENCY', 'Foster carers look after most children in care.'),
  (26, '%s Leisure Trust', 'OTHER_RELEVANT_AGENCY', 'Runs swimming pools and holiday schemes for children.'),
  (27, '%s Libraries', 'OTHER_RELEVANT_AGENCY', 'A safe place many children use after school.'),
  (28, '%s Family Support Service', 'OTHER_RELEVANT_AGENCY', 'Delivers early help to families across the area.'),
  (29, '%s Refugee Council', 'OTHER_RELEVANT_AGENCY', 'Supports unaccompanied asylum-seeking children.'),
  (30, '%s University', 'EDUCATION', 'Students on placement and research partnerships.')
) AS t(n, pattern, kind, why_chosen) ON o > 3 AND t.n = 1 + (o - 4) % 30;

INSERT INTO "Organisation" (id, "partnershipId", name, kind, "isStatutoryPartner", "whyChosen", contribution, "createdAt", "updatedAt")
SELECT o.id, pg_temp.bench_id(1, o.p, 0, 0, 0, 0), o.name, o.kind, o.statutory, o.why_chosen, o.contribution,
       pg_temp.bench_at(make_date(k.current_year - k.cycles, 12, 1), 10),
       pg_temp.bench_at(make_date(k.current_year - k.cycles, 12, 1), 10)
FROM bench_org o CROSS JOIN bench_clock k
ORDER BY o.id;

-- @step people
-- Per partnership: a business manager, the chair (a viewer), one respondent for each statutory
-- partner (the delegated or lead safeguarding partner) and one agency respondent for each relevant
-- agency: 35 people with the defaults. A national pool of `scrutineers` independent scrutineers
-- (60) serves every partnership: 3 per partnership, so each serves several. The first bench
-- scrutineer leads the scrutiny of partnership 1 and of the next `scrutineer_partnerships` − 1
-- (6 partnerships in all); the other seats go round the rest of the pool in turn, each partnership's
-- three seats held by three different people. Plus one site administrator.
-- Every bench user has the same password (hashed once by the wrapper); the roles that must use
-- two-factor authentication (business managers, scrutineers, the site administrator) have it set
-- up with the same authenticator key, encrypted as the app stores it.
-- User ids: (3, partnership, 0, role, 0, n): role 0 administrator, 1 scrutineer n, 2 business
-- manager, 3 chair, 4 the respondent of organisation n.
CREATE TEMP TABLE bench_seat AS
SELECT p.p, seat.k,
       CASE WHEN p.p <= sp.n AND seat.k = 0 THEN 1
            WHEN p.p <= sp.n THEN 2 + ((p.p - 1) * 2 + seat.k - 1) % (k.scrutineers - 1)
            ELSE 2 + (sp.n * 2 + (p.p - sp.n - 1) * 3 + seat.k) % (k.scrutineers - 1)
       END AS s
FROM bench_p p
CROSS JOIN bench_clock k
CROSS JOIN LATERAL (SELECT least(k.scrutineer_partnerships, k.partnerships) AS n) AS sp
CROSS JOIN generate_series(0, 2) AS seat(k);

CREATE TEMP TABLE bench_user AS
SELECT pg_temp.bench_id(3, 0, 0, 0, 0, 0) AS id, 'admin@bench.example' AS email, 'Sam Patel' AS name,
       'Site administrator' AS job_title, true AS is_admin, true AS two_factor,
       NULL::int AS p, NULL::int AS o
UNION ALL
SELECT pg_temp.bench_id(3, 0, 0, 1, 0, s), format('scrutineer-%s@bench.example', s),
       CASE WHEN s % 3 = 0 THEN 'Dr ' ELSE '' END || pg_temp.bench_name(s * 37 + 11),
       'Independent scrutineer', false, true, NULL, NULL
FROM bench_clock k CROSS JOIN generate_series(1, k.scrutineers) AS s
UNION ALL
SELECT pg_temp.bench_id(3, p.p, 0, 2, 0, 0), format('manager-%s@bench.example', p.p),
       pg_temp.bench_name(p.p * 53 + 7), 'Partnership business manager', false, true, p.p, NULL
FROM bench_p p
UNION ALL
SELECT pg_temp.bench_id(3, p.p, 0, 3, 0, 0), format('chair-%s@bench.example', p.p),
       pg_temp.bench_name(p.p * 59 + 3), 'Independent chair', false, false, p.p, NULL
FROM bench_p p
UNION ALL
SELECT pg_temp.bench_id(3, o.p, 0, 4, 0, o.o),
       CASE WHEN o.statutory THEN format('partner-%s-%s@bench.example', o.p, o.o)
            ELSE format('agency-%s-%s@bench.example', o.p, o.o - 3) END,
       pg_temp.bench_name(o.p * 61 + o.o * 17),
       CASE o.o WHEN 1 THEN 'Director of Children''s Services' WHEN 2 THEN 'Head of Public Protection'
                WHEN 3 THEN 'Chief Nurse' ELSE 'Safeguarding lead' END,
       false, false, o.p, o.o
FROM bench_org o;

INSERT INTO "User" (id, email, name, "jobTitle", "passwordHash", "isSiteAdmin", "totpSecret", "totpEnabledAt", "createdAt", "updatedAt")
SELECT u.id, u.email, u.name, u.job_title, k.password_hash, u.is_admin,
       CASE WHEN u.two_factor THEN k.totp_secret END,
       CASE WHEN u.two_factor THEN pg_temp.bench_at(make_date(k.current_year - k.cycles, 12, 2), 10) END,
       pg_temp.bench_at(make_date(k.current_year - k.cycles, 12, 2), 9),
       pg_temp.bench_at(make_date(k.current_year - k.cycles, 12, 2), 9)
FROM bench_user u CROSS JOIN bench_clock k
ORDER BY u.id;

INSERT INTO "Membership" (id, "userId", "partnershipId", role, "organisationId", "jobTitle", designations, "createdAt", "updatedAt")
SELECT pg_temp.bench_id(4, m.p, 0, m.role_number, 0, m.n), m.user_id, pg_temp.bench_id(1, m.p, 0, 0, 0, 0),
       m.role::"MembershipRole", m.organisation_id, m.job_title, m.designations::"GovernanceDesignation"[],
       pg_temp.bench_at(make_date(k.current_year - k.cycles, 12, 2), 11),
       pg_temp.bench_at(make_date(k.current_year - k.cycles, 12, 2), 11)
FROM (
  SELECT p.p, 1 AS role_number, 0 AS n, pg_temp.bench_id(3, p.p, 0, 2, 0, 0) AS user_id, 'BUSINESS_MANAGER' AS role,
         pg_temp.bench_id(2, p.p, 0, 0, 0, 1) AS organisation_id, 'Partnership business manager' AS job_title,
         '{}'::text[] AS designations
  FROM bench_p p
  UNION ALL
  SELECT p.p, 2, 0, pg_temp.bench_id(3, p.p, 0, 3, 0, 0), 'VIEWER', pg_temp.bench_id(2, p.p, 0, 0, 0, 1),
         'Independent chair', '{PARTNERSHIP_CHAIR}'
  FROM bench_p p
  UNION ALL
  SELECT o.p, 3, o.o, pg_temp.bench_id(3, o.p, 0, 4, 0, o.o), 'AGENCY_RESPONDENT', o.id,
         CASE o.o WHEN 1 THEN 'Director of Children''s Services' WHEN 2 THEN 'Head of Public Protection'
                  WHEN 3 THEN 'Chief Nurse' ELSE 'Safeguarding lead' END,
         CASE o.o WHEN 1 THEN '{DELEGATED_SAFEGUARDING_PARTNER}' WHEN 2 THEN '{DELEGATED_SAFEGUARDING_PARTNER}'
                  WHEN 3 THEN '{LEAD_SAFEGUARDING_PARTNER}' ELSE '{}' END::text[]
  FROM bench_org o
  UNION ALL
  SELECT st.p, 4, st.s, pg_temp.bench_id(3, 0, 0, 1, 0, st.s), 'SCRUTINEER', NULL::uuid, 'Independent scrutineer', '{}'
  FROM bench_seat st
) AS m
CROSS JOIN bench_clock k
ORDER BY 1;

-- @step cycles
-- `cycles` (10) yearly cycles per partnership, April to March, named as the app names them
-- ("2025–26"); the last is the one running today.
CREATE TEMP TABLE bench_c AS
SELECT p.p, c,
       pg_temp.bench_id(5, p.p, c, 0, 0, 0) AS id,
       y AS start_year,
       y || '–' || lpad(((y + 1) % 100)::text, 2, '0') AS name,
       make_date(y, 4, 1) AS starts,
       make_date(y + 1, 3, 31) AS ends,
       k.cycles - c AS age,
       p.ev, p.ac, p.slug, p.place,
       -- One case review a cycle: a rapid review, and every third cycle a local child
       -- safeguarding practice review.
       CASE WHEN c % 3 = 0 THEN format('LCSPR %s/%s', y, lpad((1 + p.p % 9)::text, 2, '0'))
            ELSE format('RR %s/%s', y, lpad((1 + p.p % 9)::text, 2, '0')) END AS review
FROM bench_p p
CROSS JOIN bench_clock k
CROSS JOIN generate_series(1, k.cycles) AS c
CROSS JOIN LATERAL (SELECT k.current_year - (k.cycles - c) AS y) AS year;
ANALYZE bench_c;

INSERT INTO "Cycle" (id, "partnershipId", name, "startsOn", "endsOn", "createdAt")
SELECT c.id, pg_temp.bench_id(1, c.p, 0, 0, 0, 0), c.name, c.starts, c.ends, least(pg_temp.bench_at(c.starts - 20, 9), k.latest)
FROM bench_c c CROSS JOIN bench_clock k
ORDER BY c.id;

-- @step assessments
-- Three assessments per cycle: the independent scrutiny (kind 1), the core partners'
-- self-assessment (kind 2) and the wider partners' self-assessment (kind 3), each started from
-- last cycle's of the same kind. Signed-off cycles: the scrutiny signed off in early March, the
-- self-assessments finalised in the winter. The current cycle's are being answered.
CREATE TEMP TABLE bench_a AS
SELECT c.p, c.c, kind,
       pg_temp.bench_id(6, c.p, c.c, kind, 0, 0) AS id,
       CASE WHEN c.c > 1 THEN pg_temp.bench_id(6, c.p, c.c - 1, kind, 0, 0) END AS baseline_id,
       (ARRAY['Independent scrutiny ', 'Core-partner self-assessment ', 'Wider-partner self-assessment '])[kind] || c.name AS title,
       (ARRAY['INDEPENDENT_SCRUTINY', 'CORE_PARTNER_SELF_ASSESSMENT', 'WIDER_PARTNER_SELF_ASSESSMENT'])[kind]::"AssessmentKind" AS kind_value,
       c.age > 0 AS final,
       c.starts, c.age, c.ev,
       least(pg_temp.bench_at(c.starts + 14, 10), k.latest) AS created_at,
       -- When the participants submitted (and, for the wider partners, signed off their returns).
       pg_temp.bench_at(c.starts + (ARRAY[320, 290, 236])[kind], 16) AS submitted_at,
       pg_temp.bench_at(c.starts + (ARRAY[334, 304, 310])[kind], 12) AS finalised_at,
       CASE WHEN kind = 1 THEN pg_temp.bench_id(3, 0, 0, 1, 0, lead.s)
            ELSE pg_temp.bench_id(3, c.p, 0, 2, 0, 0) END AS finalised_by
FROM bench_c c
JOIN bench_seat lead ON lead.p = c.p AND lead.k = 0
CROSS JOIN bench_clock k
CROSS JOIN generate_series(1, 3) AS kind;
ANALYZE bench_a;

-- Written open; signed off in the last step.
INSERT INTO "Assessment" (id, "partnershipId", "cycleId", "frameworkVersionId", kind, title, status, "baselineAssessmentId",
                          "summaryStrengths", "accuracyCheckOpenedAt", "accuracyCheckClosedAt",
                          "finalisedAt", "finalisedById", "createdById", "createdAt", "updatedAt")
SELECT a.id, pg_temp.bench_id(1, a.p, 0, 0, 0, 0), pg_temp.bench_id(5, a.p, a.c, 0, 0, 0), v.id, a.kind_value, a.title,
       'IN_PROGRESS', a.baseline_id,
       CASE WHEN a.kind = 1 AND a.final THEN
         'The three safeguarding partners lead the arrangements together and fund them jointly. '
         || (ARRAY['Case reviews are referred promptly and their learning reaches practitioners within a month.',
                   'The shared dataset lets the partners see referrals and outcomes for children side by side.',
                   'Young people now help set the partnership''s priorities through the youth voice forum.',
                   'Multi-agency training is planned from local data and evaluated for its effect on practice.'])[1 + (a.p + a.c) % 4]
       END,
       CASE WHEN a.kind = 1 AND a.final THEN a.finalised_at - interval '20 days' END,
       CASE WHEN a.kind = 1 AND a.final THEN a.finalised_at - interval '6 days' END,
       CASE WHEN a.final THEN a.finalised_at END,
       CASE WHEN a.final THEN a.finalised_by END,
       pg_temp.bench_id(3, a.p, 0, 2, 0, 0),
       a.created_at,
       CASE WHEN a.final THEN a.finalised_at ELSE a.created_at END
FROM bench_a a
CROSS JOIN (SELECT v.id FROM "FrameworkVersion" v JOIN "Framework" f ON f.id = v."frameworkId"
            WHERE f.key = 'six-steps-2019' AND v.version = 1) AS v
ORDER BY a.id;

-- @step ratings
-- The "true" state of each partnership on each question in each cycle, which the agreed rating
-- records: a partnership-wide starting point per question, improving over the years, with noise.
-- About 40% Red and 15% Green in the first cycle, half Green and a few Red by the last; 3% of
-- questions out of scope.
-- score: 0 Red, 1 Amber, 2 Green, 3 not in scope.
CREATE TEMP TABLE bench_truth AS
SELECT c.p, c.c, q.n AS q,
       CASE WHEN pg_temp.bench_r((c.p::bigint * 1000 + c.c) * 100 + q.n, 1) < 0.03 THEN 3
            WHEN x < 0.33 THEN 0 WHEN x < 0.66 THEN 1 ELSE 2 END AS score
FROM bench_c c
CROSS JOIN bench_q q
CROSS JOIN bench_clock k
CROSS JOIN LATERAL (
  SELECT 0.45 * pg_temp.bench_r(c.p::bigint * 100 + q.n, 2)
       + 0.25 * (c.c - 1)::float / greatest(k.cycles - 1, 1)
       + 0.35 * pg_temp.bench_r((c.p::bigint * 1000 + c.c) * 100 + q.n, 3) AS x
) AS level;
CREATE INDEX ON bench_truth (p, c, q);
ANALYZE bench_truth;

-- @step participants
-- The scrutiny: its 3 scrutineers (the lead first). The core self-assessment: the 3 statutory
-- partners. The wider self-assessment: every relevant agency (30), with a deadline for its return.
-- Signed-off cycles: every seat submitted (scrutineers and returns signed off). The current cycle:
-- the lead scrutineer has answered two thirds of the questions (steps 1–4), the others less; the
-- statutory partners are part-way; of the relevant agencies a quarter have sent their return (half
-- of those signed off), half are part-way and a quarter have not started; a fifth of the deadlines
-- have passed. `share` is the fraction of the 24 questions answered, in framework order.
CREATE TEMP TABLE bench_part AS
SELECT a.p, a.c, a.kind, seat.slot,
       pg_temp.bench_id(7, a.p, a.c, a.kind, seat.slot, 0) AS id,
       -- Key for bench_r: unique per seat.
       ((a.p::bigint * 1000 + a.c) * 10 + a.kind) * 1000 + seat.slot AS seed_key,
       a.id AS a_id, a.final, a.starts, a.age, a.ev,
       CASE WHEN a.kind = 1 THEN pg_temp.bench_id(3, 0, 0, 1, 0, st.s) END AS user_id,
       CASE WHEN a.kind > 1 THEN pg_temp.bench_id(2, a.p, 0, 0, 0, seat.slot) END AS org_id,
       -- Who writes the answers: the scrutineer, or the organisation's respondent.
       CASE WHEN a.kind = 1 THEN pg_temp.bench_id(3, 0, 0, 1, 0, st.s)
            ELSE pg_temp.bench_id(3, a.p, 0, 4, 0, seat.slot) END AS answerer_id,
       CASE WHEN a.kind = 1 THEN pg_temp.bench_id(3, 0, 0, 1, 0, lead.s) END AS lead_id,
       a.kind = 1 AND seat.slot = 0 AS is_lead,
       CASE WHEN a.final THEN CASE WHEN a.kind = 2 THEN 'SUBMITTED' ELSE 'SIGNED_OFF' END
            WHEN a.kind = 1 THEN 'IN_PROGRESS'
            WHEN a.kind = 2 THEN CASE WHEN seat.slot = 3 THEN 'NOT_STARTED' ELSE 'IN_PROGRESS' END
            WHEN (seat.slot - 4) % 8 = 0 THEN 'SIGNED_OFF'
            ELSE (ARRAY['SUBMITTED', 'IN_PROGRESS', 'IN_PROGRESS', 'NOT_STARTED'])[1 + (seat.slot - 4) % 4]
       END::"ParticipantStatus" AS status,
       CASE WHEN a.final THEN 1.0
            WHEN a.kind = 1 THEN (ARRAY[0.67, 0.5, 0.34])[1 + seat.slot]
            WHEN a.kind = 2 THEN (ARRAY[0.6, 0.3, 0.0])[seat.slot]
            ELSE (ARRAY[1.0, 0.5, 0.2, 0.0])[1 + (seat.slot - 4) % 4]
       END AS share,
       CASE WHEN a.kind = 3 AND NOT a.final THEN k.today + 14 * ((seat.slot - 4) % 5 - 1)
            WHEN a.kind = 3 THEN a.starts + 240
            WHEN NOT a.final THEN a.starts + 330
            ELSE a.starts + (ARRAY[320, 290])[a.kind] END AS due_on,
       a.submitted_at, a.finalised_at, a.created_at,
       -- The cycle's true score of each question, 1–24.
       tr.scores AS truth
FROM bench_a a
JOIN bench_seat lead ON lead.p = a.p AND lead.k = 0
JOIN (SELECT p, c, array_agg(score ORDER BY q) AS scores FROM bench_truth GROUP BY p, c) AS tr ON tr.p = a.p AND tr.c = a.c
CROSS JOIN bench_clock k
CROSS JOIN LATERAL generate_series(
  CASE a.kind WHEN 1 THEN 0 WHEN 2 THEN 1 ELSE 4 END,
  CASE a.kind WHEN 1 THEN 2 WHEN 2 THEN 3 ELSE 3 + k.organisations END) AS seat(slot)
LEFT JOIN bench_seat st ON a.kind = 1 AND st.p = a.p AND st.k = seat.slot
-- In id order: the responses are generated in this order, so they reach their indexes in order.
ORDER BY id;
ANALYZE bench_part;

INSERT INTO "AssessmentParticipant" (id, "assessmentId", "userId", "organisationId", "isLead", status, "dueOn",
                                     "submittedAt", "submittedById", "signedOffName", "signedOffRole", "signedOffAt", "createdAt")
SELECT pt.id, pt.a_id, pt.user_id, pt.org_id, pt.is_lead, pt.status, pt.due_on,
       CASE WHEN pt.final THEN pt.submitted_at
            WHEN pt.status IN ('SUBMITTED', 'SIGNED_OFF') THEN least(pg_temp.bench_at(pt.due_on - 3, 15), k.latest) END,
       CASE WHEN pt.final OR pt.status IN ('SUBMITTED', 'SIGNED_OFF') THEN pt.answerer_id END,
       -- Scrutineers: the lead signed off for all (as sign-off-scrutiny.ts records it). Returns: a
       -- named senior person of the organisation.
       CASE WHEN pt.kind = 1 AND pt.final THEN lead.name
            WHEN pt.kind = 3 AND pt.status = 'SIGNED_OFF' THEN pg_temp.bench_name(pt.p * 67 + pt.slot * 29 + pt.c) END,
       CASE WHEN pt.kind = 1 AND pt.final THEN 'Lead independent scrutineer'
            WHEN pt.kind = 3 AND pt.status = 'SIGNED_OFF' THEN 'Chief executive' END,
       CASE WHEN pt.kind = 1 AND pt.final THEN pt.finalised_at
            WHEN pt.kind = 3 AND pt.final THEN pt.submitted_at + interval '3 days'
            WHEN pt.kind = 3 AND pt.status = 'SIGNED_OFF' THEN least(pg_temp.bench_at(pt.due_on, 11), k.latest) END,
       pt.created_at
FROM bench_part pt
LEFT JOIN bench_user lead ON lead.id = pt.lead_id
CROSS JOIN bench_clock k
ORDER BY pt.id;

-- Every participant is given every question, as the app does when it creates an assessment.
INSERT INTO "ParticipantQuestion" ("participantId", "questionId")
SELECT pt.id, q.id FROM bench_part pt CROSS JOIN bench_q q
ORDER BY pt.id, q.id;

-- @step responses
-- One response per participant and question (1.3 million with the defaults). A scrutineer rates
-- as the agreed rating in most cases and differs by one step in about one answer in twelve (the
-- lead one in 25), so the scrutineers differ on about one question in six: the agreement page and
-- the report show real disagreements. The statutory partners
-- rate themselves a little more generously than the scrutineers; the relevant agencies vary more.
-- Answers carry a narrative in the rating's terms, the work remaining for an Amber, a reason when
-- out of scope, and the version a few autosaves leave. Unanswered ones are empty at version 1.
INSERT INTO "Response" (id, "assessmentId", "participantId", "questionId", rating, "notInScopeReason", narrative,
                        "remainingWork", version, "enteredOnBehalf", "updatedById", "createdAt", "updatedAt")
SELECT pg_temp.bench_id(8, pt.p, pt.c, pt.kind, pt.slot, q.n),
       pt.a_id, pt.id, q.id,
       (ARRAY['RED', 'AMBER', 'GREEN', 'NOT_IN_SCOPE'])[1 + r.score]::"Rating",
       CASE WHEN r.score = 3 THEN 'Not looked at this cycle: the partners agreed to cover it in next year''s thematic review.' END,
       CASE WHEN r.score < 3 THEN
         (ARRAY[q.topic, q.topic_partner, q.topic_agency])[pt.kind] || ': ' || (ARRAY[
           'not yet in place. The evidence found no shared approach across the partners.',
           'not in place. Agencies work to their own procedures and nobody checks the difference it makes.',
           'not yet started. It is in the plan, but no one owns it and there is no date.',
           'in place in part. The evidence shows the process, but practice still differs between agencies.',
           'in place for the statutory partners; relevant agencies are only beginning to take part.',
           'agreed and started this year; the first results are promising but not yet measured.',
           'in place across the partnership. The evidence shows what changed for children.',
           'well established, checked each quarter, and the audit shows better outcomes for children.',
           'embedded in every agency we looked at; children and families told us it made a difference.'])[1 + r.score * 3 + u.v]
         ELSE '' END,
       CASE WHEN r.score = 1 THEN (ARRAY[
         'Make it consistent across every agency and show, with outcome evidence, the difference it makes for children.',
         'Extend it to the relevant agencies and measure its effect on children within the year.',
         'Agree who owns it, set a date and report progress to the executive each quarter.'])[1 + u.v]
         ELSE '' END,
       CASE WHEN r.score IS NULL THEN 1 ELSE 2 + floor(u.x * 4)::int END,
       false,
       CASE WHEN r.score IS NOT NULL THEN pt.answerer_id END,
       pt.created_at,
       CASE WHEN r.score IS NULL THEN pt.created_at
            WHEN pt.final THEN pt.submitted_at - make_interval(days => floor(u.x * 20)::int)
            ELSE least(pt.created_at + (k.latest - pt.created_at) * (0.5 + u.x / 2), k.latest) END
FROM bench_part pt
CROSS JOIN bench_clock k
-- Each participant's 24 questions in turn (lateral, so the participants are the outer loop): the
-- rows come out in id order.
CROSS JOIN LATERAL (SELECT * FROM bench_q WHERE pt.share >= 0) AS q
CROSS JOIN LATERAL (
  SELECT pg_temp.bench_r(pt.seed_key * 100 + q.n, 4) AS d,
         pg_temp.bench_r(pt.seed_key * 100 + q.n, 5) AS x,
         floor(pg_temp.bench_r(pt.seed_key * 100 + q.n, 6) * 3)::int AS v
) AS u
CROSS JOIN LATERAL (
  SELECT CASE
    WHEN q.n > round(24 * pt.share) THEN NULL
    WHEN pt.kind = 1 AND pt.truth[q.n] = 3 THEN 3
    WHEN pt.kind = 1 THEN greatest(0, least(2, pt.truth[q.n]
      + CASE WHEN u.d < (CASE WHEN pt.slot = 0 THEN 0.02 ELSE 0.04 END) THEN -1
             WHEN u.d < (CASE WHEN pt.slot = 0 THEN 0.04 ELSE 0.08 END) THEN 1 ELSE 0 END))
    ELSE greatest(0, least(2, (CASE WHEN pt.truth[q.n] = 3 THEN 1 ELSE pt.truth[q.n] END)
      + CASE WHEN u.d < (CASE WHEN pt.kind = 2 THEN 0.20 ELSE 0.15 END) THEN 1
             WHEN u.d < (CASE WHEN pt.kind = 2 THEN 0.25 ELSE 0.30 END) THEN -1 ELSE 0 END))
  END AS score
) AS r;

-- @step evidence
-- The evidence library: `evidence_per_cycle` (40) items a cycle per partnership (×largest_factor
-- for the largest), dated within the cycle. A third are evidence of outcomes for children, the
-- rest of process. Nine in ten are links (three in four with a description); one in ten is a small
-- uploaded file (a CSV extract of 2–20 KB, stored in the database as the app stores uploads).
CREATE TEMP TABLE bench_ev AS
SELECT c.p, c.c, e,
       pg_temp.bench_id(9, c.p, c.c, 0, 0, e) AS id,
       e % 3 = 0 AS outcome,
       e % 10 = 5 AS document,
       c.start_year, c.slug,
       (CASE WHEN e % 3 = 0 THEN
          (ARRAY['Neglect strategy evaluation: outcomes for children', 'Young people''s safeguarding survey',
                 'Multi-agency audit of neglect cases: findings for children', 'Youth voice forum report',
                 'Early help evaluation: outcomes for families', 'Multi-agency audit of children missing education',
                 'Exploitation sub-group: outcomes for children at risk', 'Domestic abuse pathway audit',
                 'Parent peer support feedback', 'Training impact evaluation'])[1 + (rank.n - 1) % 10]
        ELSE
          (ARRAY['Yearly report', 'Section 11 audit summary', 'Rapid review learning briefing',
                 'Training needs analysis', 'Partnership board minutes', 'Safeguarding children plan progress report',
                 'Shared safeguarding dataset: quarterly report', 'Case review tracker',
                 'Information-sharing protocol', 'Practitioner survey'])[1 + (rank.n - 1) % 10]
        END) || ' ' || c.name
       -- The largest partnership's many items of one kind are told apart by who they are about.
       || CASE WHEN rank.n > 10 THEN ' – ' || (ARRAY['North locality', 'South locality', 'East locality', 'West locality',
                 'schools', 'health', 'police', 'children''s social care', 'early help', 'youth justice',
                 'housing', 'voluntary sector'])[1 + ((rank.n - 11) / 10) % 12]
                 || CASE WHEN rank.n > 130 THEN ' (' || ((rank.n - 11) / 120 + 1) || ')' ELSE '' END
          ELSE '' END AS title,
       least(c.starts + floor(pg_temp.bench_r((c.p::bigint * 1000 + c.c) * 1000000 + e, 7)
                              * least(364, k.today - c.starts))::int, k.today) AS evidence_date,
       -- Who added it: 1 the business manager, otherwise the respondent of organisation org − 1.
       1 + floor(pg_temp.bench_r((c.p::bigint * 1000 + c.c) * 1000000 + e, 8) * (3 + k.organisations))::int AS org
FROM bench_c c
CROSS JOIN bench_clock k
CROSS JOIN generate_series(1, c.ev) AS e
-- The item's place among the cycle's outcome (or process) items.
CROSS JOIN LATERAL (SELECT CASE WHEN e % 3 = 0 THEN e / 3 ELSE e - e / 3 END AS n) AS rank;

CREATE TEMP TABLE bench_file AS
SELECT ev.p, ev.c, ev.e, pg_temp.bench_id(10, ev.p, ev.c, 0, 0, ev.e) AS id,
       left(regexp_replace(lower(ev.title), '[^a-z0-9]+', '-', 'g'), 100) || '.csv' AS file_name,
       convert_to(body.text, 'UTF8') AS content
FROM bench_ev ev
CROSS JOIN LATERAL (
  SELECT 'Month,Referrals,Repeat referrals,Children seen within 24 hours,Children with a plan' || E'\n'
         || string_agg(format('%s-%s,%s,%s,%s,%s', ev.start_year + (m - 1) / 12, lpad((1 + (m - 1) % 12)::text, 2, '0'),
                              100 + (m * 37 + ev.e * 11) % 400, (m * 13 + ev.e) % 60, 80 + (m * 7) % 20,
                              20 + (m * 17 + ev.e) % 90), E'\n' ORDER BY m) AS text
  -- 2–20 KB: about 21 bytes a row.
  FROM generate_series(1, 94 + floor(pg_temp.bench_r((ev.p::bigint * 1000 + ev.c) * 1000000 + ev.e, 9) * 850)::int) AS m
) AS body
WHERE ev.document;

INSERT INTO "StoredFile" (id, "partnershipId", "fileName", "mimeType", "sizeBytes", sha256, content, "createdAt")
SELECT f.id, pg_temp.bench_id(1, f.p, 0, 0, 0, 0), f.file_name, 'text/plain', octet_length(f.content),
       encode(sha256(f.content), 'hex'), f.content, least(pg_temp.bench_at(ev.evidence_date + 2, 11), k.latest)
FROM bench_file f
JOIN bench_ev ev ON ev.p = f.p AND ev.c = f.c AND ev.e = f.e
CROSS JOIN bench_clock k
ORDER BY f.id;

INSERT INTO "EvidenceItem" (id, "partnershipId", title, kind, nature, "evidenceDate", url, description,
                            "organisationId", "fileId", "createdById", "createdAt")
SELECT ev.id, pg_temp.bench_id(1, ev.p, 0, 0, 0, 0), ev.title,
       CASE WHEN ev.document THEN 'DOCUMENT' ELSE 'LINK' END::"EvidenceKind",
       CASE WHEN ev.outcome THEN 'OUTCOME' ELSE 'PROCESS' END::"EvidenceNature",
       ev.evidence_date,
       CASE WHEN NOT ev.document THEN format('https://example.org/%s/evidence/%s/%s', ev.slug, ev.start_year, ev.e) END,
       CASE WHEN ev.e % 4 <> 0 THEN
         (ARRAY['Shared with the executive and summarised for relevant agencies.',
                'Prepared by the business unit from the partners'' returns.',
                'Presented to the partnership board; the minutes record the decisions taken.'])[1 + ev.e % 3]
       END,
       CASE WHEN ev.org > 1 THEN pg_temp.bench_id(2, ev.p, 0, 0, 0, ev.org - 1) END,
       CASE WHEN ev.document THEN pg_temp.bench_id(10, ev.p, ev.c, 0, 0, ev.e) END,
       CASE WHEN ev.org = 1 THEN pg_temp.bench_id(3, ev.p, 0, 2, 0, 0) ELSE pg_temp.bench_id(3, ev.p, 0, 4, 0, ev.org - 1) END,
       least(pg_temp.bench_at(ev.evidence_date + 2, 11), k.latest)
FROM bench_ev ev CROSS JOIN bench_clock k
ORDER BY ev.id;

-- @step citations
-- Every Red, Amber or Green answer cites 1–3 distinct items of its cycle's evidence (40% one, 35%
-- two, 25% three; a Green's first is evidence of outcomes): 2.2 million citations by default.
INSERT INTO "ResponseEvidence" ("responseId", "evidenceId")
SELECT r.id, pg_temp.bench_id(9, pt.p, pt.c, 0, 0, 1 + (first.e - 1 + (j - 1) * step.n) % pt.ev)
FROM "Response" r
JOIN bench_part pt ON pt.id = r."participantId"
JOIN bench_q q ON q.id = r."questionId"
CROSS JOIN LATERAL (SELECT pt.seed_key * 100 + q.n AS key) AS rk
CROSS JOIN LATERAL (
  SELECT CASE WHEN r.rating = 'GREEN' THEN 3 * (1 + floor(pg_temp.bench_r(rk.key, 10) * (pt.ev / 3))::int)
              ELSE 1 + floor(pg_temp.bench_r(rk.key, 10) * pt.ev)::int END AS e
) AS first
-- Steps of less than half the library never come back to the first item.
CROSS JOIN LATERAL (SELECT 1 + floor(pg_temp.bench_r(rk.key, 11) * ((pt.ev - 1) / 2))::int AS n) AS step
CROSS JOIN LATERAL generate_series(1, CASE WHEN pg_temp.bench_r(rk.key, 12) < 0.4 THEN 1
                                           WHEN pg_temp.bench_r(rk.key, 12) < 0.75 THEN 2 ELSE 3 END) AS j
WHERE r.rating IN ('RED', 'AMBER', 'GREEN');

-- @step agreement
-- The lead's agreed rating for every question of every signed-off scrutiny, with the reason where
-- the scrutineers differed.
INSERT INTO "AgreedRating" (id, "assessmentId", "questionId", rating, reason, "agreedById", version, "agreedAt")
SELECT pg_temp.bench_id(11, a.p, a.c, 0, 0, q.n), a.id, q.id,
       (ARRAY['RED', 'AMBER', 'GREEN', 'NOT_IN_SCOPE'])[1 + t.score]::"Rating",
       CASE WHEN d.ratings > 1 THEN
         format('Agreed %s at the moderation meeting: the scrutineers read the cited evidence together and the outcome evidence supports it.',
                (ARRAY['Red', 'Amber', 'Green', 'not in scope'])[1 + t.score])
         ELSE '' END,
       a.finalised_by, 1, a.finalised_at - interval '1 hour'
FROM bench_a a
JOIN bench_truth t ON t.p = a.p AND t.c = a.c
JOIN bench_q q ON q.n = t.q
LEFT JOIN (
  SELECT r."assessmentId", r."questionId", count(DISTINCT r.rating) AS ratings
  FROM "Response" r JOIN bench_a a ON a.id = r."assessmentId" AND a.kind = 1 AND a.final
  GROUP BY 1, 2
) AS d ON d."assessmentId" = a.id AND d."questionId" = q.id
WHERE a.kind = 1 AND a.final
ORDER BY 1;

-- @step report
-- Each signed-off scrutiny's report: a narrative per step (the counts in words), three areas for
-- development with the partners' management response, a closed factual-accuracy check with one
-- comment, and three challenges (accepted, partly accepted, not accepted). The current scrutiny
-- has two open challenges (one awaiting the partner's response, one awaiting the outcome).
INSERT INTO "StepNarrative" ("assessmentId", "stepId", text, version, "updatedById", "updatedAt")
SELECT a.id, s.step_id,
       format('Of the four questions in this step, %s %s rated Green, %s Amber and %s Red. ', s.g,
              CASE WHEN s.g = 1 THEN 'was' ELSE 'were' END, s.a, s.r)
       || (ARRAY['The partners can show what changed for children where the rating is Green; elsewhere the evidence is of process.',
                 'Practice is improving, but relevant agencies are not yet consistently part of it.',
                 'The scrutineers met practitioners and young people, who confirmed what the evidence shows.'])[1 + (a.p + a.c + s.step) % 3],
       1 + (a.c + s.step) % 2, a.finalised_by, a.finalised_at - interval '2 days'
FROM bench_a a
JOIN (
  SELECT t.p, t.c, q.step, q.step_id,
         count(*) FILTER (WHERE t.score = 2) AS g, count(*) FILTER (WHERE t.score = 1) AS a,
         count(*) FILTER (WHERE t.score = 0) AS r
  FROM bench_truth t JOIN bench_q q ON q.n = t.q
  GROUP BY t.p, t.c, q.step, q.step_id
) AS s ON s.p = a.p AND s.c = a.c
WHERE a.kind = 1 AND a.final;

INSERT INTO "DevelopmentArea" (id, "assessmentId", position, text, "managementResponse", "respondedById", "respondedAt", version, "createdAt")
SELECT pg_temp.bench_id(12, a.p, a.c, 0, 0, pos), a.id, pos,
       (ARRAY['Children''s and families'' voices do not yet shape the partnership''s priorities.',
              'Section 11 assurance is incomplete for several relevant agencies.',
              'The partners cannot yet show the impact of multi-agency training on practice.',
              'Police data is missing from the shared safeguarding dataset for part of the year.',
              'Learning from case reviews reaches practitioners, but its effect on practice is not checked.',
              'Relevant agencies do not help set or review the partnership''s priorities.'])[1 + (a.p + a.c * 2 + pos) % 6],
       'Accepted by the three safeguarding partners. An action in the improvement plan answers it, and the executive will review progress every quarter.',
       pg_temp.bench_id(3, a.p, 0, 2, 0, 0), a.finalised_at + interval '14 days', 2,
       a.finalised_at - interval '10 days'
FROM bench_a a CROSS JOIN generate_series(1, 3) AS pos
WHERE a.kind = 1 AND a.final;

INSERT INTO "AccuracyComment" (id, "assessmentId", section, "organisationId", "authorId", text, decision, "decisionNote",
                               "decidedById", "decidedAt", "createdAt")
SELECT pg_temp.bench_id(13, a.p, a.c, 0, 0, 0), a.id, 'step-' || (1 + (a.p + a.c) % 6),
       pg_temp.bench_id(2, a.p, 0, 0, 0, 1 + (a.p + a.c) % 3),
       pg_temp.bench_id(3, a.p, 0, 4, 0, 1 + (a.p + a.c) % 3),
       'The draft gives last year''s figure for attendance at rapid review meetings; our log shows this year''s was higher.',
       CASE WHEN (a.p + a.c) % 2 = 0 THEN 'CHANGED' ELSE 'NOT_CHANGED' END::"AccuracyDecision",
       CASE WHEN (a.p + a.c) % 2 = 0 THEN 'Checked against the business manager''s log: corrected in the step narrative.'
            ELSE 'The log covers the calendar year, not the cycle: the report''s figure stands.' END,
       a.finalised_by, a.finalised_at - interval '8 days', a.finalised_at - interval '15 days'
FROM bench_a a
WHERE a.kind = 1 AND a.final;

-- Challenge n of a scrutiny: on question 1 + (p·5 + c·7 + n) mod 24 (the second on that
-- question's step), the responsible partner going round the three statutory partners.
INSERT INTO "Challenge" (id, "assessmentId", "questionId", "stepId", "responsibleOrganisationId", "raisedById", text,
                         "partnerResponse", "respondedById", "respondedAt", outcome, "outcomeNote", "outcomeById", "outcomeAt",
                         version, "createdAt")
SELECT pg_temp.bench_id(14, a.p, a.c, 0, 0, ch.n), a.id,
       CASE WHEN ch.n = 2 THEN NULL ELSE q.id END,
       CASE WHEN ch.n = 2 THEN q.step_id END,
       pg_temp.bench_id(2, a.p, 0, 0, 0, 1 + (a.p + a.c + ch.n) % 3),
       a.lead_id,
       (ARRAY['What evidence shows that this has changed outcomes for children, not only the process?',
              'How do relevant agencies take part in this step, and who checks that they do?',
              'The self-assessment rates this Green, but the audit found gaps. What is the plan to close them?'])[ch.n],
       CASE WHEN a.final OR ch.n = 2 THEN 'The partner has set out what it will do, who owns it and by when; the plan is attached to the minutes.' END,
       CASE WHEN a.final OR ch.n = 2 THEN pg_temp.bench_id(3, a.p, 0, 4, 0, 1 + (a.p + a.c + ch.n) % 3) END,
       CASE WHEN a.final THEN a.finalised_at - interval '25 days'
            WHEN ch.n = 2 THEN least(a.created_at + (k.latest - a.created_at) * 0.6, k.latest) END,
       CASE WHEN a.final THEN (ARRAY['ACCEPTED', 'PARTLY_ACCEPTED', 'NOT_ACCEPTED'])[ch.n]::"ChallengeOutcome" END,
       CASE WHEN a.final THEN (ARRAY['Accepted: an action in the improvement plan tracks it.',
                                     'Partly accepted: the plan answers the question for the statutory partners only.',
                                     'Not accepted: the response does not say how the gap will be closed.'])[ch.n] END,
       CASE WHEN a.final THEN a.lead_id END,
       CASE WHEN a.final THEN a.finalised_at - interval '18 days' END,
       CASE WHEN a.final THEN 3 WHEN ch.n = 2 THEN 2 ELSE 1 END,
       CASE WHEN a.final THEN a.finalised_at - interval '40 days'
            ELSE least(a.created_at + (k.latest - a.created_at) * 0.3, k.latest) END
FROM (SELECT a.*, CASE WHEN a.final THEN a.finalised_by ELSE pg_temp.bench_id(3, 0, 0, 1, 0, lead.s) END AS lead_id
      FROM bench_a a JOIN bench_seat lead ON lead.p = a.p AND lead.k = 0 WHERE a.kind = 1) AS a
CROSS JOIN bench_clock k
CROSS JOIN generate_series(1, 3) AS ch(n)
JOIN bench_q q ON q.n = 1 + (a.p * 5 + a.c * 7 + ch.n) % 24
WHERE a.final OR ch.n <= 2;

-- The statutory partners' agreement to each finalised core self-assessment, as
-- finalise-self-assessment.ts records it.
INSERT INTO "AssessmentPartnerAgreement" (id, "assessmentId", "organisationId", "agreedByName", "agreedByRole", "agreedOn",
                                          "recordedById", "createdAt")
SELECT pg_temp.bench_id(15, pt.p, pt.c, 0, pt.slot, 0), pt.a_id, pt.org_id, u.name,
       CASE WHEN pt.slot = 3 THEN 'Lead safeguarding partner' ELSE 'Delegated safeguarding partner' END,
       (pt.finalised_at AT TIME ZONE 'UTC')::date, pg_temp.bench_id(3, pt.p, 0, 2, 0, 0), pt.finalised_at
FROM bench_part pt
JOIN bench_user u ON u.id = pt.answerer_id
WHERE pt.kind = 2 AND pt.final;

-- @step case-reviews
-- One case review a cycle (every third an LCSPR), each with two recommendations and the
-- partnership's response: published or completed in earlier cycles, in progress in this one.
INSERT INTO "CaseReview" (id, "partnershipId", type, identifier, status, "referredOn", "decidedOn", "completedOn",
                          "publishedOn", "publicationUrl", summary, "createdAt", "updatedAt")
SELECT pg_temp.bench_id(16, c.p, c.c, 0, 0, 0), pg_temp.bench_id(1, c.p, 0, 0, 0, 0),
       CASE WHEN c.c % 3 = 0 THEN 'LOCAL_CHILD_SAFEGUARDING_PRACTICE_REVIEW' ELSE 'RAPID_REVIEW' END::"CaseReviewType",
       c.review,
       CASE WHEN c.age = 0 THEN 'IN_PROGRESS' WHEN c.c % 3 = 0 AND c.age >= 2 THEN 'PUBLISHED' ELSE 'COMPLETED' END::"CaseReviewStatus",
       least(c.starts + 40, k.today), least(c.starts + 61, k.today),
       CASE WHEN c.age > 0 THEN c.starts + 220 END,
       CASE WHEN c.c % 3 = 0 AND c.age >= 2 THEN c.starts + 400 END,
       CASE WHEN c.c % 3 = 0 AND c.age >= 2 THEN format('https://example.org/%s/case-reviews/%s', c.slug, c.start_year) END,
       CASE WHEN c.c % 3 = 0
            THEN 'Practice review after serious harm to a teenager exploited outside the home. Learning about transitions between schools and information sharing with the police.'
            ELSE 'Rapid review after serious harm to a baby. Learning about information sharing between police and health; no LCSPR needed.' END,
       least(pg_temp.bench_at(c.starts + 40, 10), k.latest), least(pg_temp.bench_at(c.starts + 220, 10), k.latest)
FROM bench_c c CROSS JOIN bench_clock k;

INSERT INTO "CaseReviewRecommendation" (id, "caseReviewId", number, text, "partnershipResponse", timescale, "createdAt")
SELECT pg_temp.bench_id(17, c.p, c.c, 0, 0, n), pg_temp.bench_id(16, c.p, c.c, 0, 0, 0), n,
       (ARRAY['Police bring a full chronology to every rapid review meeting.',
              'Health visitors and GPs share concerns about a new baby within one working day.'])[n],
       (ARRAY['Accepted. Police to confirm attendance and the chronology standard.',
              'Accepted. The ICB is drafting the protocol with the local medical committee.'])[n],
       'Within six months', least(pg_temp.bench_at(c.starts + 70, 10), k.latest)
FROM bench_c c CROSS JOIN bench_clock k CROSS JOIN generate_series(1, 2) AS n;

-- @step actions
-- The improvement plan: `actions_per_cycle` (100) actions raised each cycle per partnership
-- (×largest_factor for the largest: about 1,000 in a typical partnership's tracker and 10,000 in
-- the largest's). Every answer needs an action plan, so the first 72 of each cycle give each
-- statutory partner an action on each question, raised from its own self-assessment answer and
-- linked to that question in both the core self-assessment and the scrutiny. Of the rest, 40%
-- are raised from the lead scrutineer's answer (a third of those also linked to a second
-- question of the step), 25% from a relevant agency's answer, 10% from an accepted challenge, 10%
-- from a management response (in the current cycle, which has neither yet, from the scrutiny),
-- 5% from a case-review recommendation, and 10% from an audit or inspection finding or the board.
-- Owners: the organisation's respondent (a member) or a named person by email. Due 6 weeks to
-- 15 months after raising. An action due in the past is complete in 95% of cases two or more
-- cycles back, 85% last cycle and 60% this cycle, so some are overdue; one not yet due is
-- complete one time in ten, otherwise on track, at risk or not started.
CREATE TEMP TABLE bench_act AS
SELECT c.p, c.c, c.age, c.review, c.slug, c.ev, x.a, k.today, k.latest,
       pg_temp.bench_id(18, c.p, c.c, 0, 0, x.a) AS id,
       src.kind, src.link_kind, who.q, who.owner,
       CASE WHEN src.kind = 'RESPONSE' AND src.link_kind = 1 AND u.more < 0.33
            THEN ((who.q - 1) / 4) * 4 + ((who.q - 1) % 4 + 1 + floor(u.more / 0.33 * 3)::int) % 4 + 1 END AS q2,
       CASE src.kind
         WHEN 'RESPONSE' THEN CASE src.link_kind WHEN 1 THEN pg_temp.bench_id(8, c.p, c.c, 1, 0, who.q)
                                                 ELSE pg_temp.bench_id(8, c.p, c.c, src.link_kind, who.owner, who.q) END
       END AS source_response_id,
       CASE src.kind WHEN 'CHALLENGE' THEN pg_temp.bench_id(14, c.p, c.c, 0, 0, 1) END AS source_challenge_id,
       CASE src.kind WHEN 'MANAGEMENT_RESPONSE' THEN pg_temp.bench_id(12, c.p, c.c, 0, 0, 1 + x.a % 3) END AS source_area_id,
       CASE src.kind WHEN 'CASE_REVIEW_RECOMMENDATION' THEN x.a % 2 + 1 END AS recommendation,
       raised.created_at, due.due_on,
       coalesce(done.status, CASE WHEN u.open < 0.45 THEN 'ON_TRACK' WHEN u.open < 0.7 THEN 'AT_RISK' ELSE 'NOT_STARTED' END) AS status,
       CASE WHEN done.status IS NOT NULL
            THEN least(greatest(raised.created_at + interval '1 day', pg_temp.bench_at(due.due_on - floor(u.open * 30)::int, 15)), k.latest)
       END AS completed_at,
       CASE WHEN done.status IS NOT NULL THEN 1 + floor(u.more * 3)::int ELSE floor(u.more * 4)::int END AS updates,
       CASE WHEN u.priority < 0.25 THEN 'HIGH' WHEN u.priority < 0.8 THEN 'MEDIUM' ELSE 'LOW' END AS priority,
       u.open AS u_evidence, u.more AS u_pick,
       CASE WHEN u.named < 0.7 THEN pg_temp.bench_id(3, c.p, 0, 4, 0, who.owner) END AS owner_user_id,
       CASE WHEN u.named >= 0.7 THEN person.name END AS owner_name,
       CASE WHEN u.named >= 0.7 THEN person.email END AS owner_email,
       -- Where `npm run reminders` sends its reminders.
       CASE WHEN u.named >= 0.7 THEN person.email
            WHEN who.owner <= 3 THEN format('partner-%s-%s@bench.example', c.p, who.owner)
            ELSE format('agency-%s-%s@bench.example', c.p, who.owner - 3) END AS recipient,
       CASE WHEN src.kind = 'RESPONSE' AND src.link_kind IN (2, 3) THEN pg_temp.bench_id(3, c.p, 0, 4, 0, who.owner)
            WHEN src.kind IN ('RESPONSE', 'CHALLENGE') THEN pg_temp.bench_id(3, 0, 0, 1, 0, lead.s)
            ELSE pg_temp.bench_id(3, c.p, 0, 2, 0, 0) END AS created_by
FROM bench_c c
JOIN bench_seat lead ON lead.p = c.p AND lead.k = 0
CROSS JOIN bench_clock k
CROSS JOIN generate_series(1, c.ac) AS x(a)
CROSS JOIN LATERAL (SELECT (c.p::bigint * 1000 + c.c) * 1000000 + x.a AS key) AS ak
CROSS JOIN LATERAL (
  SELECT pg_temp.bench_r(ak.key, 20) AS bucket, pg_temp.bench_r(ak.key, 21) AS question,
         pg_temp.bench_r(ak.key, 22) AS org, pg_temp.bench_r(ak.key, 23) AS raised,
         pg_temp.bench_r(ak.key, 24) AS due, pg_temp.bench_r(ak.key, 25) AS status,
         pg_temp.bench_r(ak.key, 26) AS open, pg_temp.bench_r(ak.key, 27) AS more,
         pg_temp.bench_r(ak.key, 28) AS priority, pg_temp.bench_r(ak.key, 29) AS named
) AS u
CROSS JOIN LATERAL (
  SELECT CASE WHEN x.a <= 72 OR u.bucket < 0.65 THEN 'RESPONSE'
              WHEN u.bucket < 0.75 THEN CASE WHEN c.age > 0 THEN 'CHALLENGE' ELSE 'RESPONSE' END
              WHEN u.bucket < 0.85 THEN CASE WHEN c.age > 0 THEN 'MANAGEMENT_RESPONSE' ELSE 'RESPONSE' END
              WHEN u.bucket < 0.90 THEN 'CASE_REVIEW_RECOMMENDATION'
              WHEN u.bucket < 0.95 THEN 'AUDIT_FINDING'
              WHEN u.bucket < 0.98 THEN 'INSPECTION_FINDING'
              ELSE 'OTHER' END AS kind,
         -- Linked to: 1 the scrutiny, 2 the core self-assessment (and the scrutiny), 3 the wider
         -- self-assessment, 0 nothing.
         CASE WHEN x.a <= 72 THEN 2 WHEN u.bucket >= 0.40 AND u.bucket < 0.65 THEN 3
              WHEN u.bucket < 0.85 THEN 1 ELSE 0 END AS link_kind
) AS src
CROSS JOIN LATERAL (
  SELECT CASE WHEN x.a <= 72 THEN 1 + (x.a - 1) % 24
              WHEN src.kind = 'CHALLENGE' THEN 1 + (c.p * 5 + c.c * 7 + 1) % 24
              ELSE 1 + floor(u.question * 24)::int END AS q,
         -- The owning organisation: 1–3 the statutory partners, 4… the relevant agencies.
         CASE WHEN x.a <= 72 THEN 1 + (x.a - 1) / 24
              WHEN src.link_kind = 3 THEN 4 + floor(u.org * k.organisations)::int
              WHEN src.kind = 'CHALLENGE' THEN 1 + (c.p + c.c + 1) % 3
              WHEN src.kind IN ('MANAGEMENT_RESPONSE', 'CASE_REVIEW_RECOMMENDATION') THEN 1 + floor(u.org * 3)::int
              WHEN u.org < 0.6 THEN 1 + floor(u.org / 0.6 * 3)::int
              ELSE 4 + floor((u.org - 0.6) / 0.4 * k.organisations)::int END AS owner
) AS who
CROSS JOIN LATERAL (
  -- Raised when the scrutiny was signed off (earlier cycles) or during this one.
  SELECT least(CASE WHEN c.age > 0 THEN pg_temp.bench_at(c.starts + 300 + floor(u.raised * 60)::int, 10)
                    ELSE pg_temp.bench_at(c.starts, 10) + (k.latest - pg_temp.bench_at(c.starts, 10)) * u.raised END,
               k.latest) AS created_at
) AS raised
CROSS JOIN LATERAL (SELECT (raised.created_at AT TIME ZONE 'UTC')::date + 42 + floor(u.due * 420)::int AS due_on) AS due
CROSS JOIN LATERAL (
  SELECT CASE WHEN due.due_on < k.today
                THEN CASE WHEN u.status < (CASE WHEN c.age >= 2 THEN 0.95 WHEN c.age = 1 THEN 0.85 ELSE 0.6 END) THEN 'COMPLETE' END
              WHEN u.status < 0.1 THEN 'COMPLETE' END AS status
) AS done
CROSS JOIN LATERAL (
  SELECT pg_temp.bench_name(c.p * 71 + c.c * 13 + x.a) AS name,
         lower(replace(pg_temp.bench_name(c.p * 71 + c.c * 13 + x.a), ' ', '.')) || '@'
           || CASE WHEN who.owner <= 3 THEN 'partner' || who.owner ELSE 'agency' || (who.owner - 3) END
           || '.' || c.slug || '.example' AS email
) AS person;
ANALYZE bench_act;

INSERT INTO "Action" (id, "partnershipId", "cycleId", description, "ownerOrganisationId", "ownerUserId", "ownerName", "ownerEmail",
                      "dueOn", status, priority, "completedAt", "sourceType", "sourceResponseId", "sourceChallengeId",
                      "sourceRecommendationId", "sourceDevelopmentAreaId", "sourceNote", version, "createdById", "createdAt", "updatedAt")
SELECT act.id, pg_temp.bench_id(1, act.p, 0, 0, 0, 0), pg_temp.bench_id(5, act.p, act.c, 0, 0, 0),
       CASE act.kind
         WHEN 'CASE_REVIEW_RECOMMENDATION' THEN format('Implement recommendation %s of %s', act.recommendation, act.review)
         WHEN 'AUDIT_FINDING' THEN 'Act on the multi-agency audit: ' || q.action
         WHEN 'INSPECTION_FINDING' THEN 'Act on the inspection finding: ' || q.action
         WHEN 'OTHER' THEN 'At the partnership board''s request, ' || q.action
         ELSE upper(left(q.action, 1)) || substr(q.action, 2)
       END
       || (ARRAY['', ' by the end of the year', ', and report back to the executive', ' across the whole area'])[1 + act.a % 4],
       pg_temp.bench_id(2, act.p, 0, 0, 0, act.owner), act.owner_user_id, act.owner_name, act.owner_email,
       act.due_on, act.status::"ActionStatus", act.priority::"ActionPriority",
       act.completed_at, act.kind::"ActionSourceType", act.source_response_id, act.source_challenge_id,
       CASE WHEN act.recommendation IS NOT NULL THEN pg_temp.bench_id(17, act.p, act.c, 0, 0, act.recommendation) END,
       act.source_area_id,
       CASE act.kind
         WHEN 'AUDIT_FINDING' THEN 'Multi-agency audit of neglect cases, ' || to_char(act.created_at, 'FMMonth YYYY')
         WHEN 'INSPECTION_FINDING' THEN 'Joint targeted area inspection, ' || to_char(act.created_at, 'FMMonth YYYY')
         WHEN 'OTHER' THEN 'Partnership board, ' || to_char(act.created_at, 'FMDD FMMonth YYYY') END,
       -- Each carry into a later cycle's assessment bumps the version, as start-next-cycle.ts does.
       1 + CASE WHEN act.status <> 'COMPLETE' AND act.link_kind > 0 THEN act.age ELSE 0 END,
       act.created_by, act.created_at, coalesce(act.completed_at, act.created_at)
FROM bench_act act
JOIN bench_q q ON q.n = act.q
ORDER BY act.id;

-- @step action-details
-- Links to the (assessment, question) pairs the action answers; open actions are carried into
-- every later cycle's assessment of the same kind (start-next-cycle.ts links them, it does not copy
-- them). 0–3 progress updates each (a complete one's last completes it); evidence of completion
-- for 60% of complete actions; the reminders `npm run reminders` has already sent for open actions
-- that are overdue or due within 14 days.
INSERT INTO "ActionLink" ("actionId", "assessmentId", "questionId")
SELECT act.id, pg_temp.bench_id(6, act.p, later.c, link.kind, 0, 0), q.id
FROM bench_act act
CROSS JOIN LATERAL (
  SELECT 1 AS kind, act.q AS q WHERE act.link_kind IN (1, 2)
  UNION ALL SELECT 1, act.q2 WHERE act.q2 IS NOT NULL
  UNION ALL SELECT 2, act.q WHERE act.link_kind = 2
  UNION ALL SELECT 3, act.q WHERE act.link_kind = 3
) AS link
CROSS JOIN LATERAL generate_series(act.c, CASE WHEN act.status = 'COMPLETE' THEN act.c ELSE act.c + act.age END) AS later(c)
JOIN bench_q q ON q.n = link.q
ORDER BY 1, 2, 3;

INSERT INTO "ActionUpdate" (id, "actionId", "authorId", note, "statusAfter", "createdAt")
SELECT pg_temp.bench_id(19, act.p, act.c, 0, 0, act.a * 4 + j), act.id,
       coalesce(act.owner_user_id, pg_temp.bench_id(3, act.p, 0, 2, 0, 0)),
       CASE WHEN s.after = 'COMPLETE' THEN (ARRAY['Done: the change is in place and the evidence is in the library.',
                                                   'Complete. The executive saw the evidence and closed the action.'])[1 + j % 2]
            WHEN s.after = 'AT_RISK' THEN 'At risk: the lead officer left and the work has slipped; a new date is being agreed.'
            WHEN s.after = 'ON_TRACK' THEN (ARRAY['First meeting held; the plan and owners are agreed.',
                                                   'Half the agencies have done their part; the rest are booked in.',
                                                   'On track: the draft went to the executive this month.'])[1 + j % 3]
            ELSE 'Scoping meeting booked with the agencies involved.' END,
       s.after::"ActionStatus",
       act.created_at + (coalesce(act.completed_at, act.latest) - act.created_at) * j / act.updates
FROM bench_act act
CROSS JOIN LATERAL generate_series(1, act.updates) AS j
CROSS JOIN LATERAL (
  SELECT CASE WHEN j < act.updates THEN 'ON_TRACK'
              WHEN act.status = 'NOT_STARTED' THEN NULL ELSE act.status END AS after
) AS s
WHERE act.updates > 0
ORDER BY 1;

INSERT INTO "ActionEvidence" ("actionId", "evidenceId")
SELECT act.id, pg_temp.bench_id(9, act.p, act.c, 0, 0, 3 * (1 + floor(act.u_pick * (act.ev / 3))::int))
FROM bench_act act
WHERE act.status = 'COMPLETE' AND act.u_evidence < 0.6
ORDER BY 1;

INSERT INTO "ActionReminder" (id, "actionId", kind, "dueOn", recipient, "sentAt")
SELECT pg_temp.bench_id(20, act.p, act.c, 0, 0, act.a), act.id,
       CASE WHEN act.due_on < act.today THEN 'OVERDUE' ELSE 'DUE_SOON' END::"ActionReminderKind",
       act.due_on, act.recipient,
       least(CASE WHEN act.due_on < act.today THEN pg_temp.bench_at(act.due_on + 1, 7)
                  ELSE pg_temp.bench_at(greatest(act.due_on - 14, act.today - 1), 7) END, act.latest)
FROM bench_act act
WHERE act.status <> 'COMPLETE' AND act.due_on <= act.today + 14
ORDER BY 1;

-- @step yearly-report
-- The scrutiny section of the yearly report for every signed-off cycle, written from that cycle's
-- scrutiny so the Word and PDF exports have real content: the earlier ones signed off by the three
-- statutory partners, published and sent to both national recipients; the last signed-off cycle's
-- shared with the scrutineers and awaiting sign-off (so it can still be edited).
INSERT INTO "YearlyReportSection" (id, "partnershipId", "cycleId", status, "whatWasDone", "impactEvidence", "littleProgress",
                                   "caseReviewActions", "childrenFamiliesFeedback", "scrutinyArrangements", "assuranceStatement",
                                   version, "updatedById", "sharedWithScrutineerAt", "publishedOn", "publishedUrl", "presentedAt",
                                   "createdAt", "updatedAt")
SELECT pg_temp.bench_id(21, c.p, c.c, 0, 0, 0), pg_temp.bench_id(1, c.p, 0, 0, 0, 0), c.id,
       CASE WHEN c.age >= 2 THEN 'PUBLISHED' ELSE 'SHARED' END::"YearlyReportStatus",
       format('In %s the safeguarding partners of %s worked to the safeguarding children plan and met as an executive every month, with the independent scrutineers attending each quarter.'
              || E'\n\n' || 'The independent scrutiny rated the 24 questions %s Green, %s Amber and %s Red%s.'
              || E'\n\n' || 'The partnership held one case review (%s) and completed the actions agreed from the one before.',
              c.name, c.place, now_.g, now_.a, now_.r,
              CASE WHEN before.c IS NULL THEN ''
                   ELSE format(', against %s Green, %s Amber and %s Red the year before', before.g, before.a, before.r) END,
              c.review),
       format('The shared safeguarding dataset lets the three partners see referrals, repeat referrals and children missing education side by side. Outcome measures for children go to the executive every quarter.'
              || E'\n\n' || 'Training: %s practitioners from %s agencies attended multi-agency courses, and designated safeguarding leads evaluate each course three months after it runs.',
              to_char(900 + (c.p * 37 + c.c * 113) % 1400, 'FM9,999'), 20 + (c.p + c.c) % 45),
       format('%s question%s rated Red: %s.' || E'\n\n' || 'The partners'' response to each is in the improvement plan, with an owner and a date.',
              now_.r, CASE WHEN now_.r = 1 THEN ' was' ELSE 's were' END, coalesce(now_.reds, 'none')),
       format('The partnership completed %s. Learning went out in a briefing within a month; the multi-agency neglect course and the information-sharing protocol were updated in response.'
              || E'\n\n' || 'We considered the national reviews published in the year and checked our procedures against their recommendations.',
              c.review),
       'The youth voice forum met eight times and presented its priorities to the partnership board.'
         || E'\n\n' || 'Parent peer support groups gave feedback on the early help assessment form, which was shortened as a result.',
       'Independent scrutiny follows Jenny Pearce''s Six Steps for Independent Scrutiny. Three independent scrutineers rated each of the 24 questions on their own before agreeing a rating, and the three statutory partners assessed themselves on the same questions.',
       format('The safeguarding partners are assured that the arrangements are working and improving: %s questions are rated Green this year. We are not yet assured on the questions rated Red, which are our priorities for %s.',
              now_.g, (c.start_year + 1) || '–' || lpad(((c.start_year + 2) % 100)::text, 2, '0')),
       5 + (c.p + c.c) % 10,
       pg_temp.bench_id(3, c.p, 0, 2, 0, 0),
       least(pg_temp.bench_at(c.starts + 470, 10), k.latest),
       CASE WHEN c.age >= 2 THEN c.starts + 547 END,
       CASE WHEN c.age >= 2 THEN format('https://example.org/%s/yearly-report-%s', c.slug, c.start_year) END,
       CASE WHEN c.age >= 2 THEN 'Partnership board, ' || to_char(c.starts + 540, 'FMDD FMMonth YYYY') END,
       least(pg_temp.bench_at(c.starts + 410, 10), k.latest),
       least(pg_temp.bench_at(c.starts + CASE WHEN c.age >= 2 THEN 547 ELSE 480 END, 10), k.latest)
FROM bench_c c
CROSS JOIN bench_clock k
JOIN LATERAL (
  SELECT count(*) FILTER (WHERE t.score = 2) AS g, count(*) FILTER (WHERE t.score = 1) AS a,
         count(*) FILTER (WHERE t.score = 0) AS r,
         string_agg(q.code, ', ' ORDER BY q.n) FILTER (WHERE t.score = 0) AS reds
  FROM bench_truth t JOIN bench_q q ON q.n = t.q WHERE t.p = c.p AND t.c = c.c
) AS now_ ON true
LEFT JOIN LATERAL (
  SELECT t.c, count(*) FILTER (WHERE t.score = 2) AS g, count(*) FILTER (WHERE t.score = 1) AS a,
         count(*) FILTER (WHERE t.score = 0) AS r
  FROM bench_truth t WHERE t.p = c.p AND t.c = c.c - 1 GROUP BY t.c
) AS before ON true
WHERE c.age > 0;

INSERT INTO "YearlyReportSignOff" (id, "sectionId", "organisationId", designation, "signerName", "signedOn", meeting, "recordedById", "createdAt")
SELECT pg_temp.bench_id(22, c.p, c.c, 0, 0, so.o), pg_temp.bench_id(21, c.p, c.c, 0, 0, 0), pg_temp.bench_id(2, c.p, 0, 0, 0, so.o),
       CASE WHEN so.o = 3 THEN 'LEAD_SAFEGUARDING_PARTNER' ELSE 'DELEGATED_SAFEGUARDING_PARTNER' END::"SignOffDesignation",
       u.name, c.starts + 526, 'Safeguarding partners'' executive, ' || to_char(c.starts + 526, 'FMDD FMMonth YYYY'),
       pg_temp.bench_id(3, c.p, 0, 2, 0, 0), pg_temp.bench_at(c.starts + 526, 16)
FROM bench_c c
CROSS JOIN generate_series(1, 3) AS so(o)
JOIN bench_user u ON u.id = pg_temp.bench_id(3, c.p, 0, 4, 0, so.o)
WHERE c.age >= 2;

INSERT INTO "YearlyReportSubmission" (id, "sectionId", "recipientId", "sentOn", "recordedById", "createdAt")
SELECT pg_temp.bench_id(23, c.p, c.c, 0, 0, r.position), pg_temp.bench_id(21, c.p, c.c, 0, 0, 0),
       r.id, c.starts + 550 + r.position * (c.p % 4), pg_temp.bench_id(3, c.p, 0, 2, 0, 0),
       pg_temp.bench_at(c.starts + 550 + r.position * (c.p % 4), 12)
FROM bench_c c
JOIN "PublicationRecipient" r ON r."partnershipId" = pg_temp.bench_id(1, c.p, 0, 0, 0, 0)
WHERE c.age >= 2;

-- @step arrangements
-- The 18 Section 6 answers about how each partnership arranges its scrutiny; the wider-partner
-- wording of four questions; and the reminders sent about this cycle's relevant-agency returns
-- (a week before the deadline, and after it for those still missing).
INSERT INTO "ArrangementAnswer" (id, "partnershipId", "questionNumber", answer, version, "updatedById", "createdAt", "updatedAt")
SELECT pg_temp.bench_id(24, p.p, 0, 0, 0, n), p.id, n,
       format((ARRAY[
         'The three safeguarding partners jointly commission the independent scrutineers through %s Council. They report to the executive every quarter and once a year in public to the council''s children''s scrutiny committee.',
         'Yes: the scrutineers scrutinise the Six Steps questions each year, and %s''s executive agrees any thematic focus in April.',
         'The lead scrutineer shares each scrutineer''s ratings with the others, and they agree the ratings together at a moderation meeting (%s).',
         'A partner with a concern raises it with the partnership chair, who meets the lead scrutineer within a month (%s).',
         'The scrutineers are not the final arbiter in %s: disputes go to the executive, and are recorded in the minutes.',
         'Yes: every Green needs outcome evidence, and the report says where %s''s evidence is only of process.',
         'A constructive critical friend: the scrutineers challenge in writing and the partners answer in %s''s challenge log.',
         'The scrutineers do not chair meetings in %s; they attend the executive as observers.',
         'Scrutiny reports are shared with inspectors on request; %s''s partners cite them in their self-evaluations.',
         'All 24 questions go to all three statutory partners; each relevant agency in %s answers the steps chosen for it.',
         'Each year, between October and January, as part of %s''s self-assessment.',
         'Once a year, after the partners'' self-assessment, with a mid-year check on open actions (%s).',
         'In the Six Steps app, which %s''s business unit administers.',
         'Members of %s''s partnership see everything; agencies see their own organisation''s actions.',
         'The scrutiny section of %s''s yearly report is drafted from the agreed ratings and the improvement plan.',
         'The scrutineers see the draft of %s''s yearly report six weeks before the executive signs it off.',
         'The lead scrutineer writes the scrutiny section''s assurance statement with %s''s business manager.',
         'Yes: the scrutineers take part in the national network of independent scrutineers and bring its learning to %s.'
       ])[n], p.place),
       1, pg_temp.bench_id(3, p.p, 0, 2, 0, 0),
       pg_temp.bench_at(make_date(k.current_year - k.cycles + 1, 1, 15), 10),
       pg_temp.bench_at(make_date(k.current_year - k.cycles + 1, 1, 15), 10)
FROM bench_p p CROSS JOIN bench_clock k CROSS JOIN generate_series(1, 18) AS n;

INSERT INTO "QuestionWording" (id, "partnershipId", "lineageKey", audience, text, version, "updatedById", "createdAt", "updatedAt")
SELECT pg_temp.bench_id(25, p.p, 0, 0, 0, q.n), p.id, q.lineage_key, 'WIDER_PARTNER', w.text, 1,
       pg_temp.bench_id(3, p.p, 0, 2, 0, 0),
       least(pg_temp.bench_at(make_date(k.current_year, 4, 20), 10), k.latest),
       least(pg_temp.bench_at(make_date(k.current_year, 4, 20), 10), k.latest)
FROM bench_p p
CROSS JOIN bench_clock k
CROSS JOIN (VALUES
  ('2.1', 'How well does your organisation know the safeguarding arrangements, and how does it take part in them?'),
  ('3.1', 'How do the children and young people your organisation works with influence what it does to keep them safe?'),
  ('4.2', 'Has your organisation completed its own safeguarding audit this year, and shared it with the partnership?'),
  ('6.3', 'How many of your staff took part in multi-agency safeguarding training this year?')
) AS w(code, text)
JOIN bench_q q ON q.code = w.code;

INSERT INTO "ReturnReminder" (id, "participantId", kind, "dueOn", "batchId", recipient, "sentById", "sentAt")
SELECT pg_temp.bench_id(26, pt.p, pt.c, r.n, pt.slot, 0), pt.id, r.kind::"ReturnReminderKind", pt.due_on, '',
       format('agency-%s-%s@bench.example', pt.p, pt.slot - 3), NULL,
       least(pg_temp.bench_at(CASE r.n WHEN 1 THEN pt.due_on - 7 ELSE pt.due_on + 1 END, 7), k.latest)
FROM bench_part pt
CROSS JOIN bench_clock k
CROSS JOIN (VALUES (1, 'BEFORE_DEADLINE'), (2, 'AFTER_DEADLINE')) AS r(n, kind)
WHERE pt.kind = 3 AND NOT pt.final AND pt.status IN ('NOT_STARTED', 'IN_PROGRESS')
  AND CASE r.n WHEN 1 THEN pt.due_on - 7 <= k.today ELSE pt.due_on < k.today END;

-- @step verify
-- Triggers back on. In fast mode nothing checked the foreign keys row by row, so check every one
-- of the schema now, each in one anti-join: a row pointing nowhere fails the whole transaction.
SELECT set_config('session_replication_role', 'origin', true) FROM bench_config WHERE fast;

DO $$
DECLARE
  fk record;
  missing bigint;
BEGIN
  IF NOT (SELECT fast FROM bench_config) THEN
    RETURN;
  END IF;
  FOR fk IN
    SELECT con.conname, child.relname AS child, ca.attname AS child_column,
           parent.relname AS parent, pa.attname AS parent_column
    FROM pg_constraint con
    JOIN pg_class child ON child.oid = con.conrelid
    JOIN pg_class parent ON parent.oid = con.confrelid
    JOIN pg_attribute ca ON ca.attrelid = con.conrelid AND ca.attnum = con.conkey[1]
    JOIN pg_attribute pa ON pa.attrelid = con.confrelid AND pa.attnum = con.confkey[1]
    WHERE con.contype = 'f' AND con.connamespace = 'public'::regnamespace
  LOOP
    EXECUTE format('SELECT count(*) FROM %I c WHERE c.%I IS NOT NULL AND NOT EXISTS (SELECT 1 FROM %I p WHERE p.%I = c.%I)',
                   fk.child, fk.child_column, fk.parent, fk.parent_column, fk.child_column)
      INTO missing;
    IF missing > 0 THEN
      RAISE EXCEPTION 'The generator broke foreign key %: % rows of % point to no %.', fk.conname, missing, fk.child, fk.parent;
    END IF;
  END LOOP;
END
$$;

-- @step sign-off
-- Last: sign off every earlier cycle's assessments. From here the lock triggers keep their
-- answers, citations and agreed ratings as they are.
UPDATE "Assessment" a SET status = 'FINALISED'
FROM bench_a b
WHERE b.id = a.id AND b.final;
