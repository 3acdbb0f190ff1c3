"""The mail path: inbox sources, Amazon relay parsing, system notices, SMTP replies."""
