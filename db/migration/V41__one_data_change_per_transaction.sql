-- The timeline data version (V32) moves by one row per writing statement; a stored article with its tags wrote three
-- (article, actors, topics) in one transaction. One row per transaction moves the version just as surely: readers
-- only compare versions, and a transaction's writes become visible together. So the trigger writes its row for the
-- first changing statement of a transaction and remembers that in a transaction-local setting. The setting is undone
-- with the transaction, and with a savepoint that is rolled back (like SET LOCAL), so a row rolled back with a
-- savepoint is written again by the next change.
create or replace function pw_timeline_data_changed() returns trigger language plpgsql as $$
begin
    if current_setting('peacewatch.timeline_data_changed', true) = 'yes' then
        return null;
    end if;
    perform set_config('peacewatch.timeline_data_changed', 'yes', true);
    insert into timeline_data_change default values;
    return null;
end $$;
