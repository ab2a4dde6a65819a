"""`recmap serve`: the browser review UI (werkzeug + Jinja2 under waitress, server-rendered, no external assets)."""
