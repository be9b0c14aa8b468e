"""Synthesize stacks in worker processes, as many at a time as there are cores.

Synth is jsii round trips: a Python process and its node take turns, so one process keeps one core
busy at most. The stacks are shared out by size (buckets) over up to one worker per core; each
worker builds one cdktf App with its share into its own scratch folder (a manifest.json each), and
the caller places the stack files and writes one manifest for all of them.

A worker's first second goes to importing cdktf and the bindings and starting its node. `Workers()`
starts one worker at once, before the caller reads the stack files, so that start overlaps the
reading and keying (most of an incremental synth, which synthesizes one stack); the worker waits
for its share on stdin, and is sent none when every stack came from the cache.

Workers run `python -O`: the generated bindings check every argument's type with typeguard under
`if __debug__` (a third of the Python time of synth); the test suite builds the same stacks with
those checks on, and the jsii kernel still checks each value against the type library. The JSON
is the same either way.

A worker says it is done by writing a byte to a pipe (file descriptor DONE_FD) once result.json
is written: the caller reads the stacks while the worker exits, which takes a quarter of a second
(jsii stops its node and removes its runtime copy); leaving the Workers block waits for the exits.

    python -O -m ossiac.synth_workers DONE_FD   < pickled (WORKDIR, list[LoadedStack])
writes WORKDIR/manifest.json, WORKDIR/stacks/<stack>/..., and WORKDIR/result.json, then a byte
to DONE_FD; exits at once on an empty stdin.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import os
import pickle
import signal
import subprocess
import sys
import threading
import traceback
from pathlib import Path
from typing import TYPE_CHECKING

from ossiac.config.problems import ConfigError, Problem
from ossiac.synth_cache import Entry

if TYPE_CHECKING:  # a type only: main.py starts a worker before it imports the loader (pydantic, the props)
    from ossiac.config.loader import LoadedStack

RESULT = "result.json"


class WorkerCrash(Exception):
    """A bug while synthesizing: `what` names the stack and its file."""

    def __init__(self, what: str, kind: str, message: str, trace: str = "") -> None:
        super().__init__(f"{kind}: {message}")
        self.what = what
        self.kind = kind
        self.message = message
        self.trace = trace


@dataclasses.dataclass
class _Worker:
    process: subprocess.Popen
    done: int
    """Read end of the pipe the worker writes a byte to when its result is written; -1 once closed."""

    def wait_done(self) -> int | None:
        """Until the worker has written its result or exited; its exit code if it exited without one."""
        try:
            signalled = os.read(self.done, 1)
        finally:
            self.close()
        return None if signalled else self.process.wait()

    def close(self) -> None:
        """Our ends of its pipes; a worker still waiting for work then reads an empty stdin and exits."""
        if self.done >= 0:
            os.close(self.done)
            self.done = -1
        if not self.process.stdin.closed:
            with contextlib.suppress(BrokenPipeError):  # it died with part of its work unread: its exit says so
                self.process.stdin.close()


class Workers:
    """Synth workers; one is started on construction. Use as a context manager: on leaving, a
    worker that got no work is stopped, and every worker's exit is waited for."""

    def __init__(self) -> None:
        self._idle: list[_Worker] = [_start()]
        self._busy: list[_Worker] = []

    def __enter__(self) -> Workers:
        return self

    def __exit__(self, *exc) -> None:
        # An unused worker is stopped with SIGTERM, which it turns into a normal exit once its imports
        # are done (see _work): killed, it would leave behind the copy of jsii's runtime its node runs from.
        for worker in self._idle:
            worker.process.terminate()
        for worker in self._idle + self._busy:  # a busy one is past its work, or was interrupted giving it
            worker.close()
            worker.process.wait()
        self._idle, self._busy = [], []

    def synthesize(self, stacks: list[LoadedStack], scratch: Path) -> dict[str, Entry]:
        """Each stack's manifest entry and files (paths under cdktf.out), synthesized in `scratch`."""
        return self.start(stacks, scratch).collect()

    def start(self, stacks: list[LoadedStack], scratch: Path) -> Batch:
        """Hand the stacks out and return at once: the caller can work while they are synthesized.
        A worker still importing reads its share only then, so the shares are written by threads."""
        workers = []
        for index, share in enumerate(_shares(stacks, _cores()) if stacks else []):
            workdir = scratch / f"worker-{index}"
            workdir.mkdir(parents=True)
            # The document (every line of the file) stays here: problems are placed by the caller.
            payload = pickle.dumps((str(workdir), [dataclasses.replace(s, document=None) for s in share]))
            worker = self._idle.pop() if self._idle else _start()
            self._busy.append(worker)
            workers.append((share, workdir, worker, payload))
        writers = [
            threading.Thread(target=_give, args=(worker, payload), daemon=True) for _, _, worker, payload in workers
        ]
        for writer in writers:
            writer.start()
        return Batch([(share, workdir, worker) for share, workdir, worker, _ in workers], writers)


@dataclasses.dataclass
class Batch:
    """Stacks handed out to workers by Workers.start."""

    workers: list[tuple[list[LoadedStack], Path, _Worker]]
    writers: list[threading.Thread]

    def collect(self) -> dict[str, Entry]:
        """Wait for the workers' results: each stack's manifest entry and files."""
        for writer in self.writers:
            writer.join()
        exits = [worker.wait_done() for _, _, worker in self.workers]
        entries: dict[str, Entry] = {}
        for (share, workdir, _), returncode in zip(self.workers, exits, strict=True):
            entries.update(_collect(share, workdir, returncode))
        return entries


def _give(worker: _Worker, payload: bytes) -> None:
    try:
        worker.process.stdin.write(payload)
        worker.process.stdin.close()
    except (BrokenPipeError, ValueError):
        pass  # the worker died at start (its exit code says so), or its pipe was closed on an interrupt


def _start() -> _Worker:
    done, done_write = os.pipe()
    try:
        process = subprocess.Popen(
            [sys.executable, "-O", "-m", "ossiac.synth_workers", str(done_write)],
            stdin=subprocess.PIPE,
            pass_fds=(done_write,),
        )
    except BaseException:
        os.close(done)
        raise
    finally:
        os.close(done_write)  # the worker holds it now: its exit ends the read with nothing
    return _Worker(process, done)


def _collect(share: list[LoadedStack], workdir: Path, returncode: int | None) -> dict[str, Entry]:
    """`returncode`: None when the worker said its result is written."""
    by_name = {s.config.name: s for s in share}
    result = _result(workdir) if returncode is None else None
    if result is None:
        names = ", ".join(repr(n) for n in by_name)
        raise WorkerCrash(
            f"the stacks {names}", "WorkerExit", f"the synth worker exited with code {returncode} and no result"
        )
    if "invalid" in result:  # a rule the loader does not know yet: still the file's fault
        stack = by_name[result["invalid"]["stack"]]
        path, line = stack.where()
        raise ConfigError([Problem(path, "; ".join(result["invalid"]["problems"]), stack.file, line)])
    if "crash" in result:
        crash = result["crash"]
        stack = by_name.get(crash["stack"])
        what = f"stack {stack.config.name!r} of {stack.file}" if stack else "the synthesized stacks"
        raise WorkerCrash(what, crash["kind"], crash["message"], crash["traceback"])
    manifest = json.loads((workdir / "manifest.json").read_text(encoding="utf-8"))
    entries = {}
    for name in by_name:
        stack_manifest = manifest["stacks"][name]
        folder = workdir / stack_manifest["workingDirectory"]
        files = {
            path.relative_to(workdir).as_posix(): path.read_text(encoding="utf-8")
            for path in sorted(folder.rglob("*"))
            if path.is_file()
        }
        entries[name] = Entry(stack_manifest, files, manifest["version"])
    return entries


def _result(workdir: Path) -> dict | None:
    try:
        return json.loads((workdir / RESULT).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


def _shares(stacks: list[LoadedStack], workers: int) -> list[list[LoadedStack]]:
    """Largest stacks first, each to the least loaded worker: shares of about equal work."""
    shares: list[list[LoadedStack]] = [[] for _ in range(min(workers, len(stacks)))]
    loads = [0] * len(shares)
    for stack in sorted(stacks, key=lambda s: -len(s.buckets)):
        least = loads.index(min(loads))
        shares[least].append(stack)
        loads[least] += len(stack.buckets) + 1
    # Keep the declared order inside each share, as one App would have synthesized them.
    order = {id(s): i for i, s in enumerate(stacks)}
    return [sorted(share, key=lambda s: order[id(s)]) for share in shares]


def _work(done: int) -> None:
    current = None
    # A stop asked for while importing waits for the imports: importing cdktf starts jsii's node, and
    # unwinding half-way through that start leaves a traceback from jsii's cleanup on the user's
    # terminal (a bad stack file is refused while this worker is still starting).
    stop_asked = []
    signal.signal(signal.SIGTERM, lambda signum, frame: stop_asked.append(signum))
    try:  # before the work arrives: this is what starting the worker early overlaps
        from ossiac.cdk import App
        from ossiac_constructs.invalid_props import InvalidPropsError
        from ossiac_stacks.storage_stack import StorageStack, synthesize as synthesize_app
    except Exception as error:  # noqa: BLE001 - reported below, once the work says where
        failed_import = error, traceback.format_exc()
    else:
        failed_import = None
    if stop_asked:
        return  # a normal exit: jsii stops its node and removes its runtime copy
    signal.signal(signal.SIGTERM, _exit_on_terminate)
    payload = sys.stdin.buffer.read()
    if not payload:
        return  # no work: every stack came from the cache, or the synth was refused
    where, stacks = pickle.loads(payload)
    workdir = Path(where)
    try:
        if failed_import:
            raise failed_import[0]
        app = App(outdir=str(workdir))
        for current in stacks:
            try:
                StorageStack(app, current)
            except InvalidPropsError as error:
                result = {"invalid": {"stack": current.config.name, "problems": error.problems}}
                break
        else:
            current = None
            synthesize_app(app)
            result = {"ok": True}
    except Exception as error:  # noqa: BLE001 - a bug: the parent names the stack in one line
        trace = failed_import[1] if failed_import else traceback.format_exc()
        result = {
            "crash": {
                "stack": current.config.name if current else None,
                "kind": type(error).__name__,
                "message": str(error),
                "traceback": trace,
            }
        }
    (workdir / RESULT).write_text(json.dumps(result), encoding="utf-8")
    os.write(done, b"1")
    os.close(done)


def _exit_on_terminate(signum, frame) -> None:
    raise SystemExit(0)  # unwinds like a normal exit: jsii stops its node and removes its runtime copy


if __name__ == "__main__":
    _work(int(sys.argv[1]))
