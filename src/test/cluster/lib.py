"""What the cluster scripts share: calls to node a's API as a demo user, SQL on the shared database."""
import os
import base64, json, subprocess, time, urllib.request
A = "http://localhost:18081"
def call(method, path, body=None, user="paula"):
    req = urllib.request.Request(A + path, method=method, data=json.dumps(body).encode() if body is not None else None)
    req.add_header("Content-Type", "application/json")
    req.add_header("Authorization", "Basic " + base64.b64encode(f"{user}:{user}".encode()).decode())
    with urllib.request.urlopen(req) as r:
        return json.loads(r.read() or b"{}")
def sql(q):
    out = subprocess.run(["psql", "-qtAX", "-F", "|", os.environ.get("PSQL_URL", "postgresql://pmoflow:pmoflow@localhost:5432/pmoflow"), "-c", q], capture_output=True, text=True)
    if out.returncode: raise SystemExit(out.stderr)
    return [line.split("|") for line in out.stdout.strip().splitlines() if line]
def vendor(code):
    return call("POST", "/api/vendors", {"code": code, "company": "Cluster " + code, "contractNumber": "C-" + code,
        "contractStart": time.strftime("%Y-%m-%d"), "contractEnd": "2027-09-30", "ndaOnFile": True, "sponsor": "peter",
        "leadName": "Lead", "leadEmail": "lead@" + code + ".example"})["vendorId"]
def member(code, i):
    return {"name": f"Member {i}", "email": f"m{i}@{code}.example", "roleInProject": "Developer", "memberType": "EMPLOYEE",
            "access": [{"system": "wiki", "role": "reader", "justification": "Docs"}]}
