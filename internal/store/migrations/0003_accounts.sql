-- Accounts: workspaces (teams), users and their roles, sessions, API tokens,
-- contributor links, login failures and the audit log. Everything that
-- several replicas must agree on lives here rather than in one process.
--
-- Secrets (session ids, API tokens, link tokens) are stored only as their
-- SHA-256 hashes; passwords only as argon2id PHC strings.

CREATE TABLE teams (
    id         {{serial}},
    name       TEXT NOT NULL,
    name_key   TEXT NOT NULL,
    created_at {{timestamp}} NOT NULL
);
CREATE UNIQUE INDEX teams_name_key ON teams (name_key);

CREATE TABLE users (
    id            {{serial}},
    email         TEXT NOT NULL,
    -- email_key is the address folded to lower case: one account per
    -- address whatever its case.
    email_key     TEXT NOT NULL,
    name          TEXT NOT NULL DEFAULT '',
    password_hash TEXT NOT NULL,
    created_at    {{timestamp}} NOT NULL,
    updated_at    {{timestamp}} NOT NULL
);
CREATE UNIQUE INDEX users_email_key ON users (email_key);

CREATE TABLE members (
    team_id BIGINT NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role    TEXT NOT NULL,
    PRIMARY KEY (team_id, user_id)
);
CREATE INDEX members_user ON members (user_id);

-- A project belongs to one team; NULL only for projects made before
-- accounts existed, which the first owner's setup adopts.
ALTER TABLE projects ADD COLUMN team_id BIGINT REFERENCES teams (id);
CREATE INDEX projects_team ON projects (team_id);

CREATE TABLE sessions (
    id_hash    TEXT PRIMARY KEY,
    user_id    BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    team_id    BIGINT NOT NULL DEFAULT 0,
    csrf       TEXT NOT NULL,
    created_at {{timestamp}} NOT NULL,
    last_seen  {{timestamp}} NOT NULL,
    expires_at {{timestamp}} NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);
CREATE INDEX sessions_expires ON sessions (expires_at);

-- One row per failed sign-in; rows older than the window are deleted as
-- new ones arrive.
CREATE TABLE login_failures (
    id      {{serial}},
    account TEXT NOT NULL,
    address TEXT NOT NULL,
    at      {{timestamp}} NOT NULL
);
CREATE INDEX login_failures_account ON login_failures (account, at);
CREATE INDEX login_failures_address ON login_failures (address, at);

CREATE TABLE api_tokens (
    id         {{serial}},
    team_id    BIGINT NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
    name       TEXT NOT NULL,
    hash       TEXT NOT NULL,
    role       TEXT NOT NULL,
    created_by TEXT NOT NULL DEFAULT '',
    created_at {{timestamp}} NOT NULL,
    last_used  {{timestamp}},
    revoked_at {{timestamp}}
);
CREATE UNIQUE INDEX api_tokens_hash ON api_tokens (hash);

CREATE TABLE contributor_links (
    id         {{serial}},
    project_id BIGINT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    hash       TEXT NOT NULL,
    label      TEXT NOT NULL DEFAULT '',
    created_by TEXT NOT NULL DEFAULT '',
    created_at {{timestamp}} NOT NULL,
    expires_at {{timestamp}} NOT NULL,
    revoked_at {{timestamp}},
    uses       BIGINT NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX contributor_links_hash ON contributor_links (hash);
CREATE INDEX contributor_links_project ON contributor_links (project_id);

-- The audit log outlives what it describes: no foreign keys, so deleting a
-- project or a user keeps the record of what they did.
CREATE TABLE audit_log (
    id         {{serial}},
    team_id    BIGINT NOT NULL,
    project_id BIGINT NOT NULL DEFAULT 0,
    actor      TEXT NOT NULL,
    action     TEXT NOT NULL,
    target     TEXT NOT NULL DEFAULT '',
    before     TEXT NOT NULL DEFAULT '',
    after      TEXT NOT NULL DEFAULT '',
    at         {{timestamp}} NOT NULL
);
CREATE INDEX audit_log_team ON audit_log (team_id, id);
