"""JSON Schema generation from the model, and the bundled schema files."""

from newsmodel.schema.files import bundled_schemas, differences, generated_files, write_files
from newsmodel.schema.generator import generate
from newsmodel.schema.registry import registry, validator

__all__ = [
    "bundled_schemas",
    "differences",
    "generate",
    "generated_files",
    "registry",
    "validator",
    "write_files",
]
