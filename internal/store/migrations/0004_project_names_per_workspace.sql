-- Project names are unique within a workspace rather than across the
-- installation: a name in use in one workspace must not tell the people of
-- another that it exists, and every workspace may hold its own demo.
--
-- Projects that belong to no workspace (made on the command line while
-- several exist) count as one more workspace, number 0: COALESCE keeps
-- their names unique too, where a plain (team_id, name_key) index would let
-- NULLs repeat.
DROP INDEX projects_name_key;
CREATE UNIQUE INDEX projects_team_name_key ON projects (COALESCE(team_id, 0), name_key);
