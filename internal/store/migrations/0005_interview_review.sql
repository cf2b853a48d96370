-- An interview recorded through a contributor link waits for an editor to
-- check it: reviewed_at is when someone did (NULL until then), reviewed_by
-- who.
ALTER TABLE interviews ADD COLUMN reviewed_at {{timestamp}};
ALTER TABLE interviews ADD COLUMN reviewed_by TEXT NOT NULL DEFAULT '';
