"""Renderers: JSON documents of the INTERFACE, terminal tables, CSV, HTML, Excel."""
