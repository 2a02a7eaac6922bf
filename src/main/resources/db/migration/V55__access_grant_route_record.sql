-- The access-approval table now routes a request when it is made (in the request's transaction),
-- without a decision instance in the engine's history: the grant keeps what the table read and
-- which of its rules and versions chose the route, for the audit and for the approvers' forms.
alter table access_grant add column approval_rule   varchar(1000);
alter table access_grant add column approval_inputs varchar(500);
alter table access_grant add column approval_table  varchar(100);
