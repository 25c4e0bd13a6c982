"""Stage 3, running the model: spaCy and the extractors over every article, cached.

The runner drives the extractors (generator.extract) in worker processes or on a Dask
cluster; the cache and the extractor fingerprint decide what need not run again.
"""
