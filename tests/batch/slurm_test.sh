#!/usr/bin/env bash
# The Slurm job array of docs/scaling.md, run for real: a private single-node Slurm (Debian's
# slurm-wlm and munge) in a temp dir, the array job (3 shards) and the dependent merge job
# submitted with sbatch, and the merged report compared byte for byte with one run.
# Usage: slurm_test.sh CROSSCHECK_BINARY   (from anywhere; the corpus is found from this file)
# Exit 0 pass, 1 fail, 77 skipped (not root, packages missing, or the daemons cannot start:
# the reason and the end of their logs are printed). Nothing outside the temp dir is touched:
# no /etc file, no system munge socket, no default port; every daemon and job is ended on exit.
set -euo pipefail

if [ $# -ne 1 ]; then echo "usage: $0 CROSSCHECK_BINARY" >&2; exit 2; fi
bin=$(realpath "$1")  # the jobs run in another folder
root=$(cd "$(dirname "$0")/../.." && pwd)
started=$SECONDS

skip() { echo "SKIP slurm_batch: $*"; exit 77; }
fail() { echo "FAIL slurm_batch: $*"; exit 1; }

# The daemons need root here: munged and slurmd run as root (SlurmUser=root) so that no account
# has to be created and jobs can run as the caller.
[ "$(id -u)" -eq 0 ] || skip "needs root to start munged, slurmctld and slurmd (running as $(id -un))"
# The daemons live in sbin, which a non-login PATH may lack; appended, so PATH still wins.
export PATH="$PATH:/usr/sbin:/sbin"
for tool in munged mungekey munge unmunge slurmctld slurmd sbatch squeue sinfo scontrol scancel \
            timeout; do
  command -v "$tool" >/dev/null ||
    skip "$tool is missing (Debian: apt-get install slurm-wlm munge; scripts/install-deps.sh --with-browser does)"
done

# Slurm clients read SLURM_*/SBATCH_*/SQUEUE_* input variables: a caller that itself runs inside
# a Slurm job (or sets defaults) must not steer our private cluster. Only SLURM_CONF is ours.
while read -r var; do unset "$var"; done < <(compgen -e | grep -E '^(SLURM|SBATCH|SQUEUE|SINFO|SCONTROL)_' || true)

tmp=$(mktemp -d /tmp/crosscheck-slurm.XXXXXX)
pids=()  # daemons we started, in start order: munged, slurmctld, slurmd
jobs_submitted=()

# Ends everything this test started, whatever the exit path: the jobs first (so that no
# slurmstepd or crosscheck outlives slurmd), then the daemons in reverse start order, then any
# process still using the temp dir (a job step orphaned by a killed slurmd), then the dir.
cleanup() {
  local rc=$? i pid p
  set +e
  if [ ${#jobs_submitted[@]} -gt 0 ] && [ ${#pids[@]} -ge 2 ] && kill -0 "${pids[1]}" 2>/dev/null; then
    timeout 15 scancel "${jobs_submitted[@]}" >/dev/null 2>&1
    for _ in $(seq 1 20); do  # KillWait=5 in slurm.conf: cancelled jobs are gone well before 20 s
      [ -z "$(timeout 10 squeue -h -o %i 2>/dev/null)" ] && break
      sleep 1
    done
  fi
  for ((i = ${#pids[@]} - 1; i >= 0; i--)); do
    pid=${pids[$i]}
    kill -TERM "$pid" 2>/dev/null || continue
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done  # 10 s
    kill -KILL "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
  done
  for p in $(find /proc/[0-9]*/cwd /proc/[0-9]*/fd -maxdepth 1 \( -lname "$tmp" -o -lname "$tmp/*" \) \
               2>/dev/null | cut -d/ -f3 | sort -u); do
    [ "$p" = $$ ] || kill -KILL "$p" 2>/dev/null
  done
  rm -rf "$tmp"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT  # each runs cleanup through the EXIT trap
trap 'exit 143' TERM

# tail_logs: the end of every daemon log, for a skip or a failure to say why. A daemon's output
# (NAME.out) repeats its log file (NAME.log) once that is open, so it is shown only without one.
tail_logs() {
  local f
  for f in "$tmp"/log/*; do
    [ -s "$f" ] || continue
    case "$f" in *.out) [ -s "${f%.out}.log" ] && continue ;; esac
    case "$f" in */array-*.out | */merge.out) continue ;; esac  # jobs: job_report shows them
    echo "--- last lines of ${f#"$tmp"/} ---"
    tail -n 15 "$f"
  done
}
daemons_down() { tail_logs; skip "$*"; }

# start NAME COMMAND...: a daemon in the foreground mode of its own, in the background here, so
# that its pid is ours to end (no pid file to trust) and its output goes to its log, never to
# the test's (ctest would otherwise wait for the pipe to close).
start() {
  local name=$1; shift
  "$@" >"$tmp/log/$name.out" 2>&1 </dev/null &
  pids+=($!)
}
alive() { kill -0 "${pids[$1]}" 2>/dev/null; }

# Ports: not Slurm's defaults (6817/6818, a real cluster's), and free ones: the first pair of a
# few candidates that nothing listens on.
listening() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
ctld_port=
for base in 16817 26817 36817 46817; do
  if ! listening "$base" && ! listening $((base + 1)); then ctld_port=$base; break; fi
done
[ -n "$ctld_port" ] || skip "no free port pair among 16817, 26817, 36817, 46817 (and the next)"
slurmd_port=$((ctld_port + 1))

# The node is named as slurmd names itself: the short host name.
host=$(hostname -s 2>/dev/null || uname -n)
host=${host%%.*}
cpus=$(nproc)
mkdir -p "$tmp"/{etc,log,run,state,spool,munge} "$tmp/shared/shards"
chmod 0700 "$tmp/munge"
sock=$tmp/munge/munge.socket

# munge: its own key, socket, pid, seed and log. munged refuses a key readable by others or not
# owned by the user it runs as (root here, which itself needs --force).
mungekey --create --keyfile="$tmp/munge/munge.key" >/dev/null 2>&1 ||
  dd if=/dev/urandom of="$tmp/munge/munge.key" bs=1024 count=1 status=none
chown root:root "$tmp/munge/munge.key"
chmod 0400 "$tmp/munge/munge.key"
start munged munged --foreground --force --socket="$sock" --key-file="$tmp/munge/munge.key" \
  --pid-file="$tmp/run/munged.pid" --seed-file="$tmp/munge/munged.seed" \
  --log-file="$tmp/log/munged.log"
for _ in $(seq 1 50); do  # 10 s
  if timeout 5 munge -n -S "$sock" 2>/dev/null | timeout 5 unmunge -S "$sock" >/dev/null 2>&1; then
    break
  fi
  alive 0 || daemons_down "munged exited at start"
  sleep 0.2
done
timeout 5 munge -n -S "$sock" 2>/dev/null | timeout 5 unmunge -S "$sock" >/dev/null 2>&1 ||
  daemons_down "munged does not answer on $sock after 10 s"

# slurm.conf: the fewest plugins that run a batch job on one node without cgroups (which a
# container may not delegate) or a database; every path in the temp dir. The controller and the
# node are addressed as 127.0.0.1, so the host name need not resolve. kill_invalid_depend ends
# the merge job when a shard fails, instead of leaving it pending forever; KillWait=5 makes
# cancelling quick at cleanup.
cat >"$tmp/etc/slurm.conf" <<EOF
ClusterName=crosscheck-test
SlurmctldHost=$host(127.0.0.1)
SlurmctldPort=$ctld_port
SlurmdPort=$slurmd_port
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
CredType=cred/munge
AuthInfo=socket=$sock
MpiDefault=none
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
JobCompType=jobcomp/none
AccountingStorageType=accounting_storage/none
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
ReturnToService=2
DependencyParameters=kill_invalid_depend
KillWait=5
MailProg=/bin/true
StateSaveLocation=$tmp/state
SlurmdSpoolDir=$tmp/spool
SlurmctldPidFile=$tmp/run/slurmctld.pid
SlurmdPidFile=$tmp/run/slurmd.pid
SlurmctldLogFile=$tmp/log/slurmctld.log
SlurmdLogFile=$tmp/log/slurmd.log
NodeName=$host NodeAddr=127.0.0.1 CPUs=$cpus RealMemory=256 State=UNKNOWN
PartitionName=debug Nodes=$host Default=YES MaxTime=INFINITE State=UP
EOF
export SLURM_CONF=$tmp/etc/slurm.conf  # every client and daemon reads this, never /etc/slurm

start slurmctld slurmctld -D -f "$SLURM_CONF"
for _ in $(seq 1 30); do  # 30 s; scontrol ping itself is bounded by MessageTimeout (10 s)
  timeout 15 scontrol ping 2>/dev/null | grep -q "is UP" && break
  alive 1 || daemons_down "slurmctld exited at start"
  sleep 1
done
timeout 15 scontrol ping 2>/dev/null | grep -q "is UP" ||
  daemons_down "slurmctld does not answer on port $ctld_port after 30 s"

start slurmd slurmd -D -f "$SLURM_CONF"
state=
for _ in $(seq 1 60); do  # 60 s
  state=$(timeout 15 sinfo -h -n "$host" -o %T 2>/dev/null || true)
  [ "$state" = idle ] && break
  alive 2 || daemons_down "slurmd exited at start"
  sleep 1
done
[ "$state" = idle ] || daemons_down "node $host is '${state:-unknown}', not idle, 60 s after slurmd started"
echo "slurm: single node $host ($cpus CPUs), ports $ctld_port/$slurmd_port, up in $((SECONDS - started)) s"

# The shared folder of the docs: the bundled corpus and claims.
shared=$tmp/shared
cp -r "$root/corpus" "$root/claims" "$shared/"
q() { printf '%q' "$1"; }  # paths into job scripts, quoted

# The array job of docs/scaling.md, 3 shards of one CPU each. check --shard exits 0, or 2 on
# bad input (which fails the task and, through afterok, the merge).
cat >"$tmp/array.sh" <<EOF
#!/bin/bash
#SBATCH --job-name=crosscheck
#SBATCH --array=1-3
#SBATCH --cpus-per-task=1
#SBATCH --output=$(q "$tmp/log/array-%a.out")
$(q "$bin") check --corpus $(q "$shared/corpus") --claims $(q "$shared/claims") \\
  --shard \${SLURM_ARRAY_TASK_ID}/3 --threads 1 --output $(q "$shared/shards")/\$SLURM_ARRAY_TASK_ID.ccr
EOF
# The merge job of the docs. merge exits 1 when it reports contradictions (as one run does on
# this corpus): that is a result, not a failed job, so the job keeps the code in merge.rc for the
# comparison below and fails only above 1.
cat >"$tmp/merge.sh" <<EOF
#!/bin/bash
#SBATCH --job-name=crosscheck-merge
#SBATCH --output=$(q "$tmp/log/merge.out")
$(q "$bin") merge $(q "$shared/shards")/*.ccr --format json --output $(q "$shared/merged.json") \\
                                      --format md --output $(q "$shared/merged.md")
rc=\$?
echo \$rc > $(q "$tmp/merge.rc")
[ \$rc -le 1 ]
EOF

submit() { timeout 30 sbatch --parsable --chdir="$shared" "$@"; }
out=$(submit "$tmp/array.sh") || fail "sbatch of the array job failed: $out"
array_id=${out%%;*}  # --parsable prints ID or ID;CLUSTER
jobs_submitted+=("$array_id")
out=$(submit --dependency=afterok:"$array_id" "$tmp/merge.sh") ||
  fail "sbatch of the merge job failed: $out"
merge_id=${out%%;*}
jobs_submitted+=("$merge_id")
echo "slurm: array job $array_id (3 tasks), merge job $merge_id (afterok:$array_id)"

# job_report: every job's state and exit code (slurmctld keeps finished jobs for MinJobAge,
# 300 s; there is no accounting to ask) and the jobs' output, for a failure to say why.
job_report() {
  local f
  timeout 15 scontrol -o show job "$array_id" 2>/dev/null |
    grep -oE '^JobId=[0-9]+|ArrayTaskId=[^ ]+|JobState=[^ ]+|Reason=[^ ]+|ExitCode=[^ ]+' |
    paste -sd' ' | sed 's/ JobId=/\nJobId=/g'
  timeout 15 scontrol -o show job "$merge_id" 2>/dev/null |
    grep -oE '^JobId=[0-9]+|JobState=[^ ]+|Reason=[^ ]+|ExitCode=[^ ]+' | paste -sd' '
  for f in "$tmp"/log/array-*.out "$tmp"/log/merge.out; do
    [ -e "$f" ] || continue
    echo "--- ${f#"$tmp"/} ---"
    cat "$f"
  done
}

# Wait (180 s at most) for the merge job to leave the queue: done, failed, or cancelled because a
# shard failed (kill_invalid_depend).
merge_state=
for _ in $(seq 1 180); do
  merge_state=$(timeout 15 squeue -h -t all -j "$merge_id" -o %T 2>/dev/null || true)
  case "$merge_state" in
    PENDING | CONFIGURING | RUNNING | COMPLETING | SUSPENDED | REQUEUED | RESIZING | "") ;;
    *) break ;;
  esac
  [ -z "$merge_state" ] && [ -e "$tmp/merge.rc" ] && break  # already purged from the queue
  if ! alive 1 || ! alive 2; then job_report; tail_logs; fail "a Slurm daemon died while the jobs ran"; fi
  sleep 1
done
case "$merge_state" in
  COMPLETED | "") ;;
  PENDING | CONFIGURING | RUNNING | COMPLETING | SUSPENDED | REQUEUED | RESIZING)
    job_report; tail_logs; fail "the jobs did not finish in 180 s (merge job $merge_state)" ;;
  *) job_report; fail "the merge job ended $merge_state" ;;
esac
for f in merged.json merged.md; do
  [ -s "$shared/$f" ] || { job_report; fail "the merge job wrote no $f"; }
done
merge_rc=$(cat "$tmp/merge.rc" 2>/dev/null || echo "unknown")
batch_s=$((SECONDS - started))

# The same check on this machine, in one run, on the same folders (the report names them).
rc=0
"$bin" check --corpus "$shared/corpus" --claims "$shared/claims" \
  --format json --output "$tmp/one.json" --format md --output "$tmp/one.md" 2>"$tmp/one.err" || rc=$?
[ "$rc" -le 1 ] || { cat "$tmp/one.err"; fail "one run exited $rc"; }
[ "$merge_rc" = "$rc" ] || fail "merge exited $merge_rc, one run $rc"

for f in json md; do
  cmp "$tmp/one.$f" "$shared/merged.$f" ||
    { diff "$tmp/one.$f" "$shared/merged.$f" | head -n 20; fail "merged $f differs from one run"; }
done
echo "ok slurm_batch: Slurm array of 3 shards + dependent merge = one run, byte for byte" \
  "(json $(stat -c %s "$tmp/one.json") B, md $(stat -c %s "$tmp/one.md") B, exit $rc;" \
  "jobs done in ${batch_s} s, $((SECONDS - started)) s in all)"
