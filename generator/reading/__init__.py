"""Stage 1, reading content: discovery, front matter, metadata, the registry, text layout.

Nothing here runs the model; later stages import from here, never the reverse.
"""
