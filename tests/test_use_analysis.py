"""The parts of the use analysis on their own: where names are spelled, what blocks bind, guards, the walk."""

from __future__ import annotations

import ast
import textwrap

import pytest

from flake8_failfast.candidates import Prebound, find_candidates
from flake8_failfast.judge.facts import Facts, Mentions, Text
from flake8_failfast.judge.flags import Flag, derive_flags
from flake8_failfast.judge.guards import Conditions, Guards, covers
from flake8_failfast.judge.reads import followed
from flake8_failfast.judge.uses import UseSites
from flake8_failfast.pipeline import split_lines


def parse(source: str) -> tuple[ast.Module, list[str]]:
    source = textwrap.dedent(source)
    return ast.parse(source), split_lines(source)


def test_a_name_is_spelled_only_as_a_whole_word() -> None:
    text = Text(["numpy_extra = 1\n", "import numpy\n", "# numpy, in a comment\n", "x = np.numpy2\n"])
    assert text.lines_spelling(["numpy"]) == [2, 3]


def test_many_names_are_found_through_the_word_index_on_the_same_lines() -> None:
    lines = [f"name_{i} = other_{i}\n" for i in range(40)]
    names = [f"other_{i}" for i in range(0, 40, 2)]
    few = sorted({line for name in names for line in Text(lines).lines_spelling([name])})
    assert len(names) > 16
    assert Text(lines).lines_spelling(names) == few == list(range(1, 41, 2))


def test_a_name_written_in_another_unicode_form_is_found_as_python_reads_it() -> None:
    assert Text(["x = 1\n", "ｎｕｍｐｙ.array\n"]).lines_spelling(["numpy"]) == [2]


def test_without_the_text_every_range_spells_every_name() -> None:
    assert Mentions(None, ["numpy"]).within(1, 1)
    assert not Mentions(Text(["a = 1\n", "numpy\n"]), ["numpy"]).within(1, 1)


def test_a_block_binds_the_watched_names_of_its_nested_statements_and_only_those() -> None:
    tree, lines = parse(
        """
        if flag:
            for item in items:
                if item:
                    numpy = item
                    other = 1
        else:
            pass
        """
    )
    facts = Facts(frozenset({"numpy", "item"}), Mentions(Text(lines), ["numpy", "item"]))
    assert facts.binds(tree.body) == {"numpy", "item"}
    assert facts.binds(tree.body[0].orelse) == frozenset()  # type: ignore[attr-defined]
    assert not facts.breaks(tree.body)


def test_an_early_exit_guards_what_follows_but_a_platform_test_does_not() -> None:
    tree, lines = parse(
        """
        if numpy is None:
            raise SystemExit
        if sys.platform == "win32" and numpy is None:
            raise SystemExit
        assert HAS_NUMPY
        """
    )
    watched = frozenset({"numpy", "HAS_NUMPY"})
    flags = {"HAS_NUMPY": Flag(frozenset({"numpy"}), frozenset())}
    facts = Facts(watched, Mentions(Text(lines), watched))
    guards = Guards(Conditions(watched, flags), {}, facts, tree)
    exits, platform, asserted = tree.body
    assert guards.after(exits) == {"numpy"}
    assert guards.after(platform) == frozenset()
    assert guards.after(asserted) == {"numpy"}


def test_a_module_level_flag_is_derived_from_the_test_it_stores() -> None:
    tree, _ = parse("HAVE_NUMPY = numpy is not None\nCOUNT = 3\n")
    flags = derive_flags(tree, frozenset({"numpy"}), {})
    assert flags == {"HAVE_NUMPY": Flag(frozenset({"numpy"}), frozenset())}


def test_a_rebinding_guards_only_reads_after_the_try_it_masks() -> None:
    tree, lines = parse("numpy = fallback\n")
    watched = frozenset({"numpy"})
    guards = Guards(Conditions(watched, {}), {}, Facts(watched, Mentions(Text(lines), watched)), tree)
    marks = guards.after(tree.body[0])
    assert not covers(marks, "numpy", after_line=1)
    assert covers(marks, "numpy", after_line=0)


def test_the_walk_follows_the_readers_of_a_name_and_their_callers_only() -> None:
    tree, lines = parse(
        """
        def reads():
            return numpy.array

        def calls():
            return reads()

        def unrelated():
            return 1
        """
    )
    follow = followed(tree, Text(lines), frozenset({"numpy"}))
    assert follow.functions == {"reads", "calls"}
    assert not follow.spelled.within(8, 9)


SCOPED = """
    def masks():
        try:
            import fd
        except ImportError:
            fd = None
        return fd.read()

    def elsewhere(fd):
        return fd.fileno()

    def calls_elsewhere():
        return elsewhere(0)
    """


def test_a_name_masked_in_a_function_is_followed_only_there() -> None:
    tree, lines = parse(SCOPED)
    masks = tree.body[0]
    everywhere = followed(tree, Text(lines), frozenset({"fd"}))
    scoped = followed(tree, Text(lines), frozenset({"fd"}), {"fd": {masks}})
    assert everywhere.functions == {"masks", "elsewhere", "calls_elsewhere"}
    assert scoped.functions == {"masks"}
    assert not scoped.spelled.within(8, 12)


def test_a_scoped_name_that_names_a_followed_function_is_followed_everywhere() -> None:
    tree, lines = parse(
        """
        def fd():
            try:
                import fd
            except ImportError:
                fd = None
            return fd

        def caller():
            return fd()
        """
    )
    scoped = followed(tree, Text(lines), frozenset({"fd"}), {"fd": {tree.body[0]}})
    assert scoped.functions == {"fd", "caller"}
    assert scoped.spelled.within(9, 9)


def test_a_scoped_name_finds_the_same_reads_in_its_scope() -> None:
    tree, lines = parse(SCOPED)
    masks = tree.body[0]
    flags = {"fd": Flag(frozenset({"fd"}), frozenset())}
    everywhere = UseSites(tree, {"fd"}, flags, lines)
    scoped = UseSites(tree, {"fd"}, flags, lines, scopes={"fd": {masks}})
    assert everywhere.first_unguarded("fd", masks, (3, 6), any_read=False) == 7
    assert scoped.first_unguarded("fd", masks, (3, 6), any_read=False) == 7
    assert [load.line for load in everywhere.loads["fd"]] == [7, 10]
    assert [load.line for load in scoped.loads["fd"]] == [7]


SAMPLE = """
    try:
        import numpy
    except ImportError:
        numpy = None
    HAVE_NUMPY = numpy is not None


    def plain():
        return 1


    def helper(values):
        return numpy.asarray(values)


    def caller():
        if HAVE_NUMPY:
            return helper([1])
        return None


    class Thing:
        def method(self):
            return numpy.zeros(3)


    def shadowing(numpy):
        return numpy.ones(1)
"""


@pytest.mark.parametrize("question", ["first_unguarded", "is_read_after"])
def test_skipping_what_never_spells_a_name_changes_no_answer(question: str) -> None:
    tree, lines = parse(SAMPLE)
    flags = {"numpy": Flag(frozenset({"numpy"}), frozenset())}
    everything = UseSites(tree, {"numpy"}, flags)
    skipping = UseSites(tree, {"numpy"}, flags, lines)
    assert skipping.loads == everything.loads
    if question == "first_unguarded":
        answers = [u.first_unguarded("numpy", tree, (2, 5), any_read=False) for u in (everything, skipping)]
        assert answers == [25, 25]  # the method; the helper is called guarded, the parameter shadows
    else:
        answers = [u.is_read_after("numpy", tree, (2, 5)) for u in (everything, skipping)]
        assert answers == [True, True]


def test_the_names_bound_before_each_candidate_are_the_same_read_once_or_afresh() -> None:
    tree, lines = parse(
        """
        a = None
        try:
            import one
        except ImportError:
            one = None
        b = 1
        def f(x):
            global a
            try:
                import two
            except ImportError:
                two = None
            c = 2
            try:
                import three
            except ImportError:
                three = None
        try:
            import four
        except ImportError:
            four = None
        """
    )
    shared = Prebound(tree)
    candidates = find_candidates(tree, lines)
    assert len(candidates) == 4
    for candidate in candidates:
        fresh = Prebound(tree).before(candidate.scope, candidate.first_line, candidate.owner)
        assert shared.before(candidate.scope, candidate.first_line, candidate.owner) == fresh
    last = candidates[-1]
    assert Prebound(tree).before(last.scope, last.first_line, last.owner) == {
        "a": True, "one": True, "b": False, "f": False
    }
