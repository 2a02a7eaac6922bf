#!/usr/bin/env python3
"""Start-up and memory of the embedded default, run exactly as the README says (`mvn spring-boot:run`:
H2 file database, embedded LDAP and mail server), in a fresh data folder of its own and on free ports.

  python3 src/test/benchmark/embedded_run.py [--members 200] [--changes 200] [--rfps 10] [--no-write]

1. Starts it on an empty database and reads: the JVM's own "Started ... (process running for X)", the
   JVM's age at its first successful /api answer, and the time from the command to that answer (Maven's
   start included).
2. Load, one after another: spec-change requests over REST (4 clients), Japanese RFPs through their draft
   to the rendered PDF (OpenHTMLtoPDF with the Noto Sans JP fonts; the job executor of the run does it),
   and one onboarding of MEMBERS members (each with two automatic grants) until every member has ended.
   Resident memory (VmRSS, peak VmHWM of the application's JVM, read from /proc) after each part.
3. Stops it and starts it again on the same database (the everyday start) and reads the same times.
Writes target/benchmarks/embedded-run.md and its section of docs/benchmarks.md (between the markers).
Not part of any build. Run it on a machine that is otherwise idle for the start-up figures.
"""
import argparse, base64, json, os, re, shutil, signal, socket, subprocess, sys, tempfile, threading, time, urllib.error, urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
MARK_BEGIN = "<!-- embedded-run: written by src/test/benchmark/embedded_run.py, do not edit by hand -->"
MARK_END = "<!-- /embedded-run -->"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Run:
    """One `mvn spring-boot:run` of the application on its own data folder and ports."""

    def __init__(self, data, port, log):
        self.data, self.port, self.log = data, port, log

    def start(self):
        arguments = " ".join([
            f"--server.port={self.port}",
            f"--spring.datasource.url=jdbc:h2:file:{self.data}/pmo-flow;AUTO_SERVER=FALSE",
            f"--pmoflow.evaluation.environments.data-folder={self.data}",
            "--pmoflow.evaluation.environments.embedded-server.port=0",
            "--pmoflow.mail.embedded-server.smtp-port=0", "--pmoflow.mail.embedded-server.imap-port=0",
            "--pmoflow.directory.embedded-server.port=0"])
        self.began = time.time()
        self.out = open(self.log, "w")
        self.maven = subprocess.Popen(["mvn", "-o", "-q", "spring-boot:run", f"-Dspring-boot.run.arguments={arguments}"],
                                      cwd=ROOT, stdout=self.out, stderr=subprocess.STDOUT, start_new_session=True)
        self.first_api = self._await_api()
        self.jvm = self._application_pid()
        jvm_age = self._age_seconds(self.jvm)
        cpu = self._cpu_seconds(self.jvm)
        # the web server answers before Spring Boot logs "Started" when the application's runners are still at work
        deadline, started = time.time() + 120, None
        while started is None and time.time() < deadline:
            started = re.search(r"Started PmoFlowApplication in ([\d.]+) seconds \(process running for ([\d.]+)\)", open(self.log).read())
            time.sleep(0 if started else 0.1)
        return {"started": float(started.group(2)) if started else None,
                "first_api_jvm": jvm_age - (time.time() - self.first_api),
                "first_api_command": self.first_api - self.began, "cpu": cpu}

    def _await_api(self):
        deadline = time.time() + 300
        while time.time() < deadline:
            if self.maven.poll() is not None:
                raise SystemExit(f"the run ended on start; see {self.log}")
            try:
                call(self.port, "GET", "/api/projects?size=1")
                return time.time()
            except (urllib.error.URLError, ConnectionError, OSError):
                time.sleep(0.05)
        raise SystemExit(f"no /api answer after 300 s; see {self.log}")

    def _application_pid(self):
        out = subprocess.run(["pgrep", "-s", str(self.maven.pid), "-f", "io.pmoflow.PmoFlowApplication"], capture_output=True, text=True)
        return int(out.stdout.split()[0])

    @staticmethod
    def _cpu_seconds(pid):
        """CPU time the JVM used so far (user + system, all threads): the start's cost whatever else the machine runs."""
        fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    @staticmethod
    def _age_seconds(pid):
        ticks = os.sysconf("SC_CLK_TCK")
        start_ticks = int(open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()[19])
        uptime = float(open("/proc/uptime").read().split()[0])
        return uptime - start_ticks / ticks

    def memory(self):
        status = open(f"/proc/{self.jvm}/status").read()
        kb = lambda field: int(re.search(field + r":\s+(\d+) kB", status).group(1))
        return kb("VmRSS") // 1024, kb("VmHWM") // 1024

    def live_heap(self):
        """The heap in use after a full collection (jcmd GC.class_histogram makes one; its top lines go to
        target/benchmarks/embedded-run-heap.txt), in MB, and the heap's limit."""
        gc = subprocess.run(["jstat", "-gcutil", str(self.jvm)], capture_output=True, text=True).stdout.split()
        gc = dict(zip(gc[:len(gc) // 2], gc[len(gc) // 2:]))
        histogram = subprocess.run(["jcmd", str(self.jvm), "GC.class_histogram"], capture_output=True, text=True).stdout
        open(os.path.join(ROOT, "target/benchmarks/embedded-run-heap.txt"), "w").write("\n".join(histogram.splitlines()[:60]) + "\n")
        info = subprocess.run(["jcmd", str(self.jvm), "GC.heap_info"], capture_output=True, text=True).stdout
        heap = [line for line in info.splitlines() if "used" in line and not re.search(r"Metaspace|class space", line)
                and re.search(r"generation|heap", line)]
        used = sum(int(re.search(r"used (\d+)K", line).group(1)) for line in heap) // 1024
        limit = subprocess.run(["jcmd", str(self.jvm), "VM.flags"], capture_output=True, text=True).stdout
        maximum = re.search(r"MaxHeapSize=(\d+)", limit)
        return used, int(maximum.group(1)) // (1024 * 1024) if maximum else None, gc

    def stop(self):
        if self.maven.poll() is not None:
            return
        os.killpg(self.maven.pid, signal.SIGTERM)
        try:
            self.maven.wait(60)
        except subprocess.TimeoutExpired:
            os.killpg(self.maven.pid, signal.SIGKILL)
            self.maven.wait()
        self.out.close()


def call(port, method, path, body=None, user="paula"):
    request = urllib.request.Request(f"http://127.0.0.1:{port}{path}", method=method,
                                     data=json.dumps(body).encode() if body is not None else None)
    request.add_header("Content-Type", "application/json")
    request.add_header("Accept-Language", "ja")
    request.add_header("Authorization", "Basic " + base64.b64encode(f"{user}:{user}".encode()).decode())
    with urllib.request.urlopen(request, timeout=120) as response:
        data = response.read()
        return json.loads(data) if data and response.headers.get_content_type().endswith("json") else data


def await_true(what, check, within=600):
    deadline = time.time() + within
    while not check():
        if time.time() > deadline:
            raise SystemExit(f"{what}: not done after {within} s")
        time.sleep(0.25)


def project(port, code):
    pid = call(port, "POST", "/api/projects", {
        "code": code, "name": "顧客管理システム刷新", "clientDepartment": "営業部", "projectManager": "peter",
        "pmoOwner": "paula", "budget": 250000, "plannedStart": "2030-01-04", "plannedEnd": "2030-09-30", "language": "ja"})["id"]
    call(port, "PUT", f"/api/projects/{pid}/spec", {"sections": [
        {"key": "UI-LOGIN", "kind": "UI_SCREEN", "title": "ログイン画面", "text": "ユーザー名\nパスワード"}]})
    return pid


def change_requests(port, project_id, count, clients=4):
    left = [count]
    lock = threading.Lock()

    def client():
        while True:
            with lock:
                if left[0] == 0:
                    return
                left[0] -= 1
            call(port, "POST", "/api/change-requests", {
                "projectId": project_id, "title": "ワンタイムコードを追加", "description": "パスワードの後に", "reason": "監査",
                "requesterRole": "CLIENT", "changes": [{"sectionKey": "UI-LOGIN", "newText": "ユーザー名\nパスワード\nワンタイムコード"}]},
                user="peter")
    threads = [threading.Thread(target=client) for _ in range(clients)]
    [t.start() for t in threads]
    [t.join() for t in threads]


def rfps(port, project_id, count):
    ids = []
    for i in range(count):
        body = {
            "projectId": project_id, "title": f"顧客管理システム 提案依頼 {i}",
            "background": "営業部は表計算で顧客を管理しており、見込み客を失っている。" * 3,
            "scope": "ライセンス、初期設定、データ移行、教育。",
            "requirements": [{"id": f"F-{n:02d}", "priority": "MUST", "kind": "FUNCTIONAL",
                              "text": f"見込み客との接触をすべて記録し、担当者が一覧で確認できること（要件 {n}）。"} for n in range(1, 21)],
            "deliverables": [{"name": "稼働するシステム", "description": "設定済みで、データ移行を完了したもの"}],
            "milestones": {"issueDate": "2040-03-07", "questionDeadline": "2040-03-12T12:00:00Z", "proposalDeadline": "2040-03-26T12:00:00Z",
                           "awardDate": "2040-04-05", "projectStart": "2040-04-25", "projectEnd": "2041-01-20"},
            "criteria": [{"name": "価格", "weight": 60}, {"name": "進め方", "weight": 40}],
            "vendors": [{"code": "acme", "name": "Acme Ltd", "email": f"bids{i}@acme.example"},
                        {"code": "globex", "name": "Globex Inc", "email": f"offers{i}@globex.example"}],
            "evaluators": ["evan", "ella"], "personalData": False, "productionAccess": False}
        created = call(port, "POST", "/api/rfps", body)
        task = call(port, "GET", f"/engine-rest/task?processInstanceId={created['processInstanceId']}&maxResults=1")[0]["id"]
        call(port, "POST", f"/engine-rest/task/{task}/claim", {"userId": "paula"})
        call(port, "POST", f"/engine-rest/task/{task}/submit-form", {"variables": {}})
        ids.append(created["id"])
    for rfp in ids:
        await_true(f"the PDF of RFP {rfp}", lambda: has_document(port, rfp))
    return ids


def has_document(port, rfp):
    try:
        return call(port, "GET", f"/api/rfps/{rfp}/document")[:4] == b"%PDF"
    except urllib.error.HTTPError:
        return False


def onboarding(port, code, members):
    vendor = call(port, "POST", "/api/vendors", {
        "code": code, "company": "Vendor " + code, "contractNumber": "C-" + code, "contractStart": time.strftime("%Y-%m-%d"),
        "contractEnd": "2030-09-30", "ndaOnFile": True, "sponsor": "peter", "leadName": "Lead", "leadEmail": f"lead@{code}.example"})["vendorId"]
    people = [{"name": f"Member {i}", "email": f"m{i}@{code}.example", "roleInProject": "Developer", "memberType": "EMPLOYEE",
               "access": [{"system": "wiki", "role": "reader", "justification": "Docs"},
                          {"system": "jira", "role": "user", "justification": "Tickets"}]} for i in range(1, members + 1)]
    t0 = time.time()
    pi = call(port, "POST", f"/api/vendors/{vendor}/onboarding", {"members": people})["processInstanceId"]
    done = lambda: call(port, "GET", f"/engine-rest/history/process-instance/count?superProcessInstanceId={pi}&finished=true",
                        user="demo")["count"] >= members
    await_true(f"the onboarding of {members} members", done, within=1800)
    return time.time() - t0


def jvm_options():
    pom = open(os.path.join(ROOT, "pom.xml")).read()
    found = re.search(r"<jvmArguments>(.*?)</jvmArguments>", pom, re.S)
    return " ".join(found.group(1).split()) if found else "(none: the JVM's defaults)"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--members", type=int, default=200)
    parser.add_argument("--changes", type=int, default=200)
    parser.add_argument("--rfps", type=int, default=10)
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()
    os.makedirs(os.path.join(ROOT, "target/benchmarks"), exist_ok=True)
    data = tempfile.mkdtemp(prefix="pmoflow-embedded-run-")
    load = open("/proc/loadavg").read().split()[:3]
    port = free_port()
    rows, memory, live, limit, gc = [], [], None, None, {}
    run = Run(data, port, os.path.join(ROOT, "target/benchmarks/embedded-run-1.log"))
    try:
        rows.append(("first start, empty database", run.start()))
        memory.append(("after the start", run.memory()))
        project_id = project(port, "EMB-%04d" % (int(time.time()) % 10000))
        t = time.time(); change_requests(port, project_id, args.changes)
        memory.append((f"after {args.changes} spec-change requests (4 clients, {time.time() - t:.0f} s)", run.memory()))
        t = time.time(); rfps(port, project_id, args.rfps)
        memory.append((f"after {args.rfps} Japanese RFPs, each to its rendered PDF ({time.time() - t:.0f} s)", run.memory()))
        took = onboarding(port, "emb%05d" % (int(time.time()) % 100000), args.members)
        memory.append((f"after one onboarding of {args.members} members, all ended ({took:.0f} s)", run.memory()))
        live, limit, gc = run.live_heap()
        run.stop()
        run = Run(data, port, os.path.join(ROOT, "target/benchmarks/embedded-run-2.log"))
        rows.append(("second start, the same database", run.start()))
    finally:
        run.stop()
        shutil.rmtree(data, ignore_errors=True)

    lines = [f"Measured {time.strftime('%Y-%m-%d', time.gmtime())} by `src/test/benchmark/embedded_run.py`: Linux, {os.cpu_count()} CPU cores,"
             f" load average {' '.join(load)} when it began; `mvn spring-boot:run` with the JVM options of `pom.xml`"
             f" (`{jvm_options()}`), H2 file database, embedded LDAP and mail server.", "",
             "| start | JVM start to \"Started\" | JVM start to the first `/api` answer | command to the first `/api` answer (Maven included) | CPU time of the JVM until then |",
             "|---|---|---|---|---|"]
    for name, r in rows:
        lines.append(f"| {name} | {r['started']:.1f} s | {r['first_api_jvm']:.1f} s | {r['first_api_command']:.1f} s | {r['cpu']:.1f} s |")
    lines += ["", "| resident memory of the application's JVM | VmRSS | peak (VmHWM) |", "|---|---|---|"]
    for name, (rss, hwm) in memory:
        lines.append(f"| {name} | {rss} MB | {hwm} MB |")
    lines += ["", f"Heap in use after the load and a full collection: {live} MB of the {limit} MB limit; until then"
              f" {gc.get('YGC')} young collections ({gc.get('YGCT')} s) and {gc.get('FGC')} full ones ({gc.get('FGCT')} s)."]
    section = "\n".join(lines) + "\n"
    open(os.path.join(ROOT, "target/benchmarks/embedded-run.md"), "w").write(section)
    print(section)
    if not args.no_write:
        page = os.path.join(ROOT, "docs/benchmarks.md")
        text = open(page).read()
        block = MARK_BEGIN + "\n" + section + MARK_END
        if MARK_BEGIN in text:
            text = re.sub(re.escape(MARK_BEGIN) + ".*?" + re.escape(MARK_END), lambda m: block, text, flags=re.S)
        else:
            text = text.rstrip("\n") + "\n\n" + block + "\n"
        open(page, "w").write(text)


if __name__ == "__main__":
    sys.exit(main())
