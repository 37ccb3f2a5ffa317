-- Per-host pacing shared by every instance on this database (HostPacer): one row per host holds the earliest time
-- its next request may start. An instance reserves a slot with one upsert that moves next_slot on; the row lock
-- orders concurrent reservations, so two instances can never take slots closer than the interval. PostgreSQL's
-- clock is the only clock involved, so instance clocks that disagree cannot shorten the spacing.
create table host_pace (
    host      text        primary key, -- lower-cased host name, as in the URL (www. is a different host)
    next_slot timestamptz not null
);
