"""Benchmarks of the project against the naive LangChain peer (`make bench`)."""
