"""Package layout that pyproject.toml cannot express: the top-level ``models/`` folder (the trained
linker, the finding matcher and their model cards) is installed as the subpackage ``extractor.models``. Everything else
(metadata, dependencies, package data) is in pyproject.toml."""
from setuptools import find_namespace_packages, setup

setup(
    packages=find_namespace_packages(include=["extractor*"]) + ["extractor.models"],
    package_dir={"extractor.models": "models"},
)
