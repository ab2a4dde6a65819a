"""The trained linker (``linker.json``) and the batch's finding matcher (``finding_matcher.json``),
with their model cards, installed as ``extractor.models``.

The folder stays at the top of the source tree; ``setup.py`` maps it into the package so a
normal (non-editable) install carries the model. ``extractor.link.model.load_model`` reads it
with ``importlib.resources``.
"""
