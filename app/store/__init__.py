"""The library file: every SQL statement Lede runs is in this package.

`connection` opens a file (and migrates it, see `schema`) or a read-only connection for a
worker; `rows` reads articles, `article_writes` writes them, `tags` and `feeds` keep theirs,
`list_sql` turns a list query into SQL, and `summary_cache` is the one place a summary is
looked up, made when missing, and stored. `app.library.Library` is the facade the rest of
the program uses; workers with their own read-only connection call these modules directly.
"""
