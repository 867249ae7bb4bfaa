"""The image stage: what pages show, resized and without metadata, cached by bytes."""
