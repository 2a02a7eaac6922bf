-- Issue 12: the lists filter by project, person and vendor, and apply the visibility rules
-- (a PM's projects, an evaluator's RFPs, a requester's change requests, a vendor's own record).

create index ix_project_manager on project (project_manager);
create index ix_project_pmo_owner on project (pmo_owner);
create index ix_rfp_project on rfp (project_id);
create index ix_rfp_evaluator_user on rfp_evaluator (user_id);
create index ix_rfp_vendor_code on rfp_vendor (code);
create index ix_change_request_requester on change_request (requester);
create index ix_change_request_vendor on change_request (vendor_code);
create index ix_vendor_sponsor on vendor (sponsor);
