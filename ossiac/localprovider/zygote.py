"""Warm provider starts: one process per ossiac command (or per Terraform command run by itself)
imports the provider once, and each provider process Terraform starts is forked from it instead of
importing everything afresh.

Why: Terraform starts the provider anew for schemas, for validate and for the plan (once per
provider configuration, so a stack with aliased regions starts more), and each start spent about
0.24 s of CPU importing gRPC, the provider and its checks: about 40% of the provider's CPU in a
no-op plan. An `ossiac diff` of ten stacks runs ten plans and a `show` per changed stack; one warm
process serves them all. Terraform's TF_REATTACH_PROVIDERS would share one process between all of a
stack's provider configurations, but the protocol carries no configuration ID and the stand-in keeps
each configuration's region per process, so each start still gets its own process here.

  zygote   `python -m ossiac.localprovider.zygote`: it listens on a socket in a 0700 folder of ours,
           imports the provider, and forks a server per connection. Two kinds:
           - a command's: `ossiac diff`, `drift` and `deploy` start one for all their Terraform runs
             (`warm_provider` in ossiac/targets/terraform_process.py), with `--command TOKEN`, and
             give their Terraform runs TOKEN in $OSSIAC_PROVIDER_ZYGOTE: the command's process ID and
             32 random hex digits, which name the socket;
           - a Terraform run's: the venv's `terraform` run by itself (a user, cdktf) starts one for
             each plan, apply, destroy, refresh or import, named by the run ID and its own process.
           It ends when its stdin closes: its parent (the command, or the Terraform process) closes it
           when done, and the kernel closes it when the parent dies, so it never outlives its parent;
           its forks still serving then are ended (at once when the parent died).
  relay    the process Terraform starts (the mirror's launcher runs `python -m ossiac.localprovider`):
           with $OSSIAC_PROVIDER_ZYGOTE it uses its command's zygote only if that command is one of
           its ancestors and the kernel says the socket's listener is a child of that command (a
           relay whose command is gone, its Terraform orphaned by a kill, refuses to start at all);
           otherwise the zygote named by the run ID ($OSSIAC_RUN_ID) and its parent (the process
           Terraform runs in), verified the same way. It hands the zygote its stdin, stdout and
           stderr, its environment and folder, and stays until the forked server ends; with no
           zygote to reach or none it can verify it starts the provider itself, as before.
  server   the fork: it takes the relay's descriptors, environment and folder, then builds the
           provider (which opens the local cloud's store then, never before the fork: nothing of the
           store is loaded in the zygote) and serves on the relay's stdout. It exits when the relay
           goes (Terraform killed it, or died), and the relay exits when the server does or its own
           parent goes.
"""

from __future__ import annotations

import json
import os
import re
import select
import signal
import socket
import struct
import sys
import tempfile
from pathlib import Path

RUN_ENV = "OSSIAC_RUN_ID"  # = ossiac.localcloud.pending.RUN_ENV, not imported: the relay imports nothing heavy
COMMAND_ENV = "OSSIAC_PROVIDER_ZYGOTE"  # set by an ossiac command for its Terraform runs: its zygote's token
_RUN_ID = re.compile(r"[0-9a-f]{8,64}")
_TOKEN = re.compile(r"([1-9][0-9]{0,9})-[0-9a-f]{32}")  # the command's process ID, then 128 random bits
_HEADER = struct.Struct("!I")
_MAX_MESSAGE = 1 << 20


def socket_path(run_id: str | None, terraform_pid: int) -> Path | None:
    """Where the Terraform process `terraform_pid` running the command `run_id` has its zygote; None for
    an ID we did not make. The process is part of the name: Terraform runs given one run ID each have
    their own zygote, which ends with them."""
    if not run_id or not _RUN_ID.fullmatch(run_id):
        return None
    return _short(_folder() / f"{run_id}-{terraform_pid}.sock")


def command_socket(token: str | None) -> tuple[Path, int] | None:
    """Where the ossiac command that made `token` has its zygote, and that command's process ID; None
    for a token it did not make."""
    match = _TOKEN.fullmatch(token or "")
    if match is None:
        return None
    path = _short(_folder() / f"command-{token}.sock")
    return (path, int(match[1])) if path is not None else None


def new_token() -> str:
    """A token for this process's command zygote (the caller starts it, see `command_socket`)."""
    import secrets

    return f"{os.getpid()}-{secrets.token_hex(16)}"


def _folder() -> Path:
    return Path(tempfile.gettempdir()) / f"ossiac-zygote-{os.getuid()}"


def _short(path: Path) -> Path | None:
    return path if len(os.fsencode(path)) < 100 else None  # unix socket paths are short (108 bytes)


def _private_folder(folder: Path) -> bool:
    """Ours and closed to others: a socket there was made by one of our own processes."""
    try:
        info = folder.lstat()
    except OSError:
        return False
    return info.st_uid == os.getuid() and info.st_mode & 0o777 == 0o700 and not folder.is_symlink()


# --- relay (in the process Terraform starts) ------------------------------------------------------


def relay() -> bool:
    """Have our command's zygote serve in our place; False (nothing done) when there is none we can
    verify. SystemExit when the ossiac command that ran our Terraform is gone: serve nothing then."""
    token = os.environ.get(COMMAND_ENV)
    if token is not None:
        found = command_socket(token)
        ancestors = _ancestors()
        if found is None or ancestors is None:
            return False  # not a token ossiac makes, or no way to check it here: start the provider here
        path, command = found
        if command not in ancestors:
            # our Terraform outlived its command (killed): it must end too, not go on with a provider
            print(
                f"ossiac provider: the ossiac command (process {command}, named in ${COMMAND_ENV}) that ran "
                "this Terraform has ended; not starting the provider",
                file=sys.stderr,
            )
            raise SystemExit(1)
        return _relay(path, command)
    parent = os.getppid()  # Terraform runs in the process that started us, and started its zygote
    run_socket = socket_path(os.environ.get(RUN_ENV), parent)
    return run_socket is not None and _relay(run_socket, parent)


def _relay(path: Path, owner: int) -> bool:
    """Hand our descriptors to the zygote listening at `path` if it is a child of process `owner`."""
    if not _private_folder(path.parent):
        return False
    conn = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        conn.connect(str(path))
        if not _listener_is_child_of(conn, owner):
            conn.close()
            return False  # a socket we cannot tie to our command: never hand it our descriptors
        message = json.dumps({"env": dict(os.environ), "cwd": os.getcwd()}).encode()
        socket.send_fds(conn, [_HEADER.pack(len(message)) + message], [0, 1, 2])
    except OSError:
        conn.close()
        return False  # no zygote (any more): start the provider here
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # as the provider does: Terraform sends Stop instead
    parent = os.getppid()
    while True:  # until the server ends (EOF), or Terraform is gone
        ready, _, _ = select.select([conn], [], [], 0.5)
        if ready:
            try:
                if not conn.recv(1):
                    break
            except OSError:
                break
        elif os.getppid() != parent:
            break
    conn.close()
    return True


def _listener_is_child_of(conn: socket.socket, owner: int) -> bool:
    """The kernel's word on who listens at the other end (SO_PEERCRED: the process that called listen,
    i.e. the zygote): ours, and a child of `owner`. Where the kernel cannot say, the private folder
    and the name are all there is (as on systems without SO_PEERCRED)."""
    if not hasattr(socket, "SO_PEERCRED"):
        return True
    pid, uid, _ = struct.unpack("3i", conn.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, struct.calcsize("3i")))
    return uid == os.getuid() and _parent_of(pid) == owner


def _parent_of(pid: int) -> int | None:
    try:
        with open(f"/proc/{pid}/stat", "rb") as stat:
            return int(stat.read().rsplit(b")", 1)[1].split()[1])  # after the name, which may hold spaces
    except (OSError, IndexError, ValueError):
        return None


def _ancestors() -> set[int] | None:
    """The process IDs above ours (from /proc), or None where there is no /proc to read."""
    if not os.path.exists("/proc/self/stat"):
        return None
    found: set[int] = set()
    pid = _parent_of(os.getpid())
    while pid and pid not in found:  # up to init (whose parent is 0), or a process gone meanwhile (None)
        found.add(pid)
        pid = _parent_of(pid)
    return found


# --- zygote ----------------------------------------------------------------------------------------


def _receive(conn: socket.socket) -> tuple[dict, list[int]]:
    data, fds, _, _ = socket.recv_fds(conn, 65536, 3)
    if len(data) < _HEADER.size:
        raise ValueError("short message")
    (length,) = _HEADER.unpack_from(data)
    if length > _MAX_MESSAGE:
        raise ValueError("message too long")
    body = data[_HEADER.size :]
    while len(body) < length:
        chunk = conn.recv(length - len(body))
        if not chunk:
            raise ValueError("truncated message")
        body += chunk
    return json.loads(body), fds


def _serve_fork(listener: socket.socket, conn: socket.socket, request: dict, fds: list[int]) -> None:
    """In the forked child: become the provider process the relay stands for."""
    listener.close()
    os.close(0)  # the zygote's stdin: its parent's end, not ours to hold open
    for target, fd in enumerate(fds):
        os.dup2(fd, target)
        os.close(fd)
    os.environ.clear()
    os.environ.update(request["env"])
    os.chdir(request["cwd"])
    sys.stdout = os.fdopen(1, "w", closefd=False)
    sys.stderr = os.fdopen(2, "w", closefd=False)

    import threading

    def watch_relay() -> None:  # the relay gone (killed by Terraform, or orphaned): so are we
        try:
            while conn.recv(1):
                pass
        except OSError:
            pass
        os._exit(1)

    threading.Thread(target=watch_relay, daemon=True).start()
    from ossiac.localprovider.provider import main

    main()  # ends the process (os._exit) when Terraform shuts the provider down


def serve_zygote(path: Path) -> int:
    """Serve relays at `path` until our stdin closes (see the module docstring)."""
    parent = os.getppid()
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the whole group; our parent ends us
    path.parent.mkdir(mode=0o700, exist_ok=True)
    if not _private_folder(path.parent):
        print(f"zygote: {path.parent} is not a private folder of ours; not serving", file=sys.stderr)
        return 1
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    if path.exists() and not _listening(path):
        path.unlink()  # left by a zygote killed before it could remove it (its process ID is reused)
    try:
        listener.bind(str(path))  # before the imports: a relay that comes early waits in the backlog
    except OSError as error:
        print(f"zygote: cannot listen on {path} ({error.strerror}); providers start cold", file=sys.stderr)
        listener.close()
        return 1
    try:
        listener.listen(64)
        # what every provider start imports, once (nothing opened: the store is opened after each fork)
        import cryptography.x509  # noqa: F401 - the TLS certificate each server makes
        import grpc  # noqa: F401

        import ossiac.localprovider.provider  # noqa: F401
        import ossiac.localprovider.server  # noqa: F401
        from ossiac.localprovider import cty, schema

        # the pinned schema and facts (files, the same for every fork), its GetSchema answer and the
        # value converters of its types: built once here, not in each of a plan's three forks (0.02 s each)
        loaded = schema.load()
        loaded.response  # noqa: B018 - a cached property: built here, inherited by every fork
        for kind in (*loaded.resources.values(), *loaded.data_sources.values()):
            cty.prepare(kind.ty)
        cty.prepare(loaded.provider_ty)

        children: set[int] = set()
        while True:
            ready, _, _ = select.select([listener, sys.stdin], [], [], 1.0)
            children -= _reaped(children)
            if sys.stdin in ready and not os.read(sys.stdin.fileno(), 1):
                break  # our parent closed the pipe, or died
            if listener in ready:
                conn, _ = listener.accept()
                if not _ours(conn):
                    conn.close()
                    continue
                try:
                    request, fds = _receive(conn)
                except (OSError, ValueError) as error:
                    print(f"zygote: a relay's request was unreadable ({error})", file=sys.stderr)
                    conn.close()
                    continue
                pid = os.fork()
                if pid == 0:
                    try:
                        _serve_fork(listener, conn, request, fds)
                    finally:
                        os._exit(70)
                for fd in fds:
                    os.close(fd)
                conn.close()
                children.add(pid)
    finally:
        listener.close()
        path.unlink(missing_ok=True)
    # Done: Terraform has shut its providers down by now (reap them, and their CPU, for up to 3 s; one
    # still serving after that is ended, never left). Killed: our parent is gone (we are re-parented),
    # its Terraform runs may live on as orphans, and their servers are ended at once.
    import time

    deadline = time.monotonic() + 3.0
    while children and time.monotonic() < deadline and os.getppid() == parent:
        children -= _reaped(children)
        time.sleep(0.02)
    for pid in children:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
    return 0


def _ours(conn: socket.socket) -> bool:
    """A relay of our own user (the folder's mode already keeps others out; the kernel confirms it)."""
    if not hasattr(socket, "SO_PEERCRED"):
        return True
    _, uid, _ = struct.unpack("3i", conn.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, struct.calcsize("3i")))
    return uid == os.getuid()


def _listening(path: Path) -> bool:
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as probe:
        try:
            probe.connect(str(path))
        except OSError:
            return False
    return True


def _reaped(children: set[int]) -> set[int]:
    done = set()
    for pid in children:
        try:
            if os.waitpid(pid, os.WNOHANG)[0]:
                done.add(pid)
        except ChildProcessError:
            done.add(pid)
    return done


def main(argv: list[str]) -> int:
    """`--command TOKEN`: run by an ossiac command for all its Terraform runs, TOKEN naming it; no
    arguments: run by the process Terraform runs in, for that run (ossiac/targets/terraform_process.py)."""
    if argv[:1] == ["--command"]:
        found = command_socket(argv[1] if len(argv) == 2 else None)
        if found is None or found[1] != os.getppid():
            print(
                f"zygote: {argv[1:]} is not a token of the process that started this one; not serving", file=sys.stderr
            )
            return 2
        return serve_zygote(found[0])
    path = socket_path(os.environ.get(RUN_ENV), os.getppid())
    return serve_zygote(path) if path is not None else 0  # no run ID of ours: providers start cold


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
