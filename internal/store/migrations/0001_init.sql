-- The projects of one installation and everything in them.
--
-- Written once for both engines: {{serial}} and {{timestamp}} are replaced
-- by the engine's words (see dialect.go). Everything else is plain SQL that
-- SQLite and PostgreSQL read alike.
--
-- A later migration adds workspaces, users, sessions, API tokens,
-- contributor links and the audit log; projects then gain a workspace_id and
-- their names become unique per workspace instead of per installation.

CREATE TABLE projects (
    id            {{serial}},
    name          TEXT NOT NULL,
    -- name_key is the name folded to lower case, so names are unique and
    -- found regardless of case on both engines alike.
    name_key      TEXT NOT NULL,
    description   TEXT NOT NULL DEFAULT '',
    -- Ordered stage lists as JSON arrays of strings.
    sales_stages  TEXT NOT NULL DEFAULT '[]',
    buying_stages TEXT NOT NULL DEFAULT '[]',
    archived      BOOLEAN NOT NULL DEFAULT FALSE,
    -- The last Seq given to a decision of this project; never reused, even
    -- after a decision is deleted.
    decision_seq  BIGINT NOT NULL DEFAULT 0,
    created_at    {{timestamp}} NOT NULL,
    updated_at    {{timestamp}} NOT NULL,
    -- Optimistic locking: every update must name the version it read.
    version       BIGINT NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX projects_name_key ON projects (name_key);

-- position keeps import order within a project: new rows are appended,
-- re-imported rows keep their place.
CREATE TABLE interviews (
    project_id     BIGINT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    id             TEXT NOT NULL,
    interviewee    TEXT NOT NULL DEFAULT '',
    role           TEXT NOT NULL DEFAULT '',
    region         TEXT NOT NULL DEFAULT '',
    interview_date TEXT NOT NULL DEFAULT '',
    interviewer    TEXT NOT NULL DEFAULT '',
    from_link      BOOLEAN NOT NULL DEFAULT FALSE,
    position       BIGINT NOT NULL,
    PRIMARY KEY (project_id, id)
);
CREATE INDEX interviews_position ON interviews (project_id, position);

CREATE TABLE responses (
    project_id   BIGINT NOT NULL,
    id           TEXT NOT NULL,
    interview_id TEXT NOT NULL,
    from_stage   TEXT NOT NULL,
    to_stage     TEXT NOT NULL,
    activity     TEXT NOT NULL,
    goal         TEXT NOT NULL DEFAULT '',
    notes        TEXT NOT NULL DEFAULT '',
    position     BIGINT NOT NULL,
    PRIMARY KEY (project_id, id),
    FOREIGN KEY (project_id, interview_id) REFERENCES interviews (project_id, id) ON DELETE CASCADE
);
CREATE INDEX responses_interview ON responses (project_id, interview_id);
CREATE INDEX responses_position ON responses (project_id, position);

CREATE TABLE materials (
    project_id  BIGINT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    id          TEXT NOT NULL,
    title       TEXT NOT NULL,
    type        TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    url         TEXT NOT NULL DEFAULT '',
    owner       TEXT NOT NULL DEFAULT '',
    updated     TEXT NOT NULL DEFAULT '',
    tags        TEXT NOT NULL DEFAULT '[]', -- JSON array of strings
    position    BIGINT NOT NULL,
    PRIMARY KEY (project_id, id)
);
CREATE INDEX materials_position ON materials (project_id, position);

-- Glossary terms are keyed by the term folded to lower case, so "SQL" and
-- "sql" are one term.
CREATE TABLE glossary_terms (
    project_id BIGINT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    term_key   TEXT NOT NULL,
    term       TEXT NOT NULL,
    meaning    TEXT NOT NULL,
    position   BIGINT NOT NULL,
    PRIMARY KEY (project_id, term_key)
);

-- Decisions are append-only: a later decision beats an earlier one, so rows
-- are never updated. Their response ids are not foreign keys on purpose: a
-- decision outlives a re-import that drops the response it names.
CREATE TABLE decisions (
    id                {{serial}},
    project_id        BIGINT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    seq               BIGINT NOT NULL,
    kind              TEXT NOT NULL,
    response_id       TEXT NOT NULL DEFAULT '',
    other_response_id TEXT NOT NULL DEFAULT '',
    material_id       TEXT NOT NULL DEFAULT '',
    text              TEXT NOT NULL DEFAULT '',
    reason            TEXT NOT NULL DEFAULT '',
    author            TEXT NOT NULL DEFAULT '',
    created_at        {{timestamp}} NOT NULL
);
CREATE UNIQUE INDEX decisions_seq ON decisions (project_id, seq);

CREATE TABLE roadmap_items (
    id          {{serial}},
    project_id  BIGINT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    response_id TEXT NOT NULL DEFAULT '',
    kind        TEXT NOT NULL DEFAULT '',
    title       TEXT NOT NULL,
    owner       TEXT NOT NULL DEFAULT '',
    due         TEXT NOT NULL DEFAULT '',
    status      TEXT NOT NULL,
    version     BIGINT NOT NULL DEFAULT 1,
    created_at  {{timestamp}} NOT NULL,
    updated_at  {{timestamp}} NOT NULL
);
CREATE INDEX roadmap_items_project ON roadmap_items (project_id, id);
