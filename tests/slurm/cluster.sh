# A one-node Slurm cluster in a temporary folder, for the tests: munged,
# slurmctld and slurmd from Debian 12's munge and slurm-wlm packages, with
# proctrack/linuxproc and task/none (no cgroups, no systemd), free ports,
# state, logs and sockets under $CLUSTER. Source it, then:
#   cluster_can_run || exit 77   # says why not on stderr
#   cluster_start DIR            # exports SLURM_CONF (trap cluster_stop EXIT)
#   ... sbatch, squeue ...
#   cluster_stop                 # cancels the jobs, stops what it started
# It stops only the processes it started, by their ids.

cluster_pids=()

cluster_can_run() {
  local c
  for c in munged mungekey slurmctld slurmd sbatch squeue sinfo scancel python3; do
    command -v "$c" >/dev/null 2>&1 || PATH=$PATH:/usr/sbin command -v "$c" >/dev/null 2>&1 ||
      { echo "SKIP: $c not found (tools/install-deps installs munge and slurm-wlm)" >&2; return 1; }
  done
  # slurmd launches jobs as their owner: it must run as root (SlurmdUser).
  [ "$(id -u)" -eq 0 ] || { echo "SKIP: slurmd must run as root to start jobs (not root here)" >&2; return 1; }
}

# Two ports nobody listens on (the kernel picks them; a small race is possible).
cluster_free_ports() {
  python3 -c '
import socket
s = [socket.socket() for _ in range(2)]
for x in s: x.bind(("127.0.0.1", 0))
print(" ".join(str(x.getsockname()[1]) for x in s))'
}

cluster_start() {
  CLUSTER=$1
  PATH=$PATH:/usr/sbin
  local host ports cpus mem
  host=$(hostname -s)
  read -r -a ports < <(cluster_free_ports)
  cpus=$(nproc)
  mem=$(awk '/MemTotal/ { printf "%d", $2 / 1024 / 2 }' /proc/meminfo)
  # munged wants every folder up to its socket searchable by all, none
  # writable by others (so DIR and its parents: mode 755 or so).
  chmod 755 "$CLUSTER"
  mkdir -p -m 755 "$CLUSTER/munge" "$CLUSTER/state" "$CLUSTER/spool" "$CLUSTER/log"
  mungekey -c -k "$CLUSTER/munge/munge.key"
  chmod 400 "$CLUSTER/munge/munge.key"
  cat > "$CLUSTER/slurm.conf" <<EOF
ClusterName=dgtest
SlurmctldHost=$host(127.0.0.1)
SlurmctldPort=${ports[0]}
SlurmdPort=${ports[1]}
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
CredType=cred/munge
AuthInfo=socket=$CLUSTER/munge/munge.socket
StateSaveLocation=$CLUSTER/state
SlurmdSpoolDir=$CLUSTER/spool
SlurmctldPidFile=$CLUSTER/slurmctld.pid
SlurmdPidFile=$CLUSTER/slurmd.pid
SlurmctldLogFile=$CLUSTER/log/slurmctld.log
SlurmdLogFile=$CLUSTER/log/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/none
MpiDefault=none
SwitchType=switch/none
SchedulerType=sched/backfill
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
ReturnToService=2
MaxArraySize=10001
SlurmctldTimeout=30
SlurmdTimeout=30
InactiveLimit=0
KillWait=5
MinJobAge=600
NodeName=$host NodeAddr=127.0.0.1 CPUs=$cpus RealMemory=$mem State=UNKNOWN
PartitionName=debug Nodes=$host Default=YES MaxTime=INFINITE State=UP
EOF
  export SLURM_CONF=$CLUSTER/slurm.conf
  munged -F --socket="$CLUSTER/munge/munge.socket" --key-file="$CLUSTER/munge/munge.key" \
    --pid-file="$CLUSTER/munge/munged.pid" --log-file="$CLUSTER/log/munged.log" \
    --seed-file="$CLUSTER/munge/munged.seed" 2>>"$CLUSTER/log/munged.err" &
  cluster_pids+=($!)
  cluster_wait "munged" test -S "$CLUSTER/munge/munge.socket" || return 1
  slurmctld -D -i -f "$SLURM_CONF" >>"$CLUSTER/log/slurmctld.out" 2>&1 &
  cluster_pids+=($!)
  cluster_wait "slurmctld" scontrol ping || return 1
  slurmd -D -f "$SLURM_CONF" -N "$host" >>"$CLUSTER/log/slurmd.out" 2>&1 &
  cluster_pids+=($!)
  cluster_wait "slurmd (node idle)" cluster_idle || return 1
  echo "cluster: up in $CLUSTER (ports ${ports[*]}, $cpus CPUs)"
}

cluster_idle() { [ "$(sinfo -h -N -o %T 2>/dev/null)" = idle ]; }

# cluster_wait WHAT COMMAND...: up to 60 s for COMMAND to succeed.
cluster_wait() {
  local what=$1 i; shift
  local pid=${cluster_pids[${#cluster_pids[@]}-1]}
  for i in $(seq 120); do
    "$@" >/dev/null 2>&1 && return 0
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.5
  done
  echo "FAIL: $what did not come up; logs:" >&2
  tail -n 20 "$CLUSTER"/log/* >&2
  return 1
}

cluster_stop() {
  [ ${#cluster_pids[@]} -gt 0 ] || return 0
  if [ -n "${SLURM_CONF:-}" ] && scontrol ping >/dev/null 2>&1; then
    scancel --user="$(id -un)" >/dev/null 2>&1 || true
    local i
    for i in $(seq 40); do
      [ -z "$(squeue -h -o %i 2>/dev/null)" ] && break
      sleep 0.5
    done
  fi
  local pid n=${#cluster_pids[@]}
  for ((n = n - 1; n >= 0; n--)); do # slurmd, slurmctld, then munged
    pid=${cluster_pids[n]}
    kill "$pid" 2>/dev/null || continue
    for i in $(seq 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
    kill -0 "$pid" 2>/dev/null && kill -9 "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null || true
  done
  cluster_pids=()
}
