"""recmap: check that an improvement plan answers every Ofsted recommendation.

Stages, data flowing one way: ``ingest`` (files -> :class:`~extractor.document.Document`)
-> ``extract`` (recommendations, findings, actions, leads, dates) -> ``link`` (scored
action-recommendation pairs) -> ``coverage`` -> ``store`` (review decisions) -> ``report``.
Nothing heavy is imported here, so ``import extractor`` stays fast.
"""

__version__ = "0.1.0"
