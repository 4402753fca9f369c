"""Parse an archive of news snapshots with Spark into a typed Parquet table.

    spark-submit spark_job.py INPUT OUTPUT [--partitions N]
    python spark_job.py INPUT OUTPUT --master 'local[2]'

INPUT is a directory (searched recursively; any path Spark reads: local,
HDFS, S3…) of snapshot files (``*.md``); OUTPUT is the Parquet directory
written (overwritten). Each file becomes one row. A file that is not a
snapshot is kept as a row with ``error_kind`` and ``error_message`` set and
the article's columns null, so that nothing goes missing silently; filter on
``error_kind IS NULL`` for the articles.

Files are read with ``binaryFiles`` and parsed with ``newsnap.parse`` inside
each partition (``mapPartitions``), so the executors need the ``newsnap``
wheel installed (see the repository README, "Python").
"""

from __future__ import annotations

import argparse
from typing import Iterable, Iterator

from pyspark.sql import DataFrame, SparkSession
from pyspark.sql import types as T

SCHEMA = T.StructType(
    [
        T.StructField("path", T.StringType(), False),
        T.StructField("size", T.LongType(), False),
        T.StructField("error_kind", T.StringType(), True),
        T.StructField("error_message", T.StringType(), True),
        T.StructField("timestamp", T.TimestampType(), True),
        T.StructField("published", T.TimestampType(), True),
        T.StructField("published_raw", T.StringType(), True),
        T.StructField("date", T.DateType(), True),
        T.StructField("outlet", T.StringType(), True),
        T.StructField("title", T.StringType(), True),
        T.StructField("url", T.StringType(), True),
        T.StructField("url_decoded", T.StringType(), True),
        T.StructField("byline", T.StringType(), True),
        T.StructField("lead", T.StringType(), True),
        T.StructField("text", T.StringType(), True),
        T.StructField("block_count", T.IntegerType(), True),
        T.StructField("image_count", T.IntegerType(), True),
        T.StructField("video_count", T.IntegerType(), True),
        T.StructField("image_urls", T.ArrayType(T.StringType(), False), True),
        T.StructField("warning_codes", T.ArrayType(T.StringType(), False), True),
    ]
)

_ARTICLE_COLUMNS = len(SCHEMA.fields) - 4


def parse_partition(files: Iterable[tuple[str, bytes]]) -> Iterator[tuple]:
    """(path, bytes) pairs to rows of SCHEMA."""
    import newsnap  # on the executor

    for path, data in files:
        try:
            a = newsnap.parse(bytes(data))
        except newsnap.ParseError as e:
            yield (path, len(data), e.kind, str(e)) + (None,) * _ARTICLE_COLUMNS
            continue
        published = a.published
        date = a.date()
        yield (
            path,
            len(data),
            None,
            None,
            a.timestamp,
            published.instant if published else None,
            published.raw if published else None,
            date.date if date else None,
            a.outlet,
            a.title,
            a.url,
            a.url_decoded,
            a.byline,
            a.lead,
            a.plain_text(),
            len(a.blocks),
            len(a.images),
            len(a.videos),
            [i.url for i in a.images],
            [w.code for w in a.warnings],
        )


def articles(spark: SparkSession, input_path: str, partitions: int | None = None) -> DataFrame:
    """The DataFrame of every ``*.md`` file under ``input_path``."""
    sc = spark.sparkContext
    sc._jsc.hadoopConfiguration().set(
        "mapreduce.input.fileinputformat.input.dir.recursive", "true"
    )
    files = sc.binaryFiles(input_path, minPartitions=partitions or sc.defaultParallelism)
    files = files.filter(lambda f: f[0].endswith(".md"))
    return spark.createDataFrame(files.mapPartitions(parse_partition), SCHEMA)


def run(spark: SparkSession, input_path: str, output_path: str, partitions: int | None = None) -> None:
    articles(spark, input_path, partitions).write.mode("overwrite").parquet(output_path)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("input", help="directory of snapshot files (*.md), searched recursively")
    parser.add_argument("output", help="Parquet directory to write (overwritten)")
    parser.add_argument("--partitions", type=int, help="minimum number of input partitions")
    parser.add_argument("--master", help="Spark master when not run by spark-submit, e.g. local[2]")
    args = parser.parse_args(argv)
    builder = SparkSession.builder.appName("newsnap").config("spark.sql.session.timeZone", "UTC")
    if args.master:
        builder = builder.master(args.master)
    spark = builder.getOrCreate()
    try:
        run(spark, args.input, args.output, args.partitions)
        table = spark.read.parquet(args.output)
        failed = table.filter("error_kind IS NOT NULL").count()
        print(f"{table.count()} files, {failed} not snapshots, written to {args.output}")
    finally:
        spark.stop()


if __name__ == "__main__":
    main()
