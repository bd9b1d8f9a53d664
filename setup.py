"""Build hook: ship the top-level `schemas/` (the design card, source of truth) inside the
package as `pipeline/catalogs/schemas/`, so a wheel validates catalogs, declarations and
reports without the source tree. Everything else is declared in pyproject.toml."""

from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py


class BuildWithSchemas(build_py):
    def run(self) -> None:
        super().run()
        target = Path(self.build_lib) / "pipeline" / "catalogs" / "schemas"
        target.mkdir(parents=True, exist_ok=True)
        for schema in sorted((Path(__file__).parent / "schemas").glob("*.json")):
            self.copy_file(str(schema), str(target / schema.name))


setup(cmdclass={"build_py": BuildWithSchemas})
