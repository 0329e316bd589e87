-- contentc change set, format 2.2: generated, do not edit.
-- Turns a database loaded from the bundle.sql of content version 1.0.3 into one equal to the
-- bundle.sql of content version 1.0.4. Runs unchanged in SQLite 3 and PostgreSQL 15.

BEGIN;

UPDATE warnings SET source = 'house' WHERE entry_id = '360-breathing' AND ordinal = 1;
UPDATE warnings SET source = 'house' WHERE entry_id = 'advanced-sciatic-nerve-stretch' AND ordinal = 1;
UPDATE warnings SET source = 'house' WHERE entry_id = 'advanced-sciatic-nerve-stretch' AND ordinal = 4;
UPDATE warnings SET source = 'house' WHERE entry_id = 'back-lying-sciatic-nerve-floss' AND ordinal = 1;
UPDATE warnings SET source = 'house' WHERE entry_id = 'back-lying-sciatic-nerve-floss' AND ordinal = 3;
UPDATE warnings SET source = 'house' WHERE entry_id = 'backblock-routine' AND ordinal = 1;
UPDATE warnings SET source = 'house' WHERE entry_id = 'bridge' AND ordinal = 1;
UPDATE warnings SET source = 'house' WHERE entry_id = 'bridge' AND ordinal = 2;
UPDATE warnings SET source = 'house' WHERE entry_id = 'cat-stretch' AND ordinal = 1;
UPDATE warnings SET source = 'house' WHERE entry_id = 'child-pose' AND ordinal = 1;
UPDATE warnings SET source = 'house' WHERE entry_id = 'curl-downs' AND ordinal = 1;
UPDATE warnings SET source = 'house' WHERE entry_id = 'incline-plank' AND ordinal = 1;
UPDATE warnings SET source = 'house' WHERE entry_id = 'inflammatory-arthritis' AND ordinal = 1;
UPDATE warnings SET source = 'house' WHERE entry_id = 'inflammatory-bowel-disease' AND ordinal = 1;
UPDATE warnings SET source = 'house' WHERE entry_id = 'knees-rocking' AND ordinal = 1;
UPDATE warnings SET source = 'house' WHERE entry_id = 'low-back-pain' AND ordinal = 1;
UPDATE warnings SET source = 'house' WHERE entry_id = 'piriformis-syndrome' AND ordinal = 1;
UPDATE warnings SET source = 'house' WHERE entry_id = 'preparatory-nerve-root-stretch' AND ordinal = 1;
UPDATE warnings SET source = 'house' WHERE entry_id = 'preparatory-nerve-root-stretch' AND ordinal = 4;
UPDATE warnings SET source = 'house' WHERE entry_id = 'pubic-symphysis-dysfunction' AND ordinal = 1;
UPDATE warnings SET source = 'house' WHERE entry_id = 'sacroiliitis' AND ordinal = 1;
UPDATE warnings SET source = 'house' WHERE entry_id = 'seated-cradle-stretch' AND ordinal = 1;
UPDATE warnings SET source = 'house' WHERE entry_id = 'standing-hip-extension' AND ordinal = 2;
UPDATE warnings SET source = 'house' WHERE entry_id = 'table-stretch' AND ordinal = 1;
UPDATE warnings SET source = 'house' WHERE entry_id = 'windshield-wiper-with-fold' AND ordinal = 1;

COMMIT;
