"""Elements as data: one module per family, no widgets and no runtime in here."""
