"""Stage 4, editorial corrections: the registry and editors' corrections win over the model."""
