-- Refusals of tokens that fail verification (issue 13): the agency such a token names is kept, so that agency's
-- AUDITOR sees the attempts against it, and marked as unverified: anybody can write any agency into a forged token.
alter table audit_entry add column agency_unverified boolean not null default false;
