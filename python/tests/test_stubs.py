"""The .pyi stubs describe the native module as it is (mypy's stubtest)."""

from __future__ import annotations

import subprocess
import sys

import pytest


def test_stubs_match_the_runtime():
    pytest.importorskip("mypy", reason="mypy is not installed (pip install './python[test]')")
    proc = subprocess.run(
        [sys.executable, "-m", "mypy.stubtest", "newsnap"],
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
