-- contentc change set, format 2.2: generated, do not edit.
-- Turns a database loaded from the bundle.sql of content version 1.0.5 into one equal to the
-- bundle.sql of content version 1.0.6. Runs unchanged in SQLite 3 and PostgreSQL 15.

BEGIN;

UPDATE claims SET text = 'Numbness and pain radiating all the way down the leg likely point to sciatica rather than SI joint pain.' WHERE id = 'sciatica-radiating-pain';
UPDATE claims SET text = 'The weight of the uterus can place mechanical stress on the pelvic bone, increasing pressure and pain.' WHERE id = 'si-pain-uterus-weight';

COMMIT;
