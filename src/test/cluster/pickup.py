#!/usr/bin/env python3
"""Starts N one-member onboardings on node A (its job executor off), one every SPACING seconds, so no
backlog builds up; node B runs every job. Prints how long after its creation on A each member's first
job (Create the account) finished on B, and the REST start to that job's end."""
import os, sys, time, random
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__))); import lib as o
N = int(sys.argv[1]); SPACING = float(sys.argv[2])
base = random.randint(0, 9999)
pis = []
for i in range(N):
    code = "p%04d%03d" % (base, i)
    vendor = o.vendor(code)
    started = o.call("POST", f"/api/vendors/{vendor}/onboarding", {"members": [o.member(code, i)]})
    pis.append(started["processInstanceId"]); time.sleep(SPACING)
time.sleep(3)
ids = ",".join(f"'{p}'" for p in pis)
print(o.sql(f"""
  select c.hostname_ || '->' || s.hostname_ as nodes, count(*) as n,
    percentile_cont(0.5) within group (order by extract(epoch from s.timestamp_ - c.timestamp_) * 1000)::int as median_ms,
    percentile_cont(0.95) within group (order by extract(epoch from s.timestamp_ - c.timestamp_) * 1000)::int as p95_ms,
    max(extract(epoch from s.timestamp_ - c.timestamp_) * 1000)::int as max_ms
  from act_hi_job_log c join act_hi_job_log s on s.job_id_ = c.job_id_ and s.job_state_ = 2
  join act_hi_procinst m on m.id_ = c.process_instance_id_ and m.super_process_instance_id_ in ({ids})
  where c.job_state_ = 0 and c.job_def_type_ = 'async-continuation' and c.act_id_ = 'Task_CreateAccount'
  group by 1"""))
