"""Batch processing of Ofsted letters: findings, links to a case, timelines, new concerns.

Command line::

    recmap batch LETTERS/ -o OUT/                                  # findings + recommendations per letter
    recmap batch LETTERS/ -o OUT/ --report REPORT.pdf --plan PLAN.docx   # ... checked against a case
    recmap batch LETTERS/ -o OUT/ --db recmap.db                   # ... against a reviewed case
    recmap batch LETTERS/ -o OUT/ --db recmap.db --other-councils include   # ... other councils' letters too
    recmap batch LETTERS/ -o OUT/ --workers 4 --quiet

Outputs (all written atomically): ``OUT/letters/<relative path>.json`` per input file,
``OUT/index.csv`` (file, date, kind, council, findings, concerns, strengths, mixed, new_concerns,
recommendations, pages, output, error, other_council), ``OUT/index.json`` (the same plus
timelines, new concerns, the case's council and the letters about other councils) and
``OUT/index.html`` (self-contained report). With a case, a letter naming another council than
the case's (:mod:`.councils`) is listed apart and not linked; ``--other-councils include`` links
it anyway. ``OUT/.cache`` holds one result per
file content; a second run, or a run after a crash or ``kill -9``, reads only what is not
there yet. A file that cannot be read is listed with its error; the exit status is then 1.

Library::

    from extractor.batch.runner import run_batch
    from extractor.batch.worker import LetterWorker
    from extractor.batch.case import load_case

    case = load_case(["report.pdf"], "plan.docx")
    worker = LetterWorker(case=case)
    summary = run_batch("letters/", "out/", worker, version=worker.version_key(), case=case, workers=2)

``run_batch`` takes any :class:`concurrent.futures.Executor` as ``executor=``. On a Dask
cluster (``pip install 'recmap[dask]'``)::

    from distributed import Client
    with Client("tcp://scheduler:8786") as client:
        run_batch("letters/", "out/", worker, version=worker.version_key(), executor=client.get_executor())

(the workers need recmap installed and the letters' paths readable.)

Modules: :mod:`.model` (dataclasses, JSON form), :mod:`.worker` (one file), :mod:`.match`
(finding -> recommendation/action scores), :mod:`.councils` (letters about another council),
:mod:`.concerns` (findings that are context, not concerns), :mod:`.cache`, :mod:`.runner`, :mod:`.timeline`,
:mod:`.outputs`, :mod:`.html` (``index.html``), :mod:`.dates`, :mod:`.case`, :mod:`.commands`
(the CLI verb). Import-light on purpose: the CLI imports this package at start-up.
"""
