-- The language each person last used PMO Flow in (ja or en); mails and texts addressed to them
-- are written in it. A person without a row reads the deployment's default language.
create table person_language (
  user_id     varchar(64) primary key,
  language    varchar(8) not null,
  updated_at  timestamp with time zone not null
);
