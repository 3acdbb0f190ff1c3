"""The HTTP front of ``wismo serve``: what a slow, idle or malformed client may cost."""
