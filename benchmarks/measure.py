"""Measure one whole process: wall and CPU time, peak RSS, and the time and peak RSS of each stage it logs.

``storyline analyze`` logs ``stage NAME: start`` / ``done`` lines at INFO level
(``STORYLINE_LOG_LEVEL=INFO``). The parent reads the child's stderr as it
comes, stamps each stage line on arrival and reads the child's peak RSS so far
(``VmHWM`` in ``/proc/PID/status``) at that moment; at the end ``os.wait4``
gives the whole process's CPU time and peak RSS. Each stage's CPU time is read
the same way, from ``/proc/PID/stat`` at its lines: the process's own time, its
waited-for children's (a worker pool that has ended) and its live children's,
so CPU per stage is known even when other jobs inflate the wall times. Nothing
is timed inside the measured process, so it runs exactly what a user runs.
"""

from __future__ import annotations

import os
import re
import subprocess
import threading
import time
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path

_STAGE = re.compile(r"stage (\w+): (start|done|nothing new)")


@dataclass
class Measured:
    """One process run. ``stages``: name -> (seconds from its start line to the next stage line, peak MB)."""

    wall_s: float
    cpu_s: float
    peak_mb: float
    returncode: int
    stages: dict[str, tuple[float, float]] = field(default_factory=dict)
    tail: str = ""
    stage_cpu: dict[str, float] = field(default_factory=dict)  # name -> CPU seconds of the process tree
    child_cpu: list[float] = field(default_factory=list)  # CPU seconds of each child process (workers), sampled

    def as_dict(self) -> dict[str, object]:
        return {"wall_s": self.wall_s, "cpu_s": self.cpu_s, "peak_mb": self.peak_mb,
                "stages": {k: {"s": s, "peak_mb": m, "cpu_s": self.stage_cpu.get(k, 0.0)}
                           for k, (s, m) in self.stages.items()},
                "child_cpu_s": self.child_cpu}


def _hwm_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


_TICK = os.sysconf("SC_CLK_TCK")


def _children(pid: int) -> list[int]:
    """Live child processes of ``pid`` (any of its threads may have started them)."""
    try:
        return [int(c) for t in Path(f"/proc/{pid}/task").iterdir() for c in (t / "children").read_text().split()]
    except OSError:
        return []


def tree_cpu_s(pid: int) -> float:
    """CPU seconds of ``pid``, its waited-for children and its live descendants (0 for a gone process)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    own = sum(int(x) for x in fields[11:15]) / _TICK  # utime stime cutime cstime
    return own + _live_descendants_cpu_s(pid)


def _live_descendants_cpu_s(pid: int) -> float:
    return sum(tree_cpu_s(c) for c in _children(pid))


def _own_cpu_s(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return sum(int(x) for x in fields[11:13]) / _TICK  # utime stime


def _sample_children(pid: int, seen: dict[int, float], stop: threading.Event) -> None:
    """Keep the latest CPU time of every descendant of ``pid`` until ``stop`` (a worker's last quarter
    second is lost: the figure is a lower bound, close for workers that run for minutes)."""
    while not stop.wait(0.25):
        seen.update(_descendants_cpu(pid))


def _descendants_cpu(pid: int) -> dict[int, float]:
    out: dict[int, float] = {}
    for k in _children(pid):
        try:
            out[k] = _own_cpu_s(k)
        except OSError:
            continue
        out.update(_descendants_cpu(k))
    return out


def run(cmd: list[str], env: dict[str, str] | None = None) -> Measured:
    """Run ``cmd`` to the end and measure it (see the module docstring)."""
    env = {**os.environ, **(env or {}), "STORYLINE_LOG_LEVEL": "INFO", "PYTHONUNBUFFERED": "1"}
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env)
    marks: list[tuple[str, float, float, float]] = []  # (stage, seconds since start, peak MB, CPU s so far)
    live = 0.0  # CPU of the live descendants at the last stage line (a fork server is never waited for)
    tail: list[str] = []
    assert proc.stderr is not None
    children: dict[int, float] = {}
    stop = threading.Event()
    sampler = threading.Thread(target=_sample_children, args=(proc.pid, children, stop), daemon=True)
    sampler.start()
    for line in proc.stderr:
        tail = [*tail[-40:], line]
        m = _STAGE.search(line)
        if m:
            live = _live_descendants_cpu_s(proc.pid)
            marks.append((m.group(1) if m.group(2) == "start" else "", time.perf_counter() - t0, _hwm_mb(proc.pid),
                          tree_cpu_s(proc.pid)))
    _, status, usage = os.wait4(proc.pid, 0)
    stop.set()
    sampler.join()
    wall = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)
    # the process and the children it waited for, plus those it never waits for (multiprocessing's fork
    # server, whose own time includes the workers it reaped), as of the last stage line
    cpu = usage.ru_utime + usage.ru_stime + live
    marks.append(("", wall, usage.ru_maxrss / 1024, cpu))
    stages: dict[str, tuple[float, float]] = {"startup": (marks[0][1], marks[0][2])} if len(marks) > 1 else {}
    stage_cpu = {"startup": marks[0][3]} if len(marks) > 1 else {}
    for (name, t, _, c), (_, t_next, peak_next, c_next) in pairwise(marks):
        if name:
            s, p = stages.get(name, (0.0, 0.0))
            stages[name] = (s + t_next - t, max(p, peak_next))
            stage_cpu[name] = stage_cpu.get(name, 0.0) + c_next - c
    return Measured(wall, cpu, usage.ru_maxrss / 1024, proc.returncode, stages, "".join(tail), stage_cpu,
                    sorted(children.values(), reverse=True))
