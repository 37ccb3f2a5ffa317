-- Pages fetched whose HTML held no article text (a section front, a login wall, a page of links). They are not
-- stored as articles, so they cannot inflate timeline counts; each run says how many it met.
alter table ingestion_run add column no_article integer not null default 0;
