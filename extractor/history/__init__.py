"""A council's recommendation history and the national picture.

Command line::

    recmap history REPORTS/ LETTERS/ --db history.sqlite           # read (re-runs: new files only)
    recmap history REPORTS/ --db history.sqlite --json              # ... and print it as JSON
    recmap history --db history.sqlite --html pages/                # a page per council, a national page
    datasette history.sqlite --metadata history.metadata.json       # browse it (pip install 'recmap[history]')
    recmap check --report R --plan P --history history.sqlite       # mark recommendations asked before

Modules: :mod:`.model` (documents, items, repeats), :mod:`.worker` (one file, for the batch
runner), :mod:`.themes` (items' themes from the lexicon), :mod:`.repeats` (later items that ask
what earlier ones asked), :mod:`.db` (the SQLite file), :mod:`.build` (a run: folders -> runner ->
database), :mod:`.export` (JSON), :mod:`.metadata` (Datasette), :mod:`.html` (pages),
:mod:`.commands` (the CLI verb). Import-light on purpose: the CLI imports this package at start-up.
"""
