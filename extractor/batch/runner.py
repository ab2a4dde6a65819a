"""Run a worker over every file of a folder: cached, parallel, resumable, streaming.

:func:`run_batch` is the library entry point behind ``recmap batch``. Data flow:
``plan_tasks`` (files -> :class:`Task` with content hash) -> cache hits are taken as they are
-> misses go to an :class:`concurrent.futures.Executor` a few at a time -> each result, as it
arrives, is cached and written to ``letters/`` (atomically) and only its small
:class:`LetterResult` is kept -> timelines and the index files are written at the end.

Any executor works: by default a process pool of ``workers`` processes (``workers=1`` runs
in-process, which is also easiest to debug), or pass your own, e.g. a Dask cluster's
``Client(...).get_executor()``.
"""
from __future__ import annotations

import os
import sys
import time
from concurrent.futures import FIRST_COMPLETED, Executor, Future, wait
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Iterable, Iterator, Protocol, Sequence

from ..errors import InputError, UsageError
from .cache import CACHE_DIR, ResultCache, file_sha256
from .model import Case, LetterResult, letter_json_text
from .outputs import (
    LETTERS_DIR,
    index_rows,
    letter_output_name,
    letter_ref,
    write_index_csv,
    write_index_json,
    write_letter,
)
from .timeline import NewConcern, Timeline, build_timelines, new_concerns
from .worker import Task, Worker

LOCK_FILE = ".lock"


class ProgressSink(Protocol):
    def start(self, total: int, cached: int) -> None: ...
    def advance(self, res: LetterResult) -> None: ...
    def close(self) -> None: ...


class NullProgress:
    """For ``--quiet`` and for library callers: reports nothing."""

    def start(self, total: int, cached: int) -> None:
        pass

    def advance(self, res: LetterResult) -> None:
        pass

    def close(self) -> None:
        pass


@dataclass(frozen=True)
class BatchSummary:
    """What a batch did: every file's result plus the derived timelines and new concerns."""

    outdir: Path
    results: tuple[LetterResult, ...]
    timelines: tuple[Timeline, ...]
    concerns: tuple[NewConcern, ...]
    processed: int  # files read in this run
    cached: int  # files whose result came from the cache
    seconds: float

    @property
    def failed(self) -> int:
        return sum(1 for r in self.results if not r.ok)

    @property
    def pages(self) -> int:
        return sum(r.n_pages or 0 for r in self.results)

    @property
    def set_aside(self) -> tuple[LetterResult, ...]:
        """Letters about another council than the case's, not checked against it."""
        return tuple(r for r in self.results if r.set_aside)


def plan_tasks(inputs: str | os.PathLike, outdir: str | os.PathLike) -> tuple[list[Task], list[LetterResult]]:
    """Every supported file under ``inputs`` as a :class:`Task`, plus results for files that
    could not even be hashed (unreadable). Files inside ``outdir`` are skipped, so an output
    folder placed inside the input folder is never read back as input."""
    from ..ingest import iter_input_files

    root = Path(inputs)
    if not root.exists():
        raise InputError("no such file or folder", "Check the path and spelling.", str(inputs))
    out = Path(outdir).resolve()
    base = root if root.is_dir() else root.parent
    tasks, failed = [], []
    for path in iter_input_files([root]):
        p = Path(path)
        if p.resolve().is_relative_to(out):
            continue
        rel = p.relative_to(base).as_posix()
        try:
            sha = file_sha256(p)
        except OSError as exc:
            failed.append(LetterResult(path, rel, "", error=f"{path}: cannot be read ({exc.strerror}). "
                                       "Check that the file exists and you may read it.", transient=True))
            continue
        tasks.append(Task(path, rel, sha))
    return tasks, failed


def run_batch(
    inputs: str | os.PathLike,
    outdir: str | os.PathLike,
    worker: Worker,
    *,
    version: str = "",
    case: Case | None = None,
    workers: int = 1,
    executor: Executor | None = None,
    progress: ProgressSink | None = None,
    write_html: bool = True,
) -> BatchSummary:
    """Process every supported file under ``inputs`` with ``worker`` and write OUTDIR.

    ``version`` must change whenever ``worker`` would give a different answer for the same
    bytes (settings, case, options); it is part of the cache key. Returns a summary; a
    failed file is a result with ``error`` set, never an exception.
    """
    t0 = time.perf_counter()
    out = Path(outdir)
    out.mkdir(parents=True, exist_ok=True)
    with _exclusive(out):
        _remove_partial_writes(out)
        return _run_locked(inputs, out, worker, version, case, workers, executor,
                           progress or NullProgress(), write_html, t0)


def _run_locked(inputs, out: Path, worker: Worker, version: str, case: Case | None, workers: int,
                executor: Executor | None, progress: ProgressSink, write_html: bool, t0: float) -> BatchSummary:
    cache = ResultCache(out, version)
    tasks, results = plan_tasks(inputs, out)
    todo: list[Task] = []
    n_cached = 0
    for r in results:
        write_letter(out, r, case)
    for t in tasks:
        hit = cache.get(t.sha256, t.source, t.relpath)
        if hit is None:
            todo.append(t)
            continue
        n_cached += 1
        write_letter(out, hit, case)  # cheap, and repairs an output deleted or half-written before
        results.append(hit)
    # Largest files first: the long reads start early instead of leaving one worker busy
    # with a big report at the end while the others idle.
    todo.sort(key=lambda t: -_size(t.source))
    n_unreadable = len(results) - n_cached
    own_pool = None
    if executor is None and workers > 1 and todo:
        # Start the workers before the progress bar's thread exists (see _process_pool), with
        # the worker's modules already imported so every forked process has them.
        warm = getattr(worker, "warm", None)
        if callable(warm):
            warm()
        own_pool = executor = _process_pool(workers, worker)
    progress.start(len(tasks) + n_unreadable, n_cached)
    for r in results:
        if not r.cached:
            progress.advance(r)

    def finish(res: LetterResult) -> None:
        text = letter_json_text(res, case)  # once, for both the cache entry and the output
        if not res.transient:
            cache.put(res, case, text)
        write_letter(out, res, case, text)
        results.append(res)
        progress.advance(res)

    try:
        if not todo:
            pass
        elif executor is None:
            for t in todo:
                finish(_call(worker, t))
        else:
            _run_pool(worker, todo, finish, executor, workers, own=own_pool is not None)
    finally:
        progress.close()
        if own_pool is not None:
            own_pool.shutdown(wait=True, cancel_futures=True)
    _prune_letters(out, results)
    timelines, concerns = _write_indexes(out, results, case, write_html)
    return BatchSummary(out, tuple(results), timelines, concerns, len(todo), n_cached, time.perf_counter() - t0)


def _size(path: str) -> int:
    try:
        return os.path.getsize(path)
    except OSError:
        return 0


def _write_indexes(out: Path, results: Sequence[LetterResult], case: Case | None,
                   write_html: bool) -> tuple[tuple[Timeline, ...], tuple[NewConcern, ...]]:
    """Timelines and new concerns (with a case), then index.csv, index.json and index.html.
    Letters about another council (:attr:`LetterResult.set_aside`) are in neither."""
    refs = [(r, letter_ref(r)) for r in results if not r.set_aside]
    with_case = case is not None and not case.empty
    timelines = build_timelines(case, refs) if with_case else ()
    concerns = new_concerns(refs) if with_case else ()
    rows = index_rows(results)
    write_index_csv(out, rows)
    write_index_json(out, rows, timelines, concerns, case, results)
    if write_html:
        from .html import write_batch_html

        write_batch_html(out / "index.html", results, timelines, concerns, case)
    return timelines, concerns


# File descriptors of the locks this process holds. A forked child (a pool worker) closes its
# copies at once (see _close_locks_in_child): the lock must die with the process that took it,
# not live on in a worker that outlives it.
_LOCK_FDS: set[int] = set()


def _close_locks_in_child() -> None:
    for fd in list(_LOCK_FDS):
        try:
            os.close(fd)  # drops this process's reference; the parent's lock is untouched
        except OSError:
            pass
    _LOCK_FDS.clear()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_close_locks_in_child)


@contextmanager
def _exclusive(out: Path) -> Iterator[None]:
    """Hold ``OUTDIR/.lock`` for the run: two batches writing one folder would clobber each
    other's files. The OS drops the lock when the process dies, even by ``kill -9``; forked
    workers do not inherit it, and die with the run (:func:`_init_worker`), so a restart after
    any kill is accepted at once. The file names the holder's PID for the refusal message."""
    try:
        import fcntl
    except ImportError:  # not on Unix: no locking, as before
        yield
        return
    with open(out / LOCK_FILE, "a+") as fh:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            fh.seek(0)
            holder = fh.read(32).strip()
            who = f" (process {holder})" if holder.isdigit() else ""
            raise UsageError(f"another recmap batch{who} is writing to {out}",
                             "Wait for it to finish, or give this run another -o folder.") from None
        _LOCK_FDS.add(fh.fileno())
        try:
            fh.seek(0)
            fh.truncate()
            fh.write(f"{os.getpid()}\n")
            fh.flush()
            yield
        finally:
            _LOCK_FDS.discard(fh.fileno())
            fh.truncate(0)
            fcntl.flock(fh, fcntl.LOCK_UN)


def _remove_partial_writes(out: Path) -> None:
    """Delete temporary files a killed run left behind (``write_atomic`` writes ``.NAME.xxxx``
    then renames; a kill between the two leaves the temporary file). Safe under the lock."""
    for folder in (out / LETTERS_DIR, out / CACHE_DIR):
        if folder.is_dir():
            for p in folder.iterdir():
                if p.name.startswith(".") and p.is_file():
                    p.unlink(missing_ok=True)
    for name in ("index.csv", "index.json", "index.html"):
        for p in out.glob(f".{name}.*"):
            p.unlink(missing_ok=True)


def _prune_letters(out: Path, results: Sequence[LetterResult]) -> None:
    """Remove per-letter outputs of files no longer in the input (renamed or deleted since an
    earlier run), so ``letters/`` holds exactly one JSON per current file."""
    keep = {letter_output_name(r.relpath) for r in results}
    for p in (out / LETTERS_DIR).glob("*.json"):
        if p.name not in keep:
            p.unlink(missing_ok=True)


# The worker of a process of our own pool: installed once per process when the pool starts,
# so a task sends only its small Task, not the worker with its whole case every time.
_INSTALLED: Worker | None = None


def _install(worker: Worker, parent: int | None = None) -> None:
    global _INSTALLED
    if parent is not None:
        _die_with(parent)
    _INSTALLED = worker


def _die_with(parent: int) -> None:
    """End this worker process when ``parent`` (the batch) dies, however it dies: a worker
    left behind would go on holding memory and CPU for a run nobody is waiting for.

    On Linux the kernel sends SIGKILL at the parent's death (PR_SET_PDEATHSIG); elsewhere a
    daemon thread notices the worker has been re-parented."""
    import signal

    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        if sys.platform.startswith("linux") and libc.prctl(1, int(signal.SIGKILL), 0, 0, 0) == 0:  # PR_SET_PDEATHSIG
            if os.getppid() != parent:  # it died before the request took effect
                os._exit(1)
            return
    except Exception:  # no libc to load (Windows) or no prctl (macOS): watch instead
        pass
    import threading

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, name="recmap-parent-watch", daemon=True).start()


def _call_installed(task: Task) -> LetterResult:
    assert _INSTALLED is not None, "the pool was started without a worker"
    return _call(_INSTALLED, task)


def _submit(pool: Executor, worker: Worker, task: Task, own: bool) -> Future:
    return pool.submit(_call_installed, task) if own else pool.submit(_call, worker, task)


def _call(worker: Worker, task: Task) -> LetterResult:
    try:
        return worker(task)
    except Exception as exc:  # a worker must not stop the batch; record and go on
        return LetterResult(task.source, task.relpath, task.sha256, transient=True,
                            error=f"{task.source}: internal error ({type(exc).__name__}: {exc}). "
                                  "This is a bug in recmap; please report it with the file.")


def _run_pool(worker: Worker, todo: Sequence[Task], finish, executor: Executor, workers: int, own: bool) -> None:
    """Submit tasks a window at a time (memory stays flat however many files there are).

    With our own process pool, a worker process that dies (a reader crashing on a hostile
    file) breaks the pool and every task in flight with it. The pool is rebuilt and those
    tasks are re-run one at a time: a task that breaks the pool when running alone is the
    culprit and is recorded as failed; the innocent ones complete normally.
    """
    pool = executor
    window = max(2, 2 * (workers if own else getattr(pool, "_max_workers", workers) or 2))
    queue = list(reversed(todo))
    suspects: list[Task] = []
    inflight: dict[Future, Task] = {}
    try:
        while queue or suspects or inflight:
            if suspects and not inflight:
                t = suspects.pop()
                try:
                    finish(_submit(pool, worker, t, own).result())
                except BrokenProcessPool:
                    finish(_crashed(t))
                    pool = _rebuild(pool, workers, worker)
                except Exception as exc:  # the executor failed this task (e.g. pickling)
                    finish(_executor_error(t, exc))
                continue
            broken = False
            while queue and not suspects and len(inflight) < window:
                t = queue.pop()
                try:
                    inflight[_submit(pool, worker, t, own)] = t
                except BrokenProcessPool:  # a worker died since the last check
                    queue.append(t)
                    broken = True
                    break
            done = set()
            if inflight and not broken:
                done, _ = wait(list(inflight), return_when=FIRST_COMPLETED)
            for fut in done:
                t = inflight.pop(fut)
                try:
                    finish(fut.result())
                except BrokenProcessPool:
                    broken = True
                    suspects.append(t)
                except Exception as exc:
                    finish(_executor_error(t, exc))
            if broken:
                if not own:
                    raise RuntimeError("a worker process of the executor died; re-run the batch to resume")
                for fut, t in inflight.items():  # keep what finished before the break
                    if fut.done() and not fut.cancelled() and fut.exception() is None:
                        finish(fut.result())
                    else:
                        suspects.append(t)
                inflight.clear()
                pool = _rebuild(pool, workers, worker)
    finally:
        if own and pool is not executor:  # a rebuilt pool; the first one is shut down by the caller
            pool.shutdown(wait=True, cancel_futures=True)


def _crashed(t: Task) -> LetterResult:
    return LetterResult(t.source, t.relpath, t.sha256, transient=True,
                        error=f"{t.source}: the reader crashed on this file. The file may be damaged; "
                              "open and re-save it, or export it again.")


def _executor_error(t: Task, exc: Exception) -> LetterResult:
    return LetterResult(t.source, t.relpath, t.sha256, transient=True,
                        error=f"{t.source}: could not be processed ({type(exc).__name__}: {exc}).")


def _process_pool(workers: int, worker: Worker) -> Executor:
    """A started process pool whose processes each hold ``worker`` (see :func:`_call_installed`).

    On Linux workers are forked: no re-import of the caller's main module (a library caller's
    script needs no ``if __name__ == "__main__"`` guard) and no per-worker start-up cost.
    Forking a process that runs threads can deadlock the child, so the pool is started here,
    before the progress bar starts its refresh thread: with "fork", submitting once launches
    every worker. Elsewhere (macOS, Windows) the platform default is used.
    """
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    import gc

    ctx = multiprocessing.get_context("fork" if sys.platform.startswith("linux") else None)
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=_install,
                               initargs=(worker, os.getpid()))
    # Frozen objects are skipped by the children's garbage collector, so it does not write to
    # (and so copy) every inherited page of the parent's modules.
    gc.freeze()
    try:
        pool.submit(os.getpid).result()
    finally:
        gc.unfreeze()
    return pool


def _rebuild(pool: Executor, workers: int, worker: Worker) -> Executor:
    pool.shutdown(wait=False, cancel_futures=True)
    return _process_pool(workers, worker)


def rich_progress(quiet: bool = False, label: str = "letters") -> ProgressSink:
    """A rich progress bar on stderr (counts, failures, ETA), or nothing when ``quiet``;
    ``label`` names what is counted."""
    if quiet:
        return NullProgress()
    return _RichProgress(label)


class _RichProgress:
    def __init__(self, label: str = "letters") -> None:
        self._label = label
        self._bar = None
        self._task = None
        self._failed = 0
        self._cached = 0

    def start(self, total: int, cached: int) -> None:
        from rich.console import Console
        from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TextColumn,
                                   TimeElapsedColumn, TimeRemainingColumn)

        self._cached = cached
        self._bar = Progress(
            TextColumn(f"[bold]{self._label}"), BarColumn(), MofNCompleteColumn(),
            TextColumn("{task.fields[note]}"), TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(),
            console=Console(file=sys.stderr), transient=False,
        )
        self._bar.start()
        self._task = self._bar.add_task("batch", total=total, completed=cached, note=self._note())

    def _note(self) -> str:
        return f"{self._cached} cached, {self._failed} failed"

    def advance(self, res: LetterResult) -> None:
        if not res.ok:
            self._failed += 1
        if self._bar is not None:
            self._bar.update(self._task, advance=1, note=self._note())

    def close(self) -> None:
        if self._bar is not None:
            self._bar.stop()
            self._bar = None


def summary_line(s: BatchSummary) -> str:
    """One line for stderr after a batch."""
    aside = f", {len(s.set_aside)} about another council (not linked)" if s.set_aside else ""
    return (f"{len(s.results)} files ({s.processed} read, {s.cached} from cache), {s.failed} failed{aside}, "
            f"{sum(len(r.findings) for r in s.results)} findings, {len(s.concerns)} new concerns; "
            f"wrote {s.outdir}/index.html, index.csv and letters/ in {s.seconds:.1f} s")


def iter_failed(results: Iterable[LetterResult]) -> Iterable[LetterResult]:
    return (r for r in results if not r.ok)
