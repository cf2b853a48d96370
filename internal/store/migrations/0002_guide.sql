-- The interview guide of a project: its questions as a JSON array of
-- strings, in order. An empty list means the default guide, which is built
-- from the project's sales stages.
ALTER TABLE projects ADD COLUMN guide TEXT NOT NULL DEFAULT '[]';
