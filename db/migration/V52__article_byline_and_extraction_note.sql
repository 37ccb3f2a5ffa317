-- What the extractor found beside the text: the byline's names, the page's last-modified time, and why the text is
-- not one whole article (a stub, a live blog, a paywalled part), so analysts can see and filter such articles.
alter table article
    add column authors         text[] not null default '{}',
    add column modified_at     timestamptz,
    add column extraction_note text;
