"""The PySpark example job (examples/spark_job.py) over the corpus, in
local mode on 2 cores."""

from __future__ import annotations

import datetime as dt
import importlib.util
import os
import shutil
import sys
import time

import pytest

import newsnap
from conftest import CORPUS, REPO

pyspark = pytest.importorskip("pyspark", reason="pyspark is not installed (pip install './python[test]')")
if shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
    pytest.skip("Spark needs Java (no java on PATH, no JAVA_HOME)", allow_module_level=True)

JOB = REPO / "python" / "examples" / "spark_job.py"


def load_job():
    spec = importlib.util.spec_from_file_location("spark_job", JOB)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def table(tmp_path_factory, corpus):
    from pyspark.sql import SparkSession

    # The workers run this interpreter, where newsnap is installed.
    os.environ["PYSPARK_PYTHON"] = sys.executable
    os.environ["PYSPARK_DRIVER_PYTHON"] = sys.executable
    # Local mode talks to itself over the loopback interface only.
    os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    job = load_job()
    out = tmp_path_factory.mktemp("spark") / "articles.parquet"
    start = time.perf_counter()
    spark = (
        SparkSession.builder.master("local[2]")
        .appName("newsnap-test")
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .getOrCreate()
    )
    try:
        job.run(spark, str(CORPUS), str(out), partitions=4)
        rows = {r["path"].split("/corpus/", 1)[1]: r.asDict() for r in spark.read.parquet(str(out)).collect()}
        schema = spark.read.parquet(str(out)).schema
    finally:
        spark.stop()
    print(f"spark job: {time.perf_counter() - start:.1f} s")
    return rows, schema, job


def test_one_row_per_md_file(table, corpus):
    rows, _, _ = table
    # 397 snapshots, and PROVENANCE.md, kept as a row with its error.
    assert len(rows) == len(corpus) + 1 == 398
    failed = {path: row for path, row in rows.items() if row["error_kind"] is not None}
    assert list(failed) == ["PROVENANCE.md"]
    assert failed["PROVENANCE.md"]["error_kind"] == "missing_timestamp"
    assert failed["PROVENANCE.md"]["title"] is None
    assert "MANIFEST.tsv" not in rows


def test_schema_is_typed(table):
    from pyspark.sql import types as T

    _, schema, job = table
    assert [f.name for f in schema.fields] == [f.name for f in job.SCHEMA.fields]
    types = {f.name: type(f.dataType) for f in schema.fields}
    assert types["timestamp"] is T.TimestampType and types["published"] is T.TimestampType
    assert types["date"] is T.DateType and types["image_count"] is T.IntegerType
    assert types["warning_codes"] is T.ArrayType


def test_values_match_newsnap(table, corpus):
    rows, _, _ = table
    for path in corpus[::40]:
        row = rows[str(path.relative_to(CORPUS))]
        a = newsnap.parse_file(path)
        # Spark hands timestamps back as naive datetimes in the session's zone (UTC).
        ts = row["timestamp"].replace(tzinfo=dt.timezone.utc) if row["timestamp"] else None
        assert ts == a.timestamp, path
        published = row["published"].replace(tzinfo=dt.timezone.utc) if row["published"] else None
        assert published == (a.published.instant if a.published else None), path
        assert (row["outlet"], row["title"], row["url"], row["byline"]) == (a.outlet, a.title, a.url, a.byline)
        assert row["text"] == a.plain_text()
        assert row["image_count"] == len(a.images) and row["block_count"] == len(a.blocks)
        assert row["warning_codes"] == [w.code for w in a.warnings]
        assert row["size"] == path.stat().st_size


def test_a_known_article(table):
    rows, _, _ = table
    outlets = {row["outlet"] for row in rows.values() if row["outlet"]}
    assert {"rfi", "bbc", "dw"} <= outlets
    # The cdt variant without a timestamp comment: its date line's time, and a warning.
    legacy = [row for path, row in rows.items() if path.startswith("cdt_no_timestamp/")]
    assert legacy and all("legacy_date_line" in row["warning_codes"] for row in legacy)
