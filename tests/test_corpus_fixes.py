"""Generator fixes found by the real-world corpus (tests/test_corpus.py, `make corpus`), each on a
small fixture of `tests/fixtures/zero_config/` that reproduces it with no config."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.test_zero_config_fixes import generate, import_every_module, run_python


def pyright_clean(out: Path) -> None:
    bin_dir = Path(sys.executable).parent
    done = subprocess.run([str(bin_dir / "pyright"), "--pythonpath", sys.executable, "src"], cwd=out,
                          capture_output=True, text=True, timeout=600, check=False)
    assert done.returncode == 0 and "0 errors" in done.stdout, done.stdout[-3000:]


def test_a_schema_expandable_to_itself_imports_parses_and_type_checks(tmp_path: Path) -> None:
    """Stripe's `IssuingCard.replaced_by` (`anyOf: [string, $ref issuing_card]`): the inline union
    `ReplacedBy = Union[str, IssuingCard]` came before the class it names, which uses it, so
    `import stripe` raised `NameError: name 'IssuingCard' is not defined` (and pyright reported it
    undefined). The alias now names the class through `forward_ref`, and quoted for type checkers."""
    out, _ = generate(tmp_path, "self_expandable.yaml")
    import_every_module(out)
    script = """
from selfref.types import IssuingCard
card = IssuingCard.model_validate({"id": "a", "replaced_by": {"id": "b", "replaced_by": "c"}})
assert isinstance(card.replaced_by, IssuingCard) and card.replaced_by.replaced_by == "c", card
assert IssuingCard.model_validate({"id": "a", "replaced_by": "b"}).replaced_by == "b"
print("ok")
"""
    assert run_python(out, script).strip() == "ok"
    pyright_clean(out)
