"""`recmap serve`: the browser review UI (stdlib WSGI + Jinja2, server-rendered, no external assets)."""
