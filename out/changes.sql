-- contentc change set, format 2.3: generated, do not edit.
-- Turns a database loaded from the bundle.sql of content version 1.0.7 into one equal to the
-- bundle.sql of content version 1.1.0. Runs unchanged in SQLite 3 and PostgreSQL 15.

BEGIN;

INSERT INTO entries (id, kind) VALUES
  ('hands-and-knees-pelvic-rock', 'exercise'),
  ('naturalchildbirth-pelvic-rocking', 'article'),
  ('pelvic-rocking-most-effective', 'claim'),
  ('pelvic-rocking-relieves-back-pressure', 'claim'),
  ('pelvic-rocking-relieves-bladder', 'claim'),
  ('pelvic-rocking-strengthens', 'claim');

INSERT INTO articles (id, title, author, publisher, url, retrieved, license, snapshot_path, snapshot_sha256, snapshot_length) VALUES
  ('naturalchildbirth-pelvic-rocking', 'Pelvic Rocking Exercise', 'NaturalChildbirth.org', 'NaturalChildbirth.org', 'http://www.naturalchildbirth.org/natural/resources/exercise/exercise03.htm', NULL, NULL, 'articles/naturalchildbirth-pelvic-rocking.txt', 'b758377d809ee28feda5d83f4a7aa724bc333979cc6a897c4e58ca5f809041da', 1768);

INSERT INTO exercises (id, name, position) VALUES
  ('hands-and-knees-pelvic-rock', 'Hands-and-knees pelvic rock', 'quadruped');

INSERT INTO claims (id, condition_id, topic, text, effect_factor, effect_direction, phase) VALUES
  ('pelvic-rocking-most-effective', NULL, 'treatment', 'Pelvic rocking is one of the most effective exercises in pregnancy.', NULL, NULL, 'pregnancy'),
  ('pelvic-rocking-relieves-back-pressure', 'low-back-pain', 'treatment', 'Pelvic rocking helps to relieve back pressure for a while, by moving the baby forward off your back.', NULL, NULL, 'pregnancy'),
  ('pelvic-rocking-relieves-bladder', NULL, 'treatment', 'Pelvic rocking relieves pressure on the blood vessels around the uterus and on the bladder, helps you relax and improves digestion.', NULL, NULL, 'pregnancy'),
  ('pelvic-rocking-strengthens', NULL, 'treatment', 'Pelvic rocking strengthens the muscles of the abdomen and the lower back.', NULL, NULL, 'any');

INSERT INTO aliases (entry_id, ordinal, alias) VALUES
  ('hands-and-knees-pelvic-rock', 1, 'Pelvic rocking');

INSERT INTO targets (entry_id, ordinal, target) VALUES
  ('hands-and-knees-pelvic-rock', 1, 'lower-back'),
  ('hands-and-knees-pelvic-rock', 2, 'core');

INSERT INTO patterns (entry_id, ordinal, pattern) VALUES
  ('hands-and-knees-pelvic-rock', 1, 'rocking'),
  ('hands-and-knees-pelvic-rock', 2, 'anterior-pelvic-tilt');

INSERT INTO recommendations (entry_id, ordinal, condition_id, phase, severity) VALUES
  ('hands-and-knees-pelvic-rock', 1, 'low-back-pain', 'pregnancy', 'any');

INSERT INTO steps (entry_id, ordinal, step, source) VALUES
  ('hands-and-knees-pelvic-rock', 1, 'Get down on the floor on your hands and knees, as if you were going to crawl, with your arms fully extended and straight.', NULL),
  ('hands-and-knees-pelvic-rock', 2, 'Start with your back straight, not arched up or down, and your stomach pulled up.', NULL),
  ('hands-and-knees-pelvic-rock', 3, 'Slowly relax your lower back and let your pelvis tilt forward, comfortably.', NULL),
  ('hands-and-knees-pelvic-rock', 4, 'Hold for a couple of seconds, then pull your back and pelvis back to a straight, level position.', NULL),
  ('hands-and-knees-pelvic-rock', 5, 'Repeat the cycle slowly, in a regular motion, using only the muscles of your lower body.', NULL);

INSERT INTO doses (entry_id, ordinal, reps_min, reps_max, reps_word, hold_min, hold_max, hold_unit, hold_word, sets_min, sets_max, side, frequency_min, frequency_max, frequency_per, reps_approx, hold_approx, sets_approx, frequency_approx, reps_to_min, reps_to_max, reps_to_approx, hold_to_min, hold_to_max, hold_to_unit, hold_to_approx, sets_to_min, sets_to_max, sets_to_approx, frequency_to_min, frequency_to_max, frequency_to_per, frequency_to_approx, timing, source) VALUES
  ('hands-and-knees-pelvic-rock', 1, 25, 25, NULL, 2, 2, 's', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'up to', NULL, NULL, NULL, 75, 75, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'part in the morning and part at night, spread out during the day', NULL);

INSERT INTO warnings (entry_id, ordinal, category, text, editorial, source) VALUES
  ('hands-and-knees-pelvic-rock', 1, 'stop-if-pain', 'Stop if it causes pain.', TRUE, 'house');

INSERT INTO citations (entry_id, ordinal, context, context_ordinal, article_id, section, quote) VALUES
  ('hands-and-knees-pelvic-rock', 1, 'entry', NULL, 'naturalchildbirth-pelvic-rocking', NULL, 'To do it, the mother needs to get down onto the floor on her hands and knees as if she were going to crawl. When in this position, the mother''s arms should be fully extended and straight.'),
  ('hands-and-knees-pelvic-rock', 2, 'entry', NULL, 'naturalchildbirth-pelvic-rocking', NULL, 'To start out, her back needs to be straight (not arched up or down) with her stomach pulled up. The next step is to slowly relax her lower back and allow her pelvis to tilt forward and comfortably.'),
  ('hands-and-knees-pelvic-rock', 3, 'dose', 1, 'naturalchildbirth-pelvic-rocking', NULL, 'Hold this position for a couple of seconds'),
  ('hands-and-knees-pelvic-rock', 4, 'dose', 1, 'naturalchildbirth-pelvic-rocking', NULL, 'At first the mother should only do this up to twenty five times per day with part of the exercises done in the morning and part of them at night. As the weeks go by, she will grow stronger and eventually can work up to a total of seventy five per day spread out during the day.'),
  ('pelvic-rocking-most-effective', 1, 'entry', NULL, 'naturalchildbirth-pelvic-rocking', NULL, 'Pelvic rocking is one of the most effective exercises and provides several key benefits.'),
  ('pelvic-rocking-relieves-back-pressure', 1, 'entry', NULL, 'naturalchildbirth-pelvic-rocking', NULL, 'It helps to relieve back pressure by moving the baby forward off of the mothers back temporarily.'),
  ('pelvic-rocking-relieves-bladder', 1, 'entry', NULL, 'naturalchildbirth-pelvic-rocking', NULL, 'It also relieves pressure on the blood vessels in the area around the uterus, and relieves pressure on the mothers bladder. It will help the mother relax and will also improve the digestive process.'),
  ('pelvic-rocking-strengthens', 1, 'entry', NULL, 'naturalchildbirth-pelvic-rocking', NULL, 'Pelvic rocking strengthens the muscles of the abdomen and the lower back.');

INSERT INTO citation_spans (entry_id, citation_ordinal, part, start_offset, end_offset) VALUES
  ('hands-and-knees-pelvic-rock', 1, 1, 545, 732),
  ('hands-and-knees-pelvic-rock', 2, 1, 818, 1015),
  ('hands-and-knees-pelvic-rock', 3, 1, 1016, 1058),
  ('hands-and-knees-pelvic-rock', 4, 1, 1330, 1607),
  ('pelvic-rocking-most-effective', 1, 1, 25, 113),
  ('pelvic-rocking-relieves-back-pressure', 1, 1, 188, 285),
  ('pelvic-rocking-relieves-bladder', 1, 1, 286, 484),
  ('pelvic-rocking-strengthens', 1, 1, 114, 187);

COMMIT;
