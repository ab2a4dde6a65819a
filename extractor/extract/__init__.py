"""Extraction stages: recommendations (with evidence), findings, actions, leads and dates."""
