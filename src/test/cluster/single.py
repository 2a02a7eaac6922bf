#!/usr/bin/env python3
"""One node: N one-member onboardings one after another; from the REST call to the end of the first
async step (Create the account), whose end is the next wait state (the grants are async again)."""
import os, sys, time, random
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__))); import lib as o
N = int(sys.argv[1]); base = random.randint(0, 9999); rows = []
for i in range(N):
    code = "s%04d%03d" % (base, i)
    vendor = o.vendor(code)
    t0 = time.time()
    pi = o.call("POST", f"/api/vendors/{vendor}/onboarding", {"members": [o.member(code, i)]})["processInstanceId"]
    rest = time.time() - t0
    while True:
        done = o.sql(f"""select extract(epoch from s.timestamp_) from act_hi_job_log s join act_hi_procinst m on m.id_ = s.process_instance_id_
            where m.super_process_instance_id_ = '{pi}' and s.act_id_ = 'Task_CreateAccount' and s.job_state_ = 2""")
        if done: break
        time.sleep(0.02)
    rows.append((rest * 1000, (float(done[0][0]) - t0) * 1000))
    time.sleep(0.3)
def pct(xs, p): xs = sorted(xs); return xs[min(len(xs) - 1, int(round(p * (len(xs) - 1))))]
for name, k in (("REST start answered", 0), ("REST call -> first async step done", 1)):
    xs = [r[k] for r in rows[5:]]
    print(f"{name}: n={len(xs)} median {pct(xs,.5):.0f} ms, p95 {pct(xs,.95):.0f} ms, max {max(xs):.0f} ms")
