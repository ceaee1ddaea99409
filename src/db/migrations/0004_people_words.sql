-- People search by word: one row per distinct word of each person's folded name
-- (people.search_text split on spaces) with the person's sort key, unit and whole folded
-- name. A query word reads its matches from the btree already in Vietnamese order
-- (sort_key, then id), so a common name costs a page, not all its matches; the other
-- words of the query are checked on the folded name held in the same index entry.
-- The table is derived: statement triggers on people keep it in step for every writer
-- (the app, imports, the demo, the generator, restores), so backups leave it out.
-- Only these triggers write the table; list-people.ts reads it, in SQL.
CREATE TABLE "person_words" (
	"word" text COLLATE "C" NOT NULL,
	"sort_key" text COLLATE "C" NOT NULL,
	"person_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"search_text" text NOT NULL
);
--> statement-breakpoint
CREATE INDEX "person_words_word_idx" ON "person_words" ("word", "sort_key", "person_id") INCLUDE ("unit_id", "search_text");
--> statement-breakpoint
-- The distinct words of a row of people, each once (at its first place in the name).
CREATE FUNCTION person_words_of(p people) RETURNS TABLE (word text, sort_key text, person_id integer, unit_id integer, search_text text)
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT w.word, p.sort_key, p.id, p.unit_id, p.search_text
    FROM string_to_array(p.search_text, ' ') AS a, unnest(a) WITH ORDINALITY AS w(word, n)
   WHERE w.word <> '' AND array_position(a, w.word) = w.n
$$;
--> statement-breakpoint
CREATE FUNCTION person_words_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO person_words (word, sort_key, person_id, unit_id, search_text)
  SELECT w.* FROM new_people n, person_words_of(n) w;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION person_words_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM person_words pw USING old_people o, person_words_of(o) w
   WHERE pw.word = w.word AND pw.sort_key = w.sort_key AND pw.person_id = w.person_id;
  RETURN NULL;
END $$;
--> statement-breakpoint
-- Only rows whose folded name, sort key, unit or id changed touch their words.
CREATE FUNCTION person_words_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM person_words pw
   USING (SELECT o.id, o.search_text, o.sort_key, o.unit_id FROM old_people o
          EXCEPT SELECT n.id, n.search_text, n.sort_key, n.unit_id FROM new_people n) o,
         unnest(string_to_array(o.search_text, ' ')) AS w(word)
   WHERE pw.word = w.word AND pw.sort_key = o.sort_key AND pw.person_id = o.id;
  INSERT INTO person_words (word, sort_key, person_id, unit_id, search_text)
  SELECT w.* FROM new_people n, person_words_of(n) w
   WHERE (n.id, n.search_text, n.sort_key, n.unit_id) IN (
         SELECT n2.id, n2.search_text, n2.sort_key, n2.unit_id FROM new_people n2
         EXCEPT SELECT o.id, o.search_text, o.sort_key, o.unit_id FROM old_people o);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION person_words_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  TRUNCATE person_words;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER people_words_insert AFTER INSERT ON people REFERENCING NEW TABLE AS new_people FOR EACH STATEMENT EXECUTE FUNCTION person_words_insert();
--> statement-breakpoint
CREATE TRIGGER people_words_update AFTER UPDATE ON people REFERENCING OLD TABLE AS old_people NEW TABLE AS new_people FOR EACH STATEMENT EXECUTE FUNCTION person_words_update();
--> statement-breakpoint
CREATE TRIGGER people_words_delete AFTER DELETE ON people REFERENCING OLD TABLE AS old_people FOR EACH STATEMENT EXECUTE FUNCTION person_words_delete();
--> statement-breakpoint
CREATE TRIGGER people_words_truncate AFTER TRUNCATE ON people FOR EACH STATEMENT EXECUTE FUNCTION person_words_truncate();
--> statement-breakpoint
-- Names are matched by whole words and word beginnings now, no longer inside words:
-- the trigram index on people has no use left.
DROP INDEX IF EXISTS "people_search_trgm";
--> statement-breakpoint
-- People written before this migration.
INSERT INTO person_words (word, sort_key, person_id, unit_id, search_text) SELECT w.* FROM people p, person_words_of(p) w;
