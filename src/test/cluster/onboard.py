#!/usr/bin/env python3
"""Starts a vendor onboarding of N members (two automatic grants each) on node a; with KILL_AFTER, kills
node b with kill -9 once that many member cases have finished; waits until the onboarding planned its
contract timers and prints what the database holds: member cases, members, users, grants, incidents,
job failures (optimistic locking among them), jobs per node, and job creation to completion per pair of
nodes. Usage: onboard.py N [KILL_AFTER]"""
import os, random, signal, subprocess, sys, time
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import call, sql, vendor
N = int(sys.argv[1]); KILL_AFTER = int(sys.argv[2]) if len(sys.argv) > 2 else -1
code = "c%06d" % random.randint(0, 999999)
vendor_id = vendor(code)
members = [{"name": f"Member {i}", "email": f"m{i}@{code}.example", "roleInProject": "Developer", "memberType": "EMPLOYEE",
            "access": [{"system": "wiki", "role": "reader", "justification": "Docs"},
                       {"system": "jira", "role": "user", "justification": "Tickets"}]} for i in range(1, N + 1)]
t0 = time.time()
started = call("POST", f"/api/vendors/{vendor_id}/onboarding", {"members": members})
pi = started["processInstanceId"]
print(f"vendor {code}: {N} members, onboarding {pi} started in {time.time()-t0:.1f} s", flush=True)

killed_at = None
while True:
    done = int(sql(f"select count(*) from act_hi_procinst where super_process_instance_id_ = '{pi}' and end_time_ is not null")[0][0])
    planned = int(sql(f"select count(*) from act_hi_actinst where proc_inst_id_ = '{pi}' and act_id_ = 'Task_SendAccessSummary' and end_time_ is not null")[0][0])
    if killed_at is None and KILL_AFTER >= 0 and done >= KILL_AFTER:
        pid = subprocess.run(["pgrep", "-f", "hostname=node-b"], capture_output=True, text=True).stdout.split()
        locked = sql("select count(*) from act_ru_job where lock_owner_ is not null")[0][0]
        for p in pid: os.kill(int(p), signal.SIGKILL)
        killed_at = time.time()
        print(f"{killed_at-t0:.1f} s: kill -9 node B (pid {pid}) after {done} members finished; jobs locked at that moment: {locked}", flush=True)
    if planned:
        break
    if time.time() - t0 > 900:
        print("gave up after 15 minutes", flush=True); break
    time.sleep(0.5)
t1 = time.time()
print(f"onboarding reached its contract timers {t1-t0:.1f} s after the start" + (f", {t1-killed_at:.1f} s after the kill" if killed_at else ""))
cases = f"(select '{pi}' union all select id_ from act_hi_procinst where super_process_instance_id_ = '{pi}')"
inc = f"proc_inst_id_ in {cases}"
root = f"process_instance_id_ in {cases}"
print("member cases:", sql(f"select state_, count(*) from act_hi_procinst where super_process_instance_id_ = '{pi}' group by state_"))
print("member rows in vendor_member:", sql(f"select count(*), count(distinct email) from vendor_member m join vendor v on v.id = m.vendor_id where v.code = '{code}'"))
print("Camunda users of the vendor:", sql(f"select count(*) from act_id_user where id_ like '{code}-%'"))
print("grants by status:", sql(f"select g.status, count(*) from access_grant g join vendor_member m on m.id = g.member_id join vendor v on v.id = m.vendor_id where v.code = '{code}' group by g.status"))
print("incidents (open, ever):", sql(f"select count(*) from act_ru_incident where {inc}"), sql(f"select count(*) from act_hi_incident where {inc}"))
print("job failures / of them optimistic locking:", sql(f"select count(*), sum(case when job_exception_msg_ like '%concurrently%' then 1 else 0 end) from act_hi_job_log where {root} and job_state_ = 1"))
print("jobs run by host:", sql(f"select hostname_, count(*) from act_hi_job_log where {root} and job_state_ = 2 group by hostname_"))
# pickup: a job made by one node and run by the other (first success after its creation), and by the same node
print("created->done, ms, by (creator, runner): n, median, p95, max:", sql(f"""
  select c.hostname_ || '->' || s.hostname_, count(*),
    percentile_cont(0.5) within group (order by extract(epoch from s.timestamp_ - c.timestamp_) * 1000)::int,
    percentile_cont(0.95) within group (order by extract(epoch from s.timestamp_ - c.timestamp_) * 1000)::int,
    max(extract(epoch from s.timestamp_ - c.timestamp_) * 1000)::int
  from act_hi_job_log c join act_hi_job_log s on s.job_id_ = c.job_id_ and s.job_state_ = 2
  where c.job_state_ = 0 and c.{root}
    and not exists (select 1 from act_hi_job_log f where f.job_id_ = c.job_id_ and f.job_state_ = 1)
  group by 1 order by 1"""))
