-- contentc change set for bundle.sqlite, format 2.7: generated, do not edit.
-- Upgrades the bundle.sqlite of content version 1.1.1 (PRAGMA user_version 1001001) in place into one
-- equal to the bundle.sqlite of content version 1.1.2 (user_version 1001002), search index included.
-- Run it to its first error: sqlite3 -bail app.db < changes.sqlite.sql, or Python's executescript.
-- A database of any other version gets an error and is not changed. Turns foreign-key
-- enforcement on for the connection.

PRAGMA foreign_keys = ON;
BEGIN;
-- The version check: a database of another version leaves a row no version row matches, so
-- COMMIT fails even where a client goes on after the error below.
CREATE TEMP TABLE contentc_upgrade_from (user_version INTEGER PRIMARY KEY);
INSERT INTO temp.contentc_upgrade_from VALUES (1001001);
CREATE TEMP TABLE contentc_upgrading (user_version INTEGER
  REFERENCES contentc_upgrade_from (user_version) DEFERRABLE INITIALLY DEFERRED);
INSERT INTO temp.contentc_upgrading SELECT user_version FROM pragma_user_version;
CREATE TEMP TABLE contentc_version_check (user_version INTEGER, CONSTRAINT "changes.sqlite.sql upgrades bundle.sqlite 1.1.1 (user_version 1001001) to 1.1.2 (user_version 1001002), and this database holds another version: nothing was changed; ship the new bundle.sqlite instead" CHECK (user_version = 1001001));
INSERT INTO temp.contentc_version_check SELECT user_version FROM temp.contentc_upgrading;

UPDATE advice SET text = 'Focus on neutral alignment, pelvic neutral in particular: it is the most important tip to minimize sciatica.' WHERE id = 'sciatica-neutral-alignment';
UPDATE advice SET text = 'Avoid activities that make the pain worse, especially those that involve standing on one leg; minimize time spent in compromising positions.' WHERE id = 'si-avoid-aggravating-activities';
UPDATE advice SET text = 'Do pelvic stabilizing exercises, after an evaluation by your healthcare provider and in consultation with your physical therapist.' WHERE id = 'si-pelvic-stabilizing-exercises';

DELETE FROM search WHERE entry_id IN ('sciatica-neutral-alignment', 'si-avoid-aggravating-activities', 'si-pelvic-stabilizing-exercises');
INSERT INTO search (entry_id, kind, name, aliases, body, warnings)
SELECT entry_id, kind, name, aliases, body, warnings FROM search_source
WHERE entry_id IN ('sciatica-neutral-alignment', 'si-avoid-aggravating-activities', 'si-pelvic-stabilizing-exercises') ORDER BY entry_id;

PRAGMA user_version = 1001002;
COMMIT;
DROP TABLE temp.contentc_version_check;
DROP TABLE temp.contentc_upgrading;
DROP TABLE temp.contentc_upgrade_from;
