-- Each project's language (ja or en): its RFP document and the mails to its vendors are written in it.
-- Projects registered before take the deployment's default language (pmoflow.i18n.default-language,
-- passed in as the Flyway placeholder defaultLanguage).
alter table project add column language varchar(2);
update project set language = case when lower(substring('${defaultLanguage}', 1, 2)) = 'ja' then 'ja' else 'en' end;
alter table project alter column language set not null;

-- Each vendor's language: its staff's account activation mails are written in it. A vendor that won
-- an RFP takes the language of the RFP's project; vendors registered before take the default.
alter table vendor add column language varchar(2);
update vendor set language = case when lower(substring('${defaultLanguage}', 1, 2)) = 'ja' then 'ja' else 'en' end;
alter table vendor alter column language set not null;
