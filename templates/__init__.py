"""Reply templates: ``templates/<lang>/<scenario>.txt.j2``, shipped as package data."""
