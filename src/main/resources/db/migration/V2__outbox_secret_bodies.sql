-- A mail that carries a secret (a one-time link) has its body erased once sent.
alter table outbox_mail add column erase_body_after_send boolean default false not null;
