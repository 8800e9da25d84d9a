"""Arbitrary text at every headless command and at each entry point the window offers (search
text, tag names, export file names, web addresses): a correct result or a one-line error that
says what is wrong, never a traceback."""

from __future__ import annotations

import io
import os
import tempfile
from collections.abc import Iterator
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from app.articles import ArticleDraft
from app.cli import build_parser, run_command
from app.errors import LedeError
from app.export import MAX_NAME_BYTES, safe_file_name, write_article
from app.library import Library
from app.queries import FILTERS, ListQuery

PROPERTY = settings(
    max_examples=60,
    deadline=None,
    derandomize=True,  # the same examples on every run: CI does not pass or fail by chance
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
PIECES = st.sampled_from(
    ["..", ".", "~", "*", '"', "(", ")", "NEAR", "AND", "-", "^", ":", "\\", "%", "\x01", " "]
)
ANY_TEXT = st.lists(st.one_of(st.text(max_size=10), PIECES), max_size=8).map("".join)
# What a command line can carry: no NUL (argv cannot hold one) and no '/', so that every path
# stays inside the test's folder.
FILE_NAME = ANY_TEXT.filter(lambda text: "\x00" not in text and "/" not in text)
PATH_COMMANDS = ["summarize", "import", "import-opml", "export-opml"]


@pytest.fixture(scope="module")
def library_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("lib") / "lib.db"
    with Library(path) as library:
        library.add_article(ArticleDraft(title="Kept", markdown="Some text to keep.\n"))
    return path


@pytest.fixture
def library(library_path: Path) -> Iterator[Library]:
    with Library(library_path) as opened:
        yield opened


def _run(library_path: Path, *arguments: str) -> tuple[int, list[str]]:
    args = build_parser().parse_args(["--library", str(library_path), *arguments])
    errors = io.StringIO()
    with redirect_stderr(errors), redirect_stdout(io.StringIO()):
        status = run_command(args)
    return status, errors.getvalue().splitlines()


@pytest.mark.parametrize("command", PATH_COMMANDS)
@given(name=FILE_NAME)
@example(name="\x1e")  # a record separator: splitlines() breaks a message there
@example(name="\x1b[31mred\u2028")  # a terminal escape and a Unicode line separator
@PROPERTY
def test_every_file_command_answers_any_name_without_a_traceback(
    library_path: Path, tmp_path: Path, command: str, name: str
) -> None:
    folder = tmp_path / "names"
    folder.mkdir(exist_ok=True)
    (folder / "present.md").write_text("# Present\n\nA file that is there.\n")
    status, lines = _run(library_path, command, "--", str(folder / name))
    assert status in (0, 1)
    assert all(line.startswith("lede: ") for line in lines), lines
    if status == 1 and command != "import":  # import tells each file on a line of its own
        assert len(lines) == 1


@pytest.mark.parametrize("command", ["refresh", "feeds"])
def test_the_commands_without_arguments_run(library_path: Path, command: str) -> None:
    assert _run(library_path, command) == (0, [])


@given(search=ANY_TEXT, tag=ANY_TEXT, chosen=st.sampled_from(FILTERS))
@PROPERTY
def test_any_search_and_tag_filter_lists_without_failing(
    library: Library, search: str, tag: str, chosen: str
) -> None:
    for sort in ("relevance", "added", "title"):
        query = ListQuery(filter=chosen, tag=tag, sort=sort, search=search)
        ids = library.query_ids(query)
        assert library.count_matching(query) == len(ids)
        assert set(ids) <= set(library.article_ids())


@given(name=ANY_TEXT)
@PROPERTY
def test_any_tag_name_is_stored_as_shown_or_refused_in_one_line(
    library: Library, name: str
) -> None:
    article_id = library.article_ids()[0]
    try:
        stored = library.add_tag(article_id, name)
    except LedeError as error:
        assert "\n" not in str(error) and str(error).endswith(".")
        assert not " ".join(name.split()) or len(" ".join(name.split())) > 64
        return
    assert stored == " ".join(name.split())
    assert stored in library.article_tags(article_id)
    new = name + " x"
    try:
        renamed = library.rename_tag(stored, new)
    except LedeError as error:  # the longer name may pass the limit the first one kept to
        assert "\n" not in str(error) and len(" ".join(new.split())) > 64
        library.remove_tag(article_id, stored)
        return
    assert renamed in library.tag_names() and stored not in library.article_tags(article_id)
    library.remove_tag(article_id, renamed)


@given(title=st.text(max_size=300))
@PROPERTY
def test_any_title_makes_a_file_name_that_can_be_written(tmp_path: Path, title: str) -> None:
    taken: set[str] = set()
    name = safe_file_name(title, taken)
    again = safe_file_name(title, taken)
    assert name != again and name.endswith(".md") and again.endswith(".md")
    assert len(name.encode()) <= MAX_NAME_BYTES + len(".md")
    assert os.sep not in name and "\x00" not in name and not name.startswith(".")
    folder = tmp_path / "export"
    folder.mkdir(exist_ok=True)
    (folder / name).write_text("written")
    assert (folder / name).read_text() == "written"


@given(name=FILE_NAME)
@PROPERTY
def test_saving_an_article_under_any_chosen_name_writes_it_or_says_why(
    library: Library, tmp_path: Path, name: str
) -> None:
    article = library.article(library.article_ids()[0])
    assert article is not None
    path = Path(tempfile.mkdtemp(dir=tmp_path)) / name  # "" and "." name the folder itself
    try:
        written = write_article(library, article, None, path)
    except LedeError as error:
        assert "\n" not in str(error) and (path.is_dir() or not path.exists())
        return
    assert article.markdown.strip() in written.read_text(encoding="utf-8")
