"""Batch processing of Ofsted letters: findings, links to a case, timelines, new concerns.

Library entry point: :func:`run_batch` (see :mod:`.runner`); the CLI verb lives in
:mod:`.commands`. Import-light on purpose: the CLI imports this package at start-up.
"""
