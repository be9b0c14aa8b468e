"""Website pages named in stack files (`index_file`, `error_file`): read only from inside the stack
file's repository, and only as UTF-8. A page is uploaded as an object, on a bucket that is often
public, so a path that leaves the repository (`../../etc/passwd`, or a symlink pointing out) would
publish whatever the machine running the synth can read."""

from __future__ import annotations

from pathlib import Path

MAX_PAGE_BYTES = 256 * 1024  # website pages are uploaded inline in the Terraform JSON


def repository_root(file: Path) -> Path:
    """The nearest folder above the stack file holding `.git`; the stack file's own folder if none."""
    folder = file.resolve().parent
    for candidate in (folder, *folder.parents):
        if (candidate / ".git").exists():
            return candidate
    return folder


def read_page(stack_file: Path, relative: str) -> tuple[str | None, str | None]:
    """(content, None) or (None, what is wrong) for a page path given relative to the stack file."""
    root = repository_root(stack_file)
    if any(ord(c) < 32 for c in relative):
        return None, "the path holds a control character; allowed: a path relative to the stack file"
    if Path(relative).is_absolute():
        return None, f"{relative!r} is an absolute path; allowed: a path relative to the stack file, inside {root}"
    path = (stack_file.resolve().parent / relative).resolve()  # symlinks resolved: their target counts
    if not path.is_relative_to(root):
        return None, f"{relative!r} resolves to {path}, outside the repository {root}; allowed: files inside it"
    try:
        content = path.read_bytes()
    except (OSError, ValueError) as error:  # ValueError: e.g. a NUL character in the path
        reason = error.strerror if isinstance(error, OSError) and error.strerror else error
        return None, f"cannot read {path}: {reason}"
    if len(content) > MAX_PAGE_BYTES:
        return None, f"{path} is larger than {MAX_PAGE_BYTES} bytes; allowed: at most {MAX_PAGE_BYTES}"
    try:
        return content.decode("utf-8"), None
    except UnicodeDecodeError as error:
        return None, f"{path} is not UTF-8 ({encoding_problem(content, error)}); allowed: UTF-8 text (save it as UTF-8)"


def encoding_problem(content: bytes, error: UnicodeDecodeError) -> str:
    """Where the first bad byte is, as a line and byte offset, and what it is."""
    line = content.count(b"\n", 0, error.start) + 1
    return f"byte 0x{content[error.start]:02x} at line {line}, offset {error.start}: {error.reason}"
